#include "mistakespanel.h"

#include "common/format.h"
#include "mistakeslist.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace cnnlab::ui {

MistakesPanel::MistakesPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new MistakesList(this))
{
    setObjectName(QStringLiteral("mistakesPanel"));
    m_list->setObjectName(QStringLiteral("mistakesList"));
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

void MistakesPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Misclassified images, most confident first"));
    if (m_list->count() == 0)
        m_caption->setText(tr("The misclassified validation images appear after the first full evaluation."));
    else
        m_caption->setText(tr("%1 mistakes; the %2 the network was surest about, most confident first.")
                               .arg(Format::integer(m_totalMistakes), Format::integer(m_list->count())));
}

void MistakesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MistakesPanel::setClassNames(const QStringList &names)
{
    m_list->setClassNames(names);
}

void MistakesPanel::setDetails(const core::EvaluationDetails &details)
{
    std::vector<core::Misclassified> sorted = details.misclassified;
    // Core sends them sorted already; sorting again costs nothing and keeps an
    // older record's order honest.
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const core::Misclassified &a, const core::Misclassified &b) {
            return a.confidence() > b.confidence();
        });
    m_totalMistakes = details.confusion.total() - details.confusion.correct();
    m_list->setMistakes(sorted);
    retranslateUi();
}

void MistakesPanel::clear()
{
    m_totalMistakes = 0;
    m_list->setMistakes({});
    retranslateUi();
}

} // namespace cnnlab::ui
