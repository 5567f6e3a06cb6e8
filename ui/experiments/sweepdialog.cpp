#include "sweepdialog.h"

#include "cluster/runtargetpicker.h"
#include "common/format.h"
#include "workbench/controlscales.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

QStringList tokens(const QString &text)
{
    // Commas, semicolons or spaces; a decimal comma would be ambiguous, so
    // numbers use the C locale's point (as on the command line).
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

SweepDialog::SweepDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sweepDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_rates = new QLineEdit(QStringLiteral("0.0003, 0.001, 0.003"), this);
    m_rates->setObjectName(QStringLiteral("sweepRatesEdit"));
    m_batches = new QLineEdit(QStringLiteral("32, 128, 512"), this);
    m_batches->setObjectName(QStringLiteral("sweepBatchesEdit"));
    m_epochs = new QLineEdit(QStringLiteral("3"), this);
    m_epochs->setObjectName(QStringLiteral("sweepEpochsEdit"));
    m_dropoutOn = new QCheckBox(this);
    m_dropoutOn->setObjectName(QStringLiteral("sweepDropoutOn"));
    m_dropoutOn->setChecked(true);
    m_dropoutOff = new QCheckBox(this);
    m_dropoutOff->setObjectName(QStringLiteral("sweepDropoutOff"));
    m_ratesLabel = new QLabel(this);
    m_batchesLabel = new QLabel(this);
    m_epochsLabel = new QLabel(this);
    m_ratesLabel->setBuddy(m_rates);
    m_batchesLabel->setBuddy(m_batches);
    m_epochsLabel->setBuddy(m_epochs);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_rates, m_batches, m_epochs})
        connect(edit, &QLineEdit::textChanged, this, &SweepDialog::updateSummary);
    for (QCheckBox *box : {m_dropoutOn, m_dropoutOff})
        connect(box, &QCheckBox::toggled, this, &SweepDialog::updateSummary);

    auto *dropout = new QHBoxLayout;
    dropout->addWidget(m_dropoutOn);
    dropout->addWidget(m_dropoutOff);
    dropout->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_ratesLabel, m_rates);
    form->addRow(m_batchesLabel, m_batches);
    form->addRow(m_epochsLabel, m_epochs);
    form->addRow(QString(), dropout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_target = new RunTargetPicker(this);
    connect(m_target, &RunTargetPicker::targetChanged, this, &SweepDialog::updateSummary);
    layout->addWidget(m_target);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    retranslateUi();
}

void SweepDialog::retranslateUi()
{
    setWindowTitle(tr("Sweep"));
    m_intro->setText(tr("Every combination of the values below is queued as one run, with the other "
                        "settings as they are on the left. Separate values with commas."));
    m_ratesLabel->setText(tr("&Learning rates:"));
    m_batchesLabel->setText(tr("&Batch sizes:"));
    m_epochsLabel->setText(tr("&Epochs:"));
    m_rates->setAccessibleName(tr("Learning rates"));
    m_batches->setAccessibleName(tr("Batch sizes"));
    m_epochs->setAccessibleName(tr("Epochs"));
    m_dropoutOn->setText(tr("With &dropout"));
    m_dropoutOn->setAccessibleName(tr("With dropout"));
    m_dropoutOff->setText(tr("With&out dropout"));
    m_dropoutOff->setAccessibleName(tr("Without dropout"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue Runs"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Queue the sweep's runs"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateSummary();
}

void SweepDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

std::optional<std::vector<double>> SweepDialog::parseRates(const QString &text)
{
    std::vector<double> values;
    for (const QString &token : tokens(text)) {
        bool ok = false;
        const double v = QLocale::c().toDouble(token, &ok);
        if (!ok || !scales::isOfferedLearningRate(v))
            return std::nullopt;
        if (std::find(values.begin(), values.end(), v) == values.end())
            values.push_back(v);
    }
    if (values.empty())
        return std::nullopt;
    return values;
}

std::optional<std::vector<int>> SweepDialog::parseIntegers(const QString &text, int minimum, int maximum)
{
    std::vector<int> values;
    for (const QString &token : tokens(text)) {
        bool ok = false;
        const int v = token.toInt(&ok);
        if (!ok || v < minimum || v > maximum)
            return std::nullopt;
        if (std::find(values.begin(), values.end(), v) == values.end())
            values.push_back(v);
    }
    if (values.empty())
        return std::nullopt;
    return values;
}

std::optional<core::SweepSpec> SweepDialog::spec() const
{
    const auto rates = parseRates(m_rates->text());
    const auto batches = parseIntegers(m_batches->text(), 1, 60000);
    const auto epochs = parseIntegers(m_epochs->text(), 1, 1000);
    if (!rates || !batches || !epochs || (!m_dropoutOn->isChecked() && !m_dropoutOff->isChecked()))
        return std::nullopt;
    core::SweepSpec spec;
    spec.learningRates = *rates;
    spec.batchSizes = *batches;
    spec.epochs = *epochs;
    if (m_dropoutOn->isChecked())
        spec.dropout.push_back(true);
    if (m_dropoutOff->isChecked())
        spec.dropout.push_back(false);
    return spec;
}

void SweepDialog::setLists(const QString &learningRates, const QString &batchSizes, const QString &epochs)
{
    m_rates->setText(learningRates);
    m_batches->setText(batchSizes);
    m_epochs->setText(epochs);
}

void SweepDialog::setDropout(bool on, bool off)
{
    m_dropoutOn->setChecked(on);
    m_dropoutOff->setChecked(off);
}

void SweepDialog::setEstimateBasis(
    const core::TrainingConfig &base, const std::optional<PlanEstimate::Speed> &speed)
{
    m_base = base;
    m_speed = speed;
    updateSummary();
}

QString SweepDialog::summaryText() const
{
    return m_summary->text();
}

void SweepDialog::updateSummary()
{
    const std::optional<core::SweepSpec> s = spec();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(s.has_value() && (!m_target || m_target->problem().isEmpty()));
    if (!s) {
        m_summary->setText(tr("Each list needs at least one number: learning rates %1–%2 (the range of the "
                              "Controls slider), batch sizes 1–60,000, epochs 1–1000; and dropout on, off "
                              "or both.")
                               .arg(Format::learningRate(scales::minLearningRate()),
                                   Format::learningRate(scales::maxLearningRate())));
        return;
    }
    const int runs
        = int(s->learningRates.size() * s->batchSizes.size() * s->dropout.size() * s->epochs.size());
    QString text = tr("%n run(s), one after the other.", nullptr, runs);
    if (!m_target || m_target->target().kind == RunTarget::Kind::Local)
        text += QLatin1Char(' ') + PlanEstimate::text(core::sweepPlan(m_base, *s), m_speed);
    m_summary->setText(text);
}

} // namespace cnnlab::ui

namespace cnnlab::ui {

void SweepDialog::setRemoteMachines(const QStringList &names)
{
    m_target->setMachines(names);
}

RunTarget SweepDialog::runTarget() const
{
    return m_target->target();
}

void SweepDialog::setRunTarget(const RunTarget &target)
{
    m_target->setTarget(target);
}

} // namespace cnnlab::ui
