#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace cnnlab::ui {

// A strip above the charts for what went wrong (or right) with a run. It stays
// until dismissed or replaced, so a message is not lost the way a modal dialog
// or a status-bar text is; its text can be selected and copied (the install
// command for a missing dataset).
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // `actions` become buttons after the text (what to do about it: "Download
    // MNIST…"); they follow the actions' own words and enabled state.
    void showMessage(Level level, const QString &text, const QList<QAction *> &actions = {});
    void dismiss();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }
    [[nodiscard]] QList<QToolButton *> actionButtons() const { return m_actionButtons; }

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void applyFont();
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QHBoxLayout *m_actionsLayout = nullptr;
    QList<QToolButton *> m_actionButtons;
    Level m_level = Level::Information;
};

} // namespace cnnlab::ui
