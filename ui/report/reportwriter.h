#pragma once

#include "cnnlab/core/runrecord.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace cnnlab::ui {

// A run's report for the teacher's notes or a student's hand-in: a
// self-contained HTML page (charts as inline SVG, digits as embedded PNGs, no
// external files) and the same content as a PDF. Built from a RunRecord
// alone, so it needs no window (the charts are drawn offscreen).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    explicit ReportWriter(core::RunRecord record);

    // Defaults to the dataset's class names.
    void setClassNames(const QStringList &names);
    void setChartSize(QSize size) { m_chartSize = size; }

    // The HTML page (UTF-8 when written).
    [[nodiscard]] QString html() const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    enum class Target { Browser, Document };
    struct Charts {
        QByteArray svg; // both side by side (browsers scale it)
        QImage accuracy; // one per row on a printed page, where side by side is too small
        QImage loss;
    };
    [[nodiscard]] Charts renderCharts() const;
    // For a QTextDocument, images are added to `document` as resources.
    [[nodiscard]] QString buildHtml(Target target, const Charts &charts, QTextDocument *document) const;
    [[nodiscard]] QString className(int label) const;

    core::RunRecord m_record;
    QStringList m_classNames;
    QSize m_chartSize {640, 400};
};

} // namespace cnnlab::ui
