#include "runspanel.h"

#include "common/changewording.h"
#include "common/errortext.h"
#include "common/format.h"
#include "common/settingswording.h"

#include "cnnlab/core/experimentplan.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace cnnlab::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QIcon colorSwatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

RunsPanel::RunsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("runsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto makeAction = [this](const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_replayAction = makeAction("replayRunAction", [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            if (const auto e = entry(ids.first()); e && e->record)
                Q_EMIT replayRequested(QString::fromStdString(e->recordPath));
    });
    m_compareAction = makeAction("compareRunsAction", &RunsPanel::compareSelected);
    m_rerunAction = makeAction("rerunAction", &RunsPanel::rerunSelected);
    m_renameAction = makeAction("renameRunAction", &RunsPanel::renameSelected);
    m_deleteAction = makeAction("deleteRunAction", &RunsPanel::deleteSelected);
    m_undoAction = makeAction("undoDeleteAction", [this] { undoDelete(); });
    m_openFolderAction = makeAction("openRunFolderAction", &RunsPanel::openSelectedFolder);
    m_refreshAction = makeAction("refreshRunsAction", &RunsPanel::refresh);
    // Keys work while the table has focus, without clashing with the window's.
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    for (QAction *action : {m_renameAction, m_deleteAction, m_undoAction, m_refreshAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    for (QAction *action : {m_replayAction, m_compareAction, m_rerunAction, m_renameAction, m_deleteAction,
             m_undoAction, m_openFolderAction, m_refreshAction})
        m_toolBar->addAction(action);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 220);
    m_table->installEventFilter(this);
    // A right click offers what the tool bar does for the run under it.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(
        {m_replayAction, m_compareAction, m_rerunAction, m_renameAction, m_deleteAction, m_openFolderAction});
    connect(m_table, &QTableWidget::itemChanged, this, &RunsPanel::handleItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsPanel::updateActions);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runsSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    retranslateUi(); // fills the table too
}

void RunsPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Settings"), tr("Train acc."),
        tr("Val. acc."), tr("Duration"), tr("Date")});
    m_table->setAccessibleName(tr("Saved runs"));
    m_table->setAccessibleDescription(
        tr("Check runs to draw them on the charts. F2 renames, Delete moves to the trash."));
    m_toolBar->setAccessibleName(tr("Run history actions"));
    m_replayAction->setText(tr("Replay"));
    m_replayAction->setToolTip(
        tr("Play the selected run back on the charts, as it trained (nothing trains)"));
    m_compareAction->setText(tr("Compare"));
    m_compareAction->setToolTip(tr("Compare the checked runs (or the selected ones) in a table"));
    m_rerunAction->setText(tr("Re-run"));
    m_rerunAction->setToolTip(tr("Set the controls to this run's settings and start it again"));
    m_renameAction->setText(tr("Rename"));
    m_renameAction->setToolTip(tr("Rename the selected run (F2)"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Move the selected runs to the trash (Del); Undo brings them back"));
    m_undoAction->setText(tr("Undo Delete"));
    m_undoAction->setToolTip(tr("Bring back the runs deleted last (Ctrl+Z)"));
    m_openFolderAction->setText(tr("Open Folder"));
    m_openFolderAction->setToolTip(tr("Open the selected run's folder (run.json, metrics.csv, checkpoint)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the run store again (picks up runs from cnnlab-train)"));
    for (QAction *action : m_toolBar->actions())
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(action->text());
    m_summary->setAccessibleName(tr("Run store summary"));
    refresh();
}

void RunsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool RunsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Space is the window's Start/Pause shortcut; in the table it checks a run.
    if (watched == m_table && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString RunsPanel::storeRoot() const
{
    return QString::fromStdString(m_store.root());
}

void RunsPanel::setStoreRoot(const QString &root)
{
    m_store = core::RunStore(root.toStdString());
    m_checked.clear();
    m_colorIndex.clear();
    m_deleted.clear();
    refresh();
    Q_EMIT checkedChanged();
}

QString RunsPanel::settingsText(const core::TrainingConfig &config)
{
    QStringList parts;
    parts << tr("lr %1").arg(Format::learningRate(config.learningRate));
    parts << tr("b%1").arg(config.batchSize);
    parts << SettingsWording::beyondLab(config);
    parts << (config.dropoutEnabled ? tr("dropout") : tr("no dropout"));
    parts << tr("%n epoch(s)", nullptr, config.epochs);
    if (config.trainLimit > 0)
        parts << tr("%1 images").arg(Format::integer(config.trainLimit));
    parts << tr("seed %1").arg(qulonglong(config.seed));
    return parts.join(QStringLiteral(" · "));
}

QString RunsPanel::settingsText(const core::RunRecord &record)
{
    const core::TrainingConfig &config = record.config;
    QStringList parts;
    parts << tr("lr %1").arg(Format::learningRate(config.learningRate));
    parts << tr("b%1").arg(config.batchSize);
    parts << SettingsWording::beyondLab(config);
    parts << (config.dropoutEnabled ? tr("dropout") : tr("no dropout"));
    const int trained = record.result.epochsCompleted;
    if (record.result.status != core::RunStatus::Completed && trained < config.epochs)
        parts << tr("%1 of %n epoch(s)", nullptr, config.epochs).arg(trained);
    else
        parts << tr("%n epoch(s)", nullptr, std::max(trained, config.epochs));
    if (config.trainLimit > 0)
        parts << tr("%1 images").arg(Format::integer(config.trainLimit));
    parts << tr("seed %1").arg(qulonglong(config.seed));
    if (!record.changes.empty())
        parts << tr("changed mid-run");
    return parts.join(QStringLiteral(" · "));
}

QString RunsPanel::changesText(const core::RunRecord &record)
{
    QStringList lines;
    for (const core::ConfigChange &change : record.changes)
        lines << tr("%1 at epoch %2")
                     .arg(ChangeWording::label(change),
                         QLocale().toString(change.position.epochPosition, 'f', 2));
    return lines.join(QLatin1Char('\n'));
}

QString RunsPanel::uniqueName(const QString &name) const
{
    auto taken = [this](const QString &candidate) {
        return std::any_of(m_entries.begin(), m_entries.end(), [&](const core::RunStore::Entry &e) {
            return e.record && QString::fromStdString(e.record->name) == candidate;
        });
    };
    QString unique = name;
    for (int n = 2; taken(unique); ++n)
        unique = name + QStringLiteral("-%1").arg(n);
    return unique;
}

namespace {

// The listing keeps what the table, overlays and comparison show; the digits
// (samples and mistakes, ~100 KB a run) are read again when a run is opened,
// so a long day's history does not grow the window by a record per run.
void dropImages(core::RunRecord &record)
{
    for (core::SampleImage &sample : record.samples)
        std::vector<std::uint8_t>().swap(sample.pixels);
    for (core::Misclassified &mistake : record.details.misclassified)
        std::vector<std::uint8_t>().swap(mistake.pixels);
}

} // namespace

void RunsPanel::refresh()
{
    m_entries = m_store.list(m_entries); // unchanged records are not read again
    for (core::RunStore::Entry &entry : m_entries)
        if (entry.record)
            dropImages(*entry.record);
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    // Forget checks of runs that are gone (deleted here or elsewhere).
    QStringList kept;
    for (const QString &id : std::as_const(m_checked))
        if (std::any_of(m_entries.begin(), m_entries.end(), [&](const core::RunStore::Entry &e) {
                return !e.damaged && QString::fromStdString(e.id) == id;
            }))
            kept << id;
    const bool checksChanged = kept != m_checked;
    m_checked = kept;
    for (auto it = m_colorIndex.begin(); it != m_colorIndex.end();)
        it = m_checked.contains(it.key()) ? std::next(it) : m_colorIndex.erase(it);

    const QStringList selected = selectedIds();
    m_filling = true;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < int(m_entries.size()); ++row)
        fillRow(row, m_entries[std::size_t(row)]);
    for (const QString &id : selected)
        if (const int row = rowOf(id); row >= 0)
            m_table->selectRow(row);
    m_filling = false;

    int damaged = 0;
    for (const auto &e : m_entries)
        damaged += e.damaged ? 1 : 0;
    QString summary
        = tr("%n run(s) in %1", nullptr, int(m_entries.size())).arg(QDir::toNativeSeparators(storeRoot()));
    if (damaged > 0)
        summary += QStringLiteral(" · ") + tr("%n damaged (kept, hover for the reason)", nullptr, damaged);
    m_summary->setText(summary);
    updateActions();
    if (checksChanged)
        Q_EMIT checkedChanged();
}

void RunsPanel::fillRow(int row, const core::RunStore::Entry &entry)
{
    const QString id = QString::fromStdString(entry.id);
    auto item = [](const QString &text) {
        auto *it = new QTableWidgetItem(text);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return it;
    };
    auto *name = new QTableWidgetItem;
    name->setData(idRole, id);
    QList<QTableWidgetItem *> items;
    if (entry.damaged || !entry.record) {
        name->setText(id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QString reason = tr("This record cannot be read: %1").arg(ErrorText::describe(entry.error));
        items = {name, item(QString()), item(tr("damaged")), item(QString()), item(QString()),
            item(QString()), item(QString())};
        const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
        for (QTableWidgetItem *it : items) {
            it->setForeground(grey);
            it->setToolTip(reason);
        }
        QFont italic = font();
        italic.setItalic(true);
        name->setFont(italic);
    } else {
        const core::RunRecord &record = *entry.record;
        name->setText(record.name.empty() ? id : QString::fromStdString(record.name));
        name->setFlags(
            Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        const bool checked = m_checked.contains(id);
        name->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (checked)
            name->setIcon(colorSwatch(colorFor(id)));
        name->setToolTip(tr("%1 — %2%3")
                             .arg(ErrorText::runStatus(record.result.status),
                                 QDir::toNativeSeparators(QString::fromStdString(entry.directory)),
                                 entry.hasCheckpoint ? tr(" (with checkpoint)") : QString()));
        const QDateTime created
            = QDateTime::fromString(QString::fromStdString(record.createdAt), Qt::ISODate);
        // A run stopped before its first evaluation has no accuracy: "–", not 0.00 %.
        const QString none = QStringLiteral("–");
        items = {name, item(ErrorText::runStatus(record.result.status)), item(settingsText(record)),
            item(record.trainCurve.empty() && record.history.empty()
                    ? none
                    : Format::percent(record.result.trainAccuracy)),
            item(record.history.empty() ? none : Format::percent(record.result.valAccuracy)),
            item(Format::duration(record.result.seconds)),
            item(created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                   : QString::fromStdString(record.createdAt))};
        for (int column : {TrainColumn, ValColumn, DurationColumn})
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (record.result.status == core::RunStatus::Diverged
            || record.result.status == core::RunStatus::Failed)
            items[StatusColumn]->setForeground(QColor(0xc6, 0x28, 0x28));
        if (record.result.status != core::RunStatus::Completed)
            items[ValColumn]->setToolTip(ErrorText::runStatus(record.result.status));
        if (!record.changes.empty())
            items[SettingsColumn]->setToolTip(tr("Settings at the start. Changed during the run:")
                + QLatin1Char('\n') + changesText(record));
    }
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, items[column]);
}

int RunsPanel::rowCount() const
{
    return m_table->rowCount();
}

QString RunsPanel::idAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, NameColumn);
    return item ? item->data(idRole).toString() : QString();
}

int RunsPanel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

std::optional<core::RunStore::Entry> RunsPanel::entry(const QString &id) const
{
    const core::RunStore::Entry *e = listed(id);
    if (!e)
        return std::nullopt;
    return e->record ? m_store.find(e->id).value_or(*e) : *e; // with its digits
}

const core::RunStore::Entry *RunsPanel::listed(const QString &id) const
{
    for (const core::RunStore::Entry &e : m_entries)
        if (QString::fromStdString(e.id) == id)
            return &e;
    return nullptr;
}

QStringList RunsPanel::checkedIds() const
{
    return m_checked;
}

void RunsPanel::setChecked(const QString &id, bool checked)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (QTableWidgetItem *item = m_table->item(row, NameColumn);
        item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked); // handleItemChanged does the rest
}

QStringList RunsPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &index : rows)
        ids << idAt(index.row());
    return ids;
}

QStringList RunsPanel::comparedIds() const
{
    if (!m_checked.isEmpty())
        return m_checked;
    QStringList ids;
    for (const QString &id : selectedIds())
        if (const auto *e = listed(id); e && e->record)
            ids << id;
    return ids;
}

std::vector<core::RunRecord> RunsPanel::records(const QStringList &ids) const
{
    std::vector<core::RunRecord> records;
    for (const QString &id : ids)
        if (const auto e = entry(id); e && e->record)
            records.push_back(*e->record);
    return records;
}

QColor RunsPanel::colorFor(const QString &id) const
{
    const QList<QColor> palette = overlayPalette();
    return palette[m_colorIndex.value(id, 0) % palette.size()];
}

QList<OverlayRun> RunsPanel::overlays() const
{
    QList<OverlayRun> overlays;
    for (const QString &id : m_checked) {
        const auto *e = listed(id); // the curves, without the digits
        if (!e || !e->record)
            continue;
        const QString name = e->record->name.empty() ? id : QString::fromStdString(e->record->name);
        overlays.append(OverlayRun {name, colorFor(id), *e->record});
    }
    // Generated names ("lr0.001-b32-dropout-e10-s42") all start alike and a
    // legend cuts them to "lr0.001-b32-dro…": those runs are labelled by what
    // tells them apart ("b8 · 10 epochs", "b32 · 1 of 10 epochs"). A name the
    // user (or the lab) gave is kept.
    QList<QStringList> parts;
    for (const OverlayRun &overlay : overlays)
        parts.append(settingsText(overlay.record).split(QStringLiteral(" · ")));
    for (qsizetype i = 0; i < overlays.size(); ++i) {
        const core::RunRecord &record = overlays[i].record;
        if (!overlays[i].name.startsWith(QString::fromStdString(core::configName(record.config))))
            continue;
        QStringList label;
        for (qsizetype k = 0; k < parts[i].size(); ++k) {
            const bool differs = std::any_of(parts.begin(), parts.end(),
                [&](const QStringList &other) { return other.value(k) != parts[i][k]; });
            if (differs || (overlays.size() == 1 && k < 2)) // a lone run: its lr and batch
                label << parts[i][k];
        }
        const QString text = label.join(QStringLiteral(" · "));
        if (!text.isEmpty() && std::none_of(overlays.begin(), overlays.end(), [&](const OverlayRun &o) {
                return o.name == text;
            }))
            overlays[i].name = text;
    }
    return overlays;
}

void RunsPanel::handleItemChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() != NameColumn)
        return;
    const QString id = item->data(idRole).toString();
    const auto *e = listed(id);
    if (!e || !e->record)
        return;

    const bool checked = item->checkState() == Qt::Checked;
    if (checked != m_checked.contains(id)) {
        if (checked) {
            m_checked << id;
            // The lowest palette slot not in use: colours stay put as runs come and go.
            int slot = 0;
            const QList<int> used = m_colorIndex.values();
            while (used.contains(slot))
                ++slot;
            m_colorIndex.insert(id, slot);
        } else {
            m_checked.removeAll(id);
            m_colorIndex.remove(id);
        }
        m_filling = true;
        item->setIcon(checked ? colorSwatch(colorFor(id)) : QIcon());
        m_filling = false;
        updateActions();
        Q_EMIT checkedChanged();
        return;
    }

    const QString oldName = e->record->name.empty() ? id : QString::fromStdString(e->record->name);
    const QString newName = item->text().trimmed();
    if (newName == oldName)
        return;
    if (newName.isEmpty() || !renameRun(id, newName)) {
        m_filling = true;
        item->setText(oldName);
        m_filling = false;
    }
}

bool RunsPanel::renameRun(const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    if (const core::Error error = m_store.rename(id.toStdString(), name.trimmed().toStdString())) {
        Q_EMIT errorOccurred(tr("Cannot rename the run: %1").arg(ErrorText::describe(error)));
        return false;
    }
    // Queued: this may run inside the table's own itemChanged.
    QMetaObject::invokeMethod(
        this,
        [this] {
            refresh();
            Q_EMIT checkedChanged(); // the legend shows the new name
        },
        Qt::QueuedConnection);
    Q_EMIT message(tr("Renamed to “%1”.").arg(name.trimmed()));
    return true;
}

bool RunsPanel::deleteRuns(const QStringList &ids)
{
    QStringList done;
    for (const QString &id : ids) {
        if (const core::Error error = m_store.remove(id.toStdString())) {
            Q_EMIT errorOccurred(tr("Cannot delete the run “%1”: %2").arg(id, ErrorText::describe(error)));
            continue;
        }
        done << id;
    }
    if (!done.isEmpty()) {
        m_deleted.append(done);
        Q_EMIT message(tr("Moved %n run(s) to the trash. Undo Delete (Ctrl+Z) brings them back.", nullptr,
            int(done.size())));
    }
    refresh();
    return done.size() == ids.size();
}

bool RunsPanel::undoDelete()
{
    if (m_deleted.isEmpty())
        return false;
    const QStringList ids = m_deleted.takeLast();
    bool ok = true;
    for (const QString &id : ids) {
        if (const core::Error error = m_store.restore(id.toStdString())) {
            Q_EMIT errorOccurred(tr("Cannot restore the run “%1”: %2").arg(id, ErrorText::describe(error)));
            ok = false;
        }
    }
    refresh();
    if (ok)
        Q_EMIT message(tr("Restored %n run(s).", nullptr, int(ids.size())));
    return ok;
}

void RunsPanel::renameSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (QTableWidgetItem *item = m_table->item(rowOf(ids.first()), NameColumn);
        item && (item->flags() & Qt::ItemIsEditable))
        m_table->editItem(item);
}

void RunsPanel::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        deleteRuns(ids);
}

void RunsPanel::rerunSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const auto e = entry(ids.first()); e && e->record) {
        core::TrainingConfig config = e->record->config;
        config.resumeFrom.clear(); // the same settings, from scratch
        Q_EMIT rerunRequested(config);
    }
}

void RunsPanel::openSelectedFolder()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const auto e = entry(ids.first()))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(e->directory)));
}

void RunsPanel::compareSelected()
{
    const QStringList ids = comparedIds();
    if (!ids.isEmpty())
        Q_EMIT compareRequested(ids);
}

void RunsPanel::updateActions()
{
    const QStringList selected = selectedIds();
    bool oneReadable = false;
    if (selected.size() == 1)
        if (const auto e = entry(selected.first()); e && e->record)
            oneReadable = true;
    m_compareAction->setEnabled(!comparedIds().isEmpty());
    m_rerunAction->setEnabled(oneReadable);
    m_replayAction->setEnabled(oneReadable);
    m_renameAction->setEnabled(oneReadable);
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_undoAction->setEnabled(!m_deleted.isEmpty());
    m_openFolderAction->setEnabled(selected.size() == 1);
}

} // namespace cnnlab::ui
