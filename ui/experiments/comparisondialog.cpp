#include "comparisondialog.h"

#include "common/errortext.h"
#include "common/filelocations.h"
#include "common/format.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

enum Column {
    RunColumn,
    GroupColumn,
    FinalColumn,
    BestColumn,
    BestEpochColumn,
    GapColumn,
    LossColumn,
    TimeColumn,
    CostColumn,
    ColumnCount
};

QString points(double fraction)
{
    //: Percentage points
    return ComparisonDialog::tr("%1 pp").arg(QLocale().toString(fraction * 100.0, 'f', 2));
}

QString percentSpread(const core::Spread &s)
{
    if (s.n < 2)
        return Format::percent(s.mean);
    return QStringLiteral("%1 ± %2").arg(
        Format::percent(s.mean), QLocale().toString(s.stddev * 100.0, 'f', 2));
}

QString pointsSpread(const core::Spread &s)
{
    if (s.n < 2)
        return points(s.mean);
    return QStringLiteral("%1 ± %2").arg(points(s.mean), QLocale().toString(s.stddev * 100.0, 'f', 2));
}

} // namespace

ComparisonDialog::ComparisonDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("comparisonDialog"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_verdictHeading = new QLabel(this);
    m_verdicts = new QTableWidget(0, 3, this);
    m_verdicts->setObjectName(QStringLiteral("verdictTable"));
    m_verdicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdicts->verticalHeader()->hide();
    m_verdicts->setWordWrap(false);
    m_verdicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_verdicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_verdicts->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    m_csvButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_markdownButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_markdownButton->setObjectName(QStringLiteral("exportMarkdownButton"));
    m_copyButton->setObjectName(QStringLiteral("copyMarkdownButton"));
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportInteractively(false); });
    connect(m_markdownButton, &QPushButton::clicked, this, [this] { exportInteractively(true); });
    connect(m_copyButton, &QPushButton::clicked, this, &ComparisonDialog::copyMarkdown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdictHeading);
    layout->addWidget(m_verdicts, 0);
    layout->addWidget(buttons);
    resize(1100, 560);
    retranslateUi();
}

void ComparisonDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Runs"));
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Group"), tr("Final val. acc."), tr("Best val. acc."),
        tr("Best epoch"), tr("Train–val gap"), tr("Final val. loss"), tr("Time"), tr("Cost")});
    m_table->setAccessibleName(tr("Comparison of runs"));
    m_verdicts->setHorizontalHeaderLabels({tr("The lab's claim"), tr("Verdict"), tr("What cnnlab measured")});
    m_verdicts->setAccessibleName(tr("Verdicts on the lab's claims"));
    m_verdictHeading->setText(
        tr("<b>Did the lab's findings hold?</b> A difference counts only when it is larger "
           "than the noise between seeds."));
    m_csvButton->setText(tr("Export CSV…"));
    m_csvButton->setAccessibleName(tr("Export the comparison as CSV"));
    m_markdownButton->setText(tr("Export Markdown…"));
    m_markdownButton->setAccessibleName(tr("Export the comparison as Markdown"));
    m_copyButton->setText(tr("Copy as Markdown"));
    m_copyButton->setAccessibleName(tr("Copy the comparison as Markdown"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    fillTables();
}

void ComparisonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ComparisonDialog::setRuns(
    const std::vector<core::RunRecord> &records, double dollarsPerHour, bool withVerdicts)
{
    std::vector<core::RunSummary> summaries;
    summaries.reserve(records.size());
    for (const core::RunRecord &record : records)
        summaries.push_back(core::summarize(record, dollarsPerHour));
    m_groups = core::groupRuns(summaries);
    m_withVerdicts = withVerdicts;
    m_claims = withVerdicts ? core::judgeLabClaims(m_groups) : std::vector<core::ClaimResult> {};
    fillTables();
}

QString ComparisonDialog::claimText(core::LabClaim claim)
{
    switch (claim) {
    case core::LabClaim::OverfitsWithoutDropout:
        return tr("Without dropout, training accuracy runs ahead of validation (overfitting).");
    case core::LabClaim::DropoutHelps: return tr("Dropout raises validation accuracy.");
    case core::LabClaim::Batch1000Underperforms: return tr("Batch size 1000 ends below batch size 32.");
    case core::LabClaim::Lr001FailsToConverge: return tr("Learning rate 0.01 fails to converge.");
    }
    return {};
}

QString ComparisonDialog::verdictText(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Reproduced: return tr("reproduced");
    case core::Verdict::NotReproduced: return tr("not reproduced");
    case core::Verdict::WithinNoise: return tr("within noise");
    case core::Verdict::Missing: return tr("not measured");
    }
    return {};
}

bool ComparisonDialog::noiseMeasured(const core::ClaimResult &result) const
{
    // core judges it (a single seed on a side of a difference: the noise is
    // only the floor), for comparison.md, the CLI and this table alike.
    return result.noiseMeasured;
}

QString ComparisonDialog::measuredText(const core::ClaimResult &result, bool noiseMeasured)
{
    if (result.verdict == core::Verdict::Missing)
        return tr("The runs for this claim are missing.");
    if (!noiseMeasured && result.claim != core::LabClaim::Lr001FailsToConverge)
        return tr("%1, from one seed: run the lab with 2 or more seeds to tell this from seed-to-seed noise.")
            .arg(points(result.measured));
    switch (result.claim) {
    case core::LabClaim::Lr001FailsToConverge:
        return tr("Final validation accuracy with lr 0.01: %1.").arg(Format::percent(result.measured));
    case core::LabClaim::OverfitsWithoutDropout:
        return tr("Training minus validation accuracy: %1 (noise %2).")
            .arg(points(result.measured), points(result.noise));
    case core::LabClaim::DropoutHelps:
        return tr("Dropout minus no dropout: %1 (noise %2).")
            .arg(points(result.measured), points(result.noise));
    case core::LabClaim::Batch1000Underperforms:
        return tr("Batch 32 minus batch 1000: %1 (noise %2).")
            .arg(points(result.measured), points(result.noise));
    }
    return {};
}

void ComparisonDialog::fillTables()
{
    int runs = 0;
    int groupRows = 0;
    for (const core::GroupSummary &g : m_groups) {
        runs += int(g.runs.size());
        groupRows += g.runs.size() > 1 ? 1 : 0;
    }
    m_heading->setText(tr(
        "%n run(s) in %1 group(s). Group rows show the mean ± standard deviation over seeds.", nullptr, runs)
                           .arg(m_groups.size()));

    m_table->setRowCount(runs + groupRows);
    int row = 0;
    auto set = [this](int r, int column, const QString &text, bool bold) {
        auto *item = new QTableWidgetItem(text);
        if (column >= FinalColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = font();
            f.setBold(true);
            item->setFont(f);
        }
        m_table->setItem(r, column, item);
    };
    for (const core::GroupSummary &g : m_groups) {
        for (const core::RunSummary &s : g.runs) {
            set(row, RunColumn, QString::fromStdString(s.name), false);
            set(row, GroupColumn, QString::fromStdString(s.group), false);
            set(row, FinalColumn, Format::percent(s.finalValAccuracy), false);
            set(row, BestColumn, Format::percent(s.bestValAccuracy), false);
            set(row, BestEpochColumn, s.bestEpoch > 0 ? QString::number(s.bestEpoch) : tr("–"), false);
            set(row, GapColumn, points(s.trainValGap), false);
            set(row, LossColumn, std::isfinite(s.finalValLoss) ? Format::plain(s.finalValLoss, 4) : tr("–"),
                false);
            set(row, TimeColumn, Format::duration(s.seconds), false);
            set(row, CostColumn, Format::money(s.cost), false);
            if (s.status != core::RunStatus::Completed)
                m_table->item(row, RunColumn)->setToolTip(ErrorText::runStatus(s.status));
            ++row;
        }
        if (g.runs.size() > 1) {
            set(row, RunColumn,
                tr("%1 (mean of %n seed(s))", nullptr, int(g.runs.size()))
                    .arg(QString::fromStdString(g.group)),
                true);
            set(row, GroupColumn, QString::fromStdString(g.group), true);
            set(row, FinalColumn, percentSpread(g.finalValAccuracy), true);
            set(row, BestColumn, percentSpread(g.bestValAccuracy), true);
            set(row, BestEpochColumn, QString(), true);
            set(row, GapColumn, pointsSpread(g.trainValGap), true);
            set(row, LossColumn,
                g.finalValLoss.n == 0 ? tr("–")
                    : g.finalValLoss.n < 2
                    ? Format::plain(g.finalValLoss.mean, 4)
                    : QStringLiteral("%1 ± %2").arg(
                        Format::plain(g.finalValLoss.mean, 4), Format::plain(g.finalValLoss.stddev, 2)),
                true);
            set(row, TimeColumn, Format::duration(g.seconds.mean), true);
            set(row, CostColumn, Format::money(g.cost.mean * double(g.runs.size())), true);
            m_table->item(row, CostColumn)->setToolTip(tr("All seeds together"));
            ++row;
        }
    }

    const bool showVerdicts = m_withVerdicts;
    m_verdictHeading->setVisible(showVerdicts);
    m_verdicts->setVisible(showVerdicts);
    m_verdicts->setRowCount(int(m_claims.size()));
    for (int i = 0; i < int(m_claims.size()); ++i) {
        const core::ClaimResult &c = m_claims[std::size_t(i)];
        auto *claim = new QTableWidgetItem(claimText(c.claim));
        const bool measuredNoise = c.verdict == core::Verdict::Missing || noiseMeasured(c);
        auto *verdict = new QTableWidgetItem(
            measuredNoise ? verdictText(c.verdict) : tr("1 seed — noise not measured"));
        QFont bold = font();
        bold.setBold(true);
        verdict->setFont(bold);
        // Colour repeats the word, never replaces it.
        switch (measuredNoise ? c.verdict : core::Verdict::Missing) {
        case core::Verdict::Reproduced: verdict->setForeground(QColor(0x00, 0x79, 0x5a)); break;
        case core::Verdict::NotReproduced: verdict->setForeground(QColor(0xb0, 0x3a, 0x00)); break;
        default: break;
        }
        auto *measured = new QTableWidgetItem(measuredText(c, measuredNoise));
        measured->setToolTip(QString::fromStdString(c.detail));
        m_verdicts->setItem(i, 0, claim);
        m_verdicts->setItem(i, 1, verdict);
        m_verdicts->setItem(i, 2, measured);
    }
    // Four one-line claims: show them all without scrolling.
    const int rowHeight = m_verdicts->verticalHeader()->defaultSectionSize();
    m_verdicts->setMinimumHeight(m_verdicts->horizontalHeader()->sizeHint().height()
        + rowHeight * std::max(1, int(m_claims.size())) + 2 * m_verdicts->frameWidth() + 2);
}

QString ComparisonDialog::csv() const
{
    return QString::fromStdString(core::comparisonCsv(m_groups));
}

QString ComparisonDialog::markdown() const
{
    return QString::fromStdString(core::comparisonMarkdown(m_groups, m_claims));
}

bool ComparisonDialog::exportCsv(const QString &path, QString *error) const
{
    if (const core::Error e = core::writeFileAtomically(path.toStdString(), core::comparisonCsv(m_groups))) {
        if (error)
            *error = ErrorText::describe(e);
        return false;
    }
    return true;
}

bool ComparisonDialog::exportMarkdown(const QString &path, QString *error) const
{
    if (const core::Error e
        = core::writeFileAtomically(path.toStdString(), core::comparisonMarkdown(m_groups, m_claims))) {
        if (error)
            *error = ErrorText::describe(e);
        return false;
    }
    return true;
}

void ComparisonDialog::copyMarkdown()
{
    QApplication::clipboard()->setText(markdown());
}

void ComparisonDialog::exportInteractively(bool asMarkdown)
{
    const QString suffix = asMarkdown ? QStringLiteral("md") : QStringLiteral("csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
        QDir(FileLocations::documentsFolder()).filePath(QStringLiteral("cnnlab-comparison.") + suffix),
        asMarkdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = asMarkdown ? exportMarkdown(path, &error) : exportCsv(path, &error);
    if (ok)
        Q_EMIT exported(path);
    else
        Q_EMIT errorOccurred(tr("Cannot export the comparison: %1").arg(error));
}

} // namespace cnnlab::ui
