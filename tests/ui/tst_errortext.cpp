// Every core::ErrorCode becomes a sentence naming the file and keeping core's
// details; numbers are shown in plain notation.

#include "common/errortext.h"
#include "common/format.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using cnnlab::core::Error;
using cnnlab::core::ErrorCode;
using cnnlab::ui::ErrorText;
using cnnlab::ui::Format;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyCodeHasItsOwnSentence()
    {
        QSet<QString> seen;
        for (int code = int(ErrorCode::FileNotFound); code <= int(ErrorCode::Internal); ++code) {
            const Error error {ErrorCode(code), "/data/train-images-idx3-ubyte", "expected 2051, found 2049"};
            const QString text = ErrorText::describe(error);
            QVERIFY2(!text.isEmpty(), cnnlab::core::errorCodeName(ErrorCode(code)));
            QVERIFY2(
                !text.startsWith(QLatin1String("Unknown")), cnnlab::core::errorCodeName(ErrorCode(code)));
            QVERIFY2(text.contains(QLatin1String("expected 2051, found 2049")), qPrintable(text));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
        QCOMPARE(ErrorText::describe(Error {ErrorCode::Truncated, "/x/y.gz", ""}),
            QStringLiteral("The file “/x/y.gz” ends early; it was probably not downloaded completely."));
    }

    void datasetMissingNamesTheInstallCommand()
    {
        const QString text = ErrorText::describe(Error {
            ErrorCode::DatasetMissing, "/home/u/.local/share/cnnlab/datasets/mnist", "scripts/fetch-mnist"});
        QVERIFY(text.contains(QLatin1String("Install it with: scripts/fetch-mnist")));
        QVERIFY(text.contains(QLatin1String("/home/u/.local/share/cnnlab/datasets/mnist")));
    }

    void invalidConfigNamesTheSetting()
    {
        const QString text = ErrorText::describe(
            Error {ErrorCode::InvalidConfig, "batch_size", "must be in 1..60000, got 0"});
        QVERIFY2(text.contains(QLatin1String("batch size")), qPrintable(text));
    }

    void runStatus()
    {
        QCOMPARE(ErrorText::runStatus(cnnlab::core::RunStatus::Diverged), QStringLiteral("Diverged"));
        QCOMPARE(ErrorText::runStatus(cnnlab::core::RunStatus::Completed), QStringLiteral("Finished"));
    }

    void plainNotation()
    {
        QCOMPARE(Format::learningRate(0.001), QStringLiteral("0.001"));
        QCOMPARE(Format::learningRate(1e-5), QStringLiteral("0.00001"));
        QCOMPARE(Format::learningRate(0.00015), QStringLiteral("0.00015"));
        QCOMPARE(Format::learningRate(0.1), QStringLiteral("0.1"));
        QCOMPARE(Format::learningRate(0.0003162), QStringLiteral("0.000316"));
        QCOMPARE(Format::coreValue("0.010000"), QStringLiteral("0.01"));
        QCOMPARE(Format::coreValue("1000"), QStringLiteral("1,000"));
        QCOMPARE(Format::coreValue("off"), QStringLiteral("off"));
        QCOMPARE(Format::duration(62), QStringLiteral("1:02"));
        QCOMPARE(Format::duration(3723), QStringLiteral("1:02:03"));
        QCOMPARE(Format::money(3.06), QStringLiteral("$3.06"));
        QCOMPARE(Format::money(0.0425), QStringLiteral("$0.043"));
        QCOMPARE(Format::percent(0.99123), QStringLiteral("99.12 %"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
