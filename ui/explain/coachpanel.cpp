#include "coachpanel.h"

#include "coachtext.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cnnlab::ui {

CoachPanel::CoachPanel(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("coachPanel"));
    m_list->setObjectName(QStringLiteral("coachList"));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(4);
    m_list->setIconSize(QSize(32, 32));
    QFont big = m_list->font();
    big.setPointSizeF(big.pointSizeF() * 1.15); // read from the back of the room
    m_list->setFont(big);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_list, 1);
    retranslateUi();
    updatePlaceholder();
}

void CoachPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Coach notes"));
    m_list->setToolTip(tr("What the coach noticed in this run's curves, newest last"));
    m_placeholder->setText(tr("The coach comments on the curves after each evaluation."));
    refreshItems();
}

void CoachPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refreshItems(); // icon colours follow the theme
}

QString CoachPanel::itemText(const core::CoachNote &note) const
{
    return tr("Epoch %1 · %2\n%3")
        .arg(note.epoch)
        .arg(CoachText::kindName(note.kind), CoachText::describe(note, m_history));
}

void CoachPanel::refreshItems()
{
    for (int i = 0; i < m_list->count() && i < int(m_notes.size()); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const core::CoachNote &note = m_notes[std::size_t(i)];
        item->setText(itemText(note));
        item->setIcon(CoachText::icon(note.kind, palette()));
        item->setToolTip(CoachText::describe(note, m_history));
    }
}

void CoachPanel::updatePlaceholder()
{
    m_placeholder->setVisible(m_notes.empty());
}

void CoachPanel::setHistory(const std::vector<core::EpochMetrics> &history,
    const std::vector<core::StepMetrics> &trainCurve, const core::RunResult *result)
{
    m_history = history;
    const std::vector<core::CoachNote> notes = core::coachNotes(history, trainCurve, result);
    for (const core::CoachNote &note : notes) {
        const auto same = std::find_if(m_notes.begin(), m_notes.end(),
            [&note](const core::CoachNote &shown) { return shown.kind == note.kind; });
        if (same == m_notes.end()) {
            m_notes.push_back(note);
            auto *item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, int(note.kind));
            refreshItems();
            m_list->scrollToItem(item);
            Q_EMIT noteAdded(note);
        } else if (note.kind == core::CoachNoteKind::BestEpoch
            && (same->epoch != note.epoch || same->value != note.value)) {
            // A new best: the one note moves to the end, where the eye is.
            const int row = int(same - m_notes.begin());
            delete m_list->takeItem(row);
            m_notes.erase(same);
            m_notes.push_back(note);
            auto *item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, int(note.kind));
            refreshItems();
            m_list->scrollToItem(item);
            Q_EMIT noteAdded(note);
        }
        // Anything else already shown is not repeated, even if its figures moved.
    }
    updatePlaceholder();
}

void CoachPanel::clear()
{
    m_notes.clear();
    m_history.clear();
    m_list->clear();
    updatePlaceholder();
    Q_EMIT cleared();
}

QStringList CoachPanel::noteTexts() const
{
    QStringList texts;
    for (const core::CoachNote &note : m_notes)
        texts.append(CoachText::describe(note, m_history));
    return texts;
}

bool CoachPanel::hasNote(core::CoachNoteKind kind) const
{
    return std::any_of(
        m_notes.begin(), m_notes.end(), [kind](const core::CoachNote &note) { return note.kind == kind; });
}

} // namespace cnnlab::ui
