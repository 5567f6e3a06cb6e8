// Core's one form for numbers and times in files and messages: C locale
// whatever the process locale, round-trip exact, and the %g form that the
// mid-run change values (and tst_engine's "0.0005") rely on.
#include "cnnlab/core/textformat.h"

#include <QTest>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <regex>
#include <string>

using namespace cnnlab::core;

class TestTextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortestReadsBackExactly()
    {
        for (const double value : {0.9907, 1e-5, 123456789.125, -0.5, 1.0 / 3.0}) {
            const std::string text = shortestNumber(value);
            QCOMPARE(std::strtod(text.c_str(), nullptr), value);
        }
        QCOMPARE(shortestNumber(0.1), std::string("0.1"));
        QCOMPARE(shortestNumber(std::nan("")), std::string("nan"));
        QCOMPARE(shortestNumber(-std::numeric_limits<double>::infinity()), std::string("-inf"));
    }

    void fixedHasNoNegativeZero()
    {
        QCOMPARE(fixedNumber(99.0749, 2), std::string("99.07"));
        QCOMPARE(fixedNumber(-0.001, 2), std::string("0.00"));
        QCOMPARE(fixedNumber(-1.5, 1), std::string("-1.5"));
        QCOMPARE(fixedNumber(1e300, 2).size(), std::size_t(304)); // no truncation for huge values
    }

    void settingNumberIsPercentG()
    {
        QCOMPARE(settingNumber(0.001), std::string("0.001"));
        QCOMPARE(settingNumber(0.0005), std::string("0.0005"));
        QCOMPARE(settingNumber(1e-5), std::string("1e-05"));
        QCOMPARE(settingNumber(128), std::string("128"));
        QCOMPARE(settingNumber(0.25), std::string("0.25"));
    }

    void numbersIgnoreTheProcessLocale()
    {
        // A German desktop: printf would write 0,5.
        const char *german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
        if (!german)
            german = std::setlocale(LC_NUMERIC, "de_DE");
        QCOMPARE(shortestNumber(0.5), std::string("0.5"));
        QCOMPARE(fixedNumber(0.5, 2), std::string("0.50"));
        QCOMPARE(settingNumber(0.5), std::string("0.5"));
        std::setlocale(LC_NUMERIC, "C");
        if (!german)
            QSKIP("no German locale installed; checked in the C locale only");
    }

    void times()
    {
        QCOMPARE(isoUtcTime(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(isoUtcTime(1796410500), std::string("2026-12-04T18:55:00Z"));
        QVERIFY(std::regex_match(isoUtcNow(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
        QVERIFY(std::regex_match(localTimeStamp(), std::regex(R"(\d{8}-\d{6})")));
    }
};

QTEST_APPLESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
