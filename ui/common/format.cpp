#include "format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

QString Format::plain(double value, int significant)
{
    if (!std::isfinite(value))
        return value != value ? tr("not a number") : (value > 0 ? tr("infinite") : tr("−infinite"));
    if (value == 0.0)
        return QLocale().toString(0);
    // Enough decimals for `significant` digits, capped so 1e-12 does not fill a label.
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::clamp(significant - 1 - magnitude, 0, 10);
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().at(0);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString Format::percent(double fraction, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString Format::classProbability(const QString &className, double probability)
{
    QString value = percent(probability, 1);
    value.replace(QLatin1Char(' '), QChar(0x00a0)); // no break between "90.6" and "%"
    return tr("%1 — %2").arg(className, value);
}

QString Format::roughDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = qint64(std::llround(seconds / 60.0));
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString Format::duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    const qint64 total = qint64(std::llround(seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString Format::money(double dollars)
{
    // Cents are what matter for a whole run; below ten cents show a tenth of a
    // cent too, so a short demo does not read as "$0.00".
    const int decimals = dollars != 0.0 && std::abs(dollars) < 0.1 ? 3 : 2;
    return tr("$%1").arg(QLocale().toString(dollars, 'f', decimals));
}

QString Format::integer(qint64 value)
{
    return QLocale().toString(value);
}

QString Format::coreValue(const std::string &text)
{
    const QString value = QString::fromStdString(text);
    bool ok = false;
    const double number = value.toDouble(&ok); // core writes C-locale numbers
    if (!ok)
        return value;
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return integer(qint64(number));
    return plain(number, 4);
}

} // namespace cnnlab::ui
