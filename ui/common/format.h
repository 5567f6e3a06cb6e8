#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace cnnlab::ui {

// How numbers look in the window: plain notation (0.001, never 1e-03),
// locale-aware separators, durations as h:mm:ss.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    // Up to `significant` significant digits in plain notation, trailing zeros dropped.
    static QString plain(double value, int significant = 3);
    static QString learningRate(double value) { return plain(value, 3); }
    static QString percent(double fraction, int decimals = 2);
    // "4 — 90.6 %": a class and the model's probability for it (top-3 lists,
    // captions), the percent kept on one line.
    static QString classProbability(const QString &className, double probability);
    static QString duration(double seconds);
    // An estimate as a person says it: "under a minute", "25 min", "2 h 10 min".
    static QString roughDuration(double seconds);
    static QString money(double dollars);
    static QString integer(qint64 value);
    // A number sent by core as text ("0.010000") in plain notation; other text unchanged.
    static QString coreValue(const std::string &text);
};

} // namespace cnnlab::ui
