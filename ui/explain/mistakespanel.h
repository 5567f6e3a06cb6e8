#pragma once

#include "cnnlab/core/evaluationdetails.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace cnnlab::ui {

class MistakesList;

// Every kept misclassified validation image, most confident mistake first:
// the ones the network was surest about and still got wrong.
class MistakesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MistakesPanel(QWidget *parent = nullptr);
    // Docks start at their content's size hint: wide enough to read.
    [[nodiscard]] QSize sizeHint() const override { return {440, 600}; }

    void setDetails(const core::EvaluationDetails &details);
    void setClassNames(const QStringList &names);
    void clear();
    [[nodiscard]] MistakesList *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_caption = nullptr;
    MistakesList *m_list = nullptr;
    std::int64_t m_totalMistakes = 0;
};

} // namespace cnnlab::ui
