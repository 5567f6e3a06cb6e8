#pragma once

#include "common/overlayrun.h"

#include "cnnlab/core/runstore.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QToolBar;

namespace cnnlab::ui {

// The run history: every run in the run store (the GUI's and cnnlab-train's),
// newest first. Checked runs are overlaid on the charts; damaged records are
// listed greyed out with the reason, never deleted behind the user's back.
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn, // finished, stopped, diverged, failed
        SettingsColumn,
        TrainColumn,
        ValColumn,
        DurationColumn,
        DateColumn,
        ColumnCount
    };

    explicit RunsPanel(QWidget *parent = nullptr);

    [[nodiscard]] QString storeRoot() const;
    void setStoreRoot(const QString &root);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] std::optional<core::RunStore::Entry> entry(const QString &id) const;
    [[nodiscard]] const std::vector<core::RunStore::Entry> &entries() const { return m_entries; }

    [[nodiscard]] QStringList checkedIds() const;
    void setChecked(const QString &id, bool checked);
    [[nodiscard]] QStringList selectedIds() const;
    // Checked runs if any, else the selected ones: what Compare works on.
    [[nodiscard]] QStringList comparedIds() const;
    [[nodiscard]] std::vector<core::RunRecord> records(const QStringList &ids) const;
    // The checked runs, each in its own Okabe–Ito colour.
    [[nodiscard]] QList<OverlayRun> overlays() const;

    bool renameRun(const QString &id, const QString &name);
    bool deleteRuns(const QStringList &ids);
    [[nodiscard]] bool canUndoDelete() const { return !m_deleted.isEmpty(); }
    bool undoDelete();

    // "lr 0.001 · b32 · dropout"
    [[nodiscard]] static QString settingsText(const core::TrainingConfig &config);
    // What a saved run did: its starting settings, the epochs it actually
    // trained ("1 of 10 epochs") and "changed mid-run" when it was.
    [[nodiscard]] static QString settingsText(const core::RunRecord &record);
    // The mid-run changes, one a line ("lr 0.001 → 0.007 at epoch 1.4"); empty without.
    [[nodiscard]] static QString changesText(const core::RunRecord &record);
    // `name`, or `name`-2, -3 ... so no two runs in the history share a name.
    [[nodiscard]] QString uniqueName(const QString &name) const;

public Q_SLOTS:
    void refresh();
    void renameSelected();
    void deleteSelected();
    void rerunSelected();
    void openSelectedFolder();
    void compareSelected();

Q_SIGNALS:
    void checkedChanged();
    void rerunRequested(const cnnlab::core::TrainingConfig &config);
    void compareRequested(const QStringList &ids);
    void replayRequested(const QString &recordPath);
    void message(const QString &text); // for the status bar
    void errorOccurred(const QString &text); // for the banner

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillRow(int row, const core::RunStore::Entry &entry);
    // The listed entry (its record without the digits), or null.
    [[nodiscard]] const core::RunStore::Entry *listed(const QString &id) const;
    void handleItemChanged(QTableWidgetItem *item);
    void updateActions();
    [[nodiscard]] QColor colorFor(const QString &id) const;

    core::RunStore m_store;
    std::vector<core::RunStore::Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_rerunAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QStringList m_checked; // in the order they were checked
    QHash<QString, int> m_colorIndex; // id -> palette slot, stable while checked
    QList<QStringList> m_deleted; // batches, for undo
    bool m_filling = false;
};

} // namespace cnnlab::ui
