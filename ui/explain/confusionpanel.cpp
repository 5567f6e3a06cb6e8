#include "confusionpanel.h"

#include "common/format.h"
#include "confusionmatrixview.h"
#include "mistakeslist.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace cnnlab::ui {

ConfusionPanel::ConfusionPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_percent(new QCheckBox(this))
    , m_matrix(new ConfusionMatrixView(this))
    , m_cellCaption(new QLabel(this))
    , m_cellList(new MistakesList(this))
{
    setObjectName(QStringLiteral("confusionPanel"));
    m_percent->setObjectName(QStringLiteral("confusionPercentCheck"));
    m_cellList->setObjectName(QStringLiteral("confusionCellList"));
    m_summary->setWordWrap(true);
    m_cellCaption->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_percent);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_cellCaption);
    bottomLayout->addWidget(m_cellList, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_percent, &QCheckBox::toggled, m_matrix, &ConfusionMatrixView::setNormalized);
    connect(m_matrix, &ConfusionMatrixView::cellClicked, this, &ConfusionPanel::showCell);
    retranslateUi();
}

void ConfusionPanel::retranslateUi()
{
    m_percent->setText(tr("Row &percentages"));
    m_percent->setToolTip(tr("Show each row as percentages of that true class instead of counts"));
    m_percent->setAccessibleName(tr("Show row percentages"));
    m_cellList->setAccessibleName(tr("Misclassified images of the selected cell"));
    updateSummary();
    updateCellCaption();
}

void ConfusionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConfusionPanel::setClassNames(const QStringList &names)
{
    m_classNames = names;
    m_matrix->setClassNames(names);
    m_cellList->setClassNames(names);
    updateCellCaption();
}

void ConfusionPanel::setDetails(const core::EvaluationDetails &details)
{
    m_details = details;
    m_matrix->setMatrix(details.confusion);
    updateSummary();
    // Keep the chosen cell across evaluations: watch how one confusion shrinks.
    if (m_matrix->selectedTrueClass() >= 0)
        showCell(m_matrix->selectedTrueClass(), m_matrix->selectedPredictedClass());
    else
        updateCellCaption();
}

void ConfusionPanel::clear()
{
    m_details = {};
    m_matrix->clear();
    m_cellList->setMistakes({});
    updateSummary();
    updateCellCaption();
}

void ConfusionPanel::showCell(int trueClass, int predictedClass)
{
    m_matrix->setSelectedCell(trueClass, predictedClass);
    std::vector<core::Misclassified> cell;
    for (const core::Misclassified &m : m_details.misclassified)
        if (m.trueLabel == trueClass && m.predictedLabel == predictedClass)
            cell.push_back(m);
    m_cellList->setMistakes(cell);
    updateCellCaption();
}

void ConfusionPanel::updateSummary()
{
    const core::ConfusionMatrix &m = m_details.confusion;
    if (m.isEmpty()) {
        m_summary->setText(tr("Which digits are taken for which: appears after the first full evaluation."));
        return;
    }
    m_summary->setText(
        tr("Epoch %1: %2 of %3 validation images right (%4).")
            .arg(QLocale().toString(m_details.position.epochPosition, 'f', 2), Format::integer(m.correct()),
                Format::integer(m.total()), Format::percent(m.accuracy(), 2)));
}

void ConfusionPanel::updateCellCaption()
{
    const int t = m_matrix->selectedTrueClass();
    const int p = m_matrix->selectedPredictedClass();
    auto name
        = [this](int c) { return c >= 0 && c < m_classNames.size() ? m_classNames[c] : QString::number(c); };
    if (t < 0 || m_details.confusion.isEmpty()) {
        m_cellCaption->setText(tr("Click a cell to see the images behind it."));
        return;
    }
    const std::int64_t count = m_details.confusion.counts[std::size_t(t)][std::size_t(p)];
    if (t == p) {
        m_cellCaption->setText(
            tr("True %1 predicted %1: %2 images right. Click an off-diagonal cell to see mistakes.")
                .arg(name(t), Format::integer(count)));
        return;
    }
    const int shown = m_cellList->count();
    QString text = tr("True %1, predicted %2: %3 images").arg(name(t), name(p), Format::integer(count));
    if (shown < count)
        text += QLatin1Char(' ')
            + tr("(%1 shown: only the %2 most confident mistakes are kept)")
                  .arg(shown)
                  .arg(m_details.misclassified.size());
    m_cellCaption->setText(text);
}

} // namespace cnnlab::ui
