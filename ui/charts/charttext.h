#pragma once

#include <QFont>
#include <QList>
#include <QString>

class QChart;

namespace cnnlab::ui {

// What Qt Charts did with a chart's words in its current layout. Qt Charts
// shortens a title, axis title or legend entry that does not fit to "..."
// and hides an axis label that would overlap its neighbour; neither is
// reported, so this reads the laid-out text items themselves.
class ChartText
{
public:
    enum class Part { Title, XTitle, YTitle, Legend, Other };
    struct Cut {
        Part part = Part::Other;
        QString shown; // as drawn, ending in "..."
    };

    // Lays `chart` out now (it normally does so on the next event) and
    // returns every visible text that was cut.
    [[nodiscard]] static QList<Cut> cutTexts(QChart *chart);
    // How many labels of `font` fit on an axis `length` pixels long with
    // room to spare between them.
    [[nodiscard]] static int labelsThatFit(qreal length, const QFont &font);
    [[nodiscard]] static bool isCut(const QString &shown);
};

} // namespace cnnlab::ui
