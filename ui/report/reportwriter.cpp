#include "reportwriter.h"

#include "charts/chartexport.h"
#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "charts/offscreencharts.h"
#include "common/changewording.h"
#include "common/classnames.h"
#include "common/digitimage.h"
#include "common/errortext.h"
#include "common/format.h"
#include "explain/coachtext.h"

#include "cnnlab/core/coach.h"
#include "cnnlab/core/comparison.h"
#include "cnnlab/core/dataset.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString blendHex(double t, const QColor &full)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor white(Qt::white);
    const QColor c = QColor::fromRgbF(float(white.redF() + (full.redF() - white.redF()) * t),
        float(white.greenF() + (full.greenF() - white.greenF()) * t),
        float(white.blueF() + (full.blueF() - white.blueF()) * t));
    return c.name();
}

// Small digits in rows of eight: a table, which browsers and QTextDocument
// (the PDF) lay out alike.
QString digitTable(const QStringList &cells)
{
    QString table = QStringLiteral("<table class=\"digits\" cellspacing=\"4\" cellpadding=\"2\">\n");
    for (qsizetype i = 0; i < cells.size(); i += 8) {
        table += QStringLiteral("<tr>");
        for (qsizetype k = i; k < std::min(i + 8, cells.size()); ++k)
            table += QStringLiteral("<td align=\"center\">%1</td>").arg(cells[k]);
        table += QStringLiteral("</tr>\n");
    }
    return table + QStringLiteral("</table>\n");
}

QImage digitImage(const std::vector<std::uint8_t> &pixels)
{
    return DigitImage::forPalette(DigitImage::fromPixels(pixels), QPalette(Qt::white))
        .scaled(56, 56, Qt::KeepAspectRatio, Qt::FastTransformation);
}

} // namespace

ReportWriter::ReportWriter(core::RunRecord record)
    : m_record(std::move(record))
{
    m_classNames = ClassNames::of(m_record.config.dataset);
}

void ReportWriter::setClassNames(const QStringList &names)
{
    m_classNames = names;
}

QString ReportWriter::className(int label) const
{
    if (label >= 0 && label < m_classNames.size())
        return m_classNames[label];
    return QString::number(label);
}

ReportWriter::Charts ReportWriter::renderCharts() const
{
    Charts charts;
    if (m_record.history.empty() && m_record.trainCurve.empty())
        return charts;
    OffscreenCharts offscreen(m_record, m_chartSize, OffscreenCharts::Colours::Print);
    for (const core::CoachNote &note :
        core::coachNotes(m_record.history, m_record.trainCurve, &m_record.result))
        for (MetricsChart *chart : offscreen.charts())
            chart->addMarker(note.epochPosition, CoachText::markerLabel(note),
                CoachText::isWarning(note.kind) ? MetricsChart::MarkerKind::Warning
                                                : MetricsChart::MarkerKind::Best);
    offscreen.settle();
    charts.svg = ChartExport::toSvg(offscreen.charts());
    charts.accuracy = ChartExport::toImage({offscreen.panel()->accuracyChart()}, 2.0);
    charts.loss = ChartExport::toImage({offscreen.panel()->lossChart()}, 2.0);
    return charts;
}

QString ReportWriter::buildHtml(Target target, const Charts &charts, QTextDocument *document) const
{
    int imageCounter = 0;
    // An <img> for `image`: a data URL for browsers, a document resource for the PDF.
    auto img = [&](const QImage &image, int width, const QString &alt) {
        QString source;
        if (target == Target::Browser) {
            source
                = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(image).toBase64());
        } else {
            source = QStringLiteral("cnnlab-image:%1").arg(++imageCounter);
            if (document)
                document->addResource(QTextDocument::ImageResource, QUrl(source), image);
        }
        return QStringLiteral("<img src=\"%1\" width=\"%2\" alt=\"%3\">")
            .arg(source)
            .arg(width)
            .arg(esc(alt));
    };

    const core::RunRecord &r = m_record;
    const core::RunSummary summary = core::summarize(r);
    const QString name = !r.name.empty() ? QString::fromStdString(r.name)
        : r.createdAt.empty()            ? tr("current run")
                                         : tr("run of %1").arg(QString::fromStdString(r.createdAt));
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    h += QStringLiteral("<title>%1</title>").arg(esc(tr("cnnlab report — %1").arg(name)));
    if (target == Target::Browser)
        h += QStringLiteral(
            "<style>body{font-family:sans-serif;max-width:1320px;margin:2em auto;padding:0 1em;color:#222}"
            "table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #bbb;padding:4px 8px}"
            "th{background:#f0f0f0;text-align:left}td.n{text-align:right}.cm "
            "td{text-align:center;min-width:2.6em}"
            "table.digits td{border:none;font-size:90%}"
            "svg{max-width:100%;height:auto}.note{margin:0.3em 0}</style>");
    h += QStringLiteral("</head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("cnnlab report — %1").arg(name)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("Dataset %1 · %2 training images · %3 validation images · %4 · created %5")
                          .arg(QString::fromLatin1(core::datasetName(r.config.dataset)),
                              Format::integer(r.trainSize), Format::integer(r.validationSize),
                              QString::fromStdString(r.deviceName), QString::fromStdString(r.createdAt))));

    // Final figures.
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Result")));
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>\n").arg(esc(key), esc(value));
    };
    row(tr("Status"), ErrorText::runStatus(r.result.status));
    row(tr("Epochs completed"), Format::integer(r.result.epochsCompleted));
    row(tr("Training accuracy"), Format::percent(summary.finalTrainAccuracy));
    row(tr("Validation accuracy"), Format::percent(summary.finalValAccuracy));
    if (summary.bestEpoch > 0)
        row(tr("Best validation accuracy"),
            tr("%1 (epoch %2)").arg(Format::percent(summary.bestValAccuracy)).arg(summary.bestEpoch));
    row(tr("Training loss"), Format::plain(summary.finalTrainLoss, 4));
    row(tr("Validation loss"), Format::plain(summary.finalValLoss, 4));
    row(tr("Training time"), Format::duration(r.result.trainSeconds));
    h += QStringLiteral("</table>\n");

    // Charts.
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Accuracy and loss")));
    if (target == Target::Browser && !charts.svg.isEmpty()) {
        QString svg = QString::fromUtf8(charts.svg);
        // Inline: drop the XML prolog, which is only valid at the start of a file.
        const qsizetype start = svg.indexOf(QLatin1String("<svg"));
        if (start > 0)
            svg.remove(0, start);
        h += QStringLiteral("<div class=\"charts\">%1</div>\n").arg(svg);
    } else if (!charts.accuracy.isNull()) {
        h += QStringLiteral("<p>%1</p>\n<p>%2</p>\n")
                 .arg(img(charts.accuracy, 560, tr("Accuracy chart")),
                     img(charts.loss, 560, tr("Loss chart")));
    } else {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No metrics were recorded.")));
    }

    // Coach.
    const std::vector<core::CoachNote> notes = core::coachNotes(r.history, r.trainCurve, &r.result);
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Coach notes")));
    if (notes.empty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("Nothing to remark: no overfitting, stalling or divergence.")));
    for (const core::CoachNote &note : notes)
        h += QStringLiteral("<p class=\"note\"><b>%1</b> — %2</p>\n")
                 .arg(esc(tr("Epoch %1 · %2").arg(note.epoch).arg(CoachText::kindName(note.kind))),
                     esc(CoachText::describe(note, r.history)));

    // Configuration, every field as run.json has it.
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Configuration")));
    const QJsonObject config
        = QJsonDocument::fromJson(QByteArray::fromStdString(core::configToJson(r.config))).object();
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QJsonValue v = it.value();
        QString value = v.isBool() ? (v.toBool() ? tr("on") : tr("off"))
            : v.isDouble()         ? Format::plain(v.toDouble(), 6)
                                   : v.toString();
        if (value.isEmpty())
            value = QStringLiteral("–");
        h += QStringLiteral("<tr><th>%1</th><td><code>%2</code></td><td>%3</td></tr>\n")
                 .arg(esc(ErrorText::settingName(it.key().toStdString())), esc(it.key()), esc(value));
    }
    h += QStringLiteral("</table>\n");
    if (!r.changes.empty()) {
        h += QStringLiteral("<p>%1</p><ul>\n").arg(esc(tr("Changed during the run:")));
        for (const core::ConfigChange &change : r.changes)
            h += QStringLiteral("<li>%1</li>\n")
                     .arg(esc(tr("epoch %1: %2")
                                  .arg(QLocale().toString(change.position.epochPosition, 'f', 2),
                                      ChangeWording::label(change))));
        h += QStringLiteral("</ul>\n");
    }

    // Confusion matrix.
    const core::ConfusionMatrix &cm = r.details.confusion;
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Confusion matrix")));
    if (cm.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("This run has no full evaluation.")));
    } else {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("Rows: true class; columns: predicted class. %1 of %2 right (%3).")
                              .arg(Format::integer(cm.correct()), Format::integer(cm.total()),
                                  Format::percent(cm.accuracy()))));
        h += QStringLiteral(
            "<table class=\"cm\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th></th>");
        for (int p = 0; p < 10; ++p)
            h += QStringLiteral("<th>%1</th>").arg(p);
        h += QStringLiteral("<th>%1</th></tr>\n").arg(esc(tr("correct")));
        for (int t = 0; t < 10; ++t) {
            const QString label = className(t) == QString::number(t)
                ? className(t)
                : QStringLiteral("%1 %2").arg(t).arg(className(t));
            h += QStringLiteral("<tr><th>%1</th>").arg(esc(label));
            for (int p = 0; p < 10; ++p) {
                const std::int64_t count = cm.counts[std::size_t(t)][std::size_t(p)];
                const double fraction = cm.rowFraction(t, p);
                const QString color = t == p ? blendHex(0.15 + 0.6 * fraction, QColor(0x2e, 0x7d, 0x32))
                    : count == 0             ? QStringLiteral("#ffffff")
                                 : blendHex(0.15 + 0.7 * std::sqrt(std::min(1.0, fraction / 0.25)),
                                     QColor(0xd8, 0x43, 0x15));
                h += QStringLiteral("<td bgcolor=\"%1\" style=\"background:%1\">%2</td>")
                         .arg(color, QLocale().toString(qlonglong(count)));
            }
            h += QStringLiteral("<td class=\"n\">%1</td></tr>\n")
                     .arg(Format::percent(cm.classAccuracy(t), 1));
        }
        h += QStringLiteral("</table>\n");
    }

    // The most confident mistakes.
    if (!r.details.misclassified.empty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Most confident mistakes")));
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr(
                     "True class → predicted class: the predicted class — the model's probability for it.")));
        QStringList cells;
        const std::size_t shown = std::min<std::size_t>(r.details.misclassified.size(), 24);
        for (std::size_t i = 0; i < shown; ++i) {
            const core::Misclassified &m = r.details.misclassified[i];
            const QString caption
                = tr("%1 → %2: %3")
                      .arg(className(m.trueLabel), className(m.predictedLabel),
                          Format::classProbability(className(m.topClasses[0]), m.topProbabilities[0]));
            cells.append(
                QStringLiteral("%1<br>%2").arg(img(digitImage(m.pixels), 56, caption), esc(caption)));
        }
        h += digitTable(cells);
    }

    // Sample predictions.
    if (!r.samples.empty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Sample predictions")));
        QStringList cells;
        for (std::size_t i = 0; i < r.samples.size(); ++i) {
            const core::SampleImage &sample = r.samples[i];
            const auto prediction = std::find_if(r.predictions.begin(), r.predictions.end(),
                [i](const core::Prediction &p) { return p.sampleIndex == int(i); });
            const QString caption = prediction == r.predictions.end()
                ? QStringLiteral("?")
                : Format::classProbability(
                    className(prediction->topClasses[0]), prediction->topProbabilities[0]);
            const bool right = prediction != r.predictions.end() && prediction->isCorrect();
            const QString color = right ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
            cells.append(
                QStringLiteral("%1<br><font color=\"%2\" style=\"color:%2\"><b>%3</b></font>")
                    .arg(img(digitImage(sample.pixels), 56, tr("true class %1").arg(className(sample.label))),
                        color, esc(caption)));
        }
        h += digitTable(cells);
    }

    h += QStringLiteral("<p><small>%1</small></p>\n")
             .arg(esc(tr("Written by cnnlab on %1.")
                          .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))));
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString ReportWriter::html() const
{
    return buildHtml(Target::Browser, renderCharts(), nullptr);
}

bool ReportWriter::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    file.write(html().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::writePdf(const QString &path, QString *error) const
{
    QTextDocument document;
    document.setHtml(buildHtml(Target::Document, renderCharts(), &document));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96); // the document's pixel sizes (images, fonts) as on screen
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("cnnlab report — %1").arg(QString::fromStdString(m_record.name)));
    writer.setCreator(QStringLiteral("cnnlab"));
    document.print(&writer);
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Could not write “%1”.").arg(path);
        return false;
    }
    return true;
}

} // namespace cnnlab::ui
