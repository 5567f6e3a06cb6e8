// Translations: every .ts is complete and up to date with the sources, and
// switching the language at run time changes what the window shows.
#include "charts/chartspanel.h"
#include "common/languagemanager.h"
#include "experiments/runspanel.h"
#include "explain/coachtext.h"
#include "window/mainwindow.h"
#include "workbench/controlspanel.h"

#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using cnnlab::ui::LanguageManager;
using cnnlab::ui::MainWindow;
using cnnlab::ui::MetricsChart;

namespace {

struct TsStats {
    int messages = 0;
    QStringList incomplete; // source texts without a finished translation
    QString error;
};

// Reads a Qt Linguist .ts file: a message counts as finished when it has a
// non-empty translation (every plural form filled) that is not marked
// unfinished, obsolete or vanished.
TsStats readTs(const QString &path)
{
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        stats.error = QStringLiteral("cannot open ") + path;
        return stats;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++stats.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            bool filled = true;
            QString text;
            bool plural = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    plural = true;
                    if (xml.readElementText().trimmed().isEmpty())
                        filled = false;
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!plural && text.trimmed().isEmpty())
                filled = false;
            if (!type.isEmpty() || !filled)
                stats.incomplete.append(source);
        }
    }
    if (xml.hasError())
        stats.error = path + QStringLiteral(": ") + xml.errorString();
    return stats;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(CNNLAB_SOURCE_DIR "/translations/cnnlab_%1.ts").arg(language);
}

QAction *findAction(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "es", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void complete()
    {
        QFETCH(QString, language);
        const TsStats stats = readTs(tsPath(language));
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        // The interface has hundreds of strings; a nearly empty file is not a translation.
        QVERIFY2(stats.messages > 200, qPrintable(QString::number(stats.messages)));
        QVERIFY2(stats.incomplete.isEmpty(),
            qPrintable(QStringLiteral("%1 unfinished in %2, e.g. “%3”")
                           .arg(stats.incomplete.size())
                           .arg(language, stats.incomplete.value(0))));
    }

    // lupdate over the current sources must not find a string the .ts lacks.
    void upToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("check_de.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("de")), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(CNNLAB_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-I"), QStringLiteral(CNNLAB_SOURCE_DIR "/ui"),
                QStringLiteral("@" CNNLAB_TRANSLATION_SOURCE_LIST), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsStats stats = readTs(copy);
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        QVERIFY2(stats.incomplete.isEmpty(),
            qPrintable(QStringLiteral("%1 strings in the sources are not translated (run the "
                                      "update_translations target), e.g. “%2”")
                           .arg(stats.incomplete.size())
                           .arg(stats.incomplete.value(0))));
    }

    void switchingChangesVisibleText()
    {
        MainWindow window;
        window.show();
        QAction *start = findAction(&window, "startAction");
        QVERIFY(start);
        QCOMPARE(start->text(), QStringLiteral("&Start"));
        const QString englishMenu = window.menuBar()->actions().value(0)->text();
        QCOMPARE(englishMenu, QStringLiteral("&File"));
        const QString englishTitle = window.windowTitle();

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        QCOMPARE(LanguageManager::instance()->effectiveLanguage(), QStringLiteral("de"));
        const QString german = QCoreApplication::translate("cnnlab::ui::MainWindow", "&Start");
        QVERIFY(german != QStringLiteral("&Start"));
        QTRY_COMPARE(start->text(), german);
        // Classes defined under ui/charts/ too (lupdate must resolve their namespace).
        QVERIFY(QCoreApplication::translate("cnnlab::ui::MetricsChart", "%1 — zoomed")
            != QStringLiteral("%1 — zoomed"));
        QVERIFY(window.menuBar()->actions().value(0)->text() != englishMenu);
        QVERIFY(window.windowTitle() != englishTitle);
        // Qt's own strings follow (standard buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_VERIFY(start->text() != german && start->text() != QStringLiteral("&Start"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(start->text(), QStringLiteral("&Start"));
        QCOMPARE(window.menuBar()->actions().value(0)->text(), englishMenu);
        QCOMPARE(window.windowTitle(), englishTitle);
    }

    // Issue 15.10: numbers follow the language both ways (after Deutsch ->
    // English the learning rate read "0,001" and the spin boxes "3,06").
    void numbersFollowTheLanguage()
    {
        MainWindow window;
        window.show();
        auto *rate = window.findChild<QLabel *>(QStringLiteral("learningRateLabel"));
        auto *cost = window.findChild<QDoubleSpinBox *>(QStringLiteral("costSpin"));
        auto *dropout = window.findChild<QDoubleSpinBox *>(QStringLiteral("convDropoutSpin"));
        QVERIFY(rate && cost && dropout);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(rate->text(), QStringLiteral("0.001"));
        QVERIFY2(cost->text().contains(QStringLiteral("3.06")), qPrintable(cost->text()));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        QTRY_COMPARE(rate->text(), QStringLiteral("0,001"));
        QTRY_VERIFY2(cost->text().contains(QStringLiteral("3,06")), qPrintable(cost->text()));
        QTRY_VERIFY2(dropout->text().contains(QStringLiteral("0,25")), qPrintable(dropout->text()));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(rate->text(), QStringLiteral("0.001"));
        QTRY_VERIFY2(cost->text().contains(QStringLiteral("3.06")), qPrintable(cost->text()));
        QTRY_VERIFY2(dropout->text().contains(QStringLiteral("0.25")), qPrintable(dropout->text()));
    }

    // Issue 15.10: dates follow the language both ways (the run history kept
    // German dates after Deutsch -> English).
    void datesFollowTheLanguage()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        auto record = cnnlab::core::readRunRecord(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json");
        QVERIFY(record);
        record->createdAt = "2026-03-04T15:30:00Z";
        QVERIFY(cnnlab::core::RunStore(root.path().toStdString()).save(*record));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        cnnlab::ui::RunsPanel panel;
        panel.setStoreRoot(root.path());
        QCOMPARE(panel.rowCount(), 1);
        const auto date
            = [&panel] { return panel.table()->item(0, cnnlab::ui::RunsPanel::DateColumn)->text(); };
        QVERIFY2(date().contains(QStringLiteral("04.03.26")), qPrintable(date()));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_VERIFY2(date().contains(QStringLiteral("3/4/26")), qPrintable(date()));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        QTRY_VERIFY2(date().contains(QStringLiteral("04.03.26")), qPrintable(date()));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }

    // Issue 15.10: the charts' markers (a coach note's "best …", a mid-run
    // change) are worded again on a language change.
    void markersFollowTheLanguage()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        cnnlab::ui::ChartsPanel panel;
        cnnlab::core::CoachNote note;
        note.kind = cnnlab::core::CoachNoteKind::BestEpoch;
        note.epochPosition = 1.0;
        note.epoch = 1;
        note.value = 0.9912;
        panel.addNoteMarker(
            1.0, [note] { return cnnlab::ui::CoachText::markerLabel(note); }, MetricsChart::MarkerKind::Best);
        cnnlab::core::ConfigChange change;
        change.position.epochPosition = 0.5;
        change.parameter = "dropout";
        change.oldValue = "on";
        change.newValue = "off";
        panel.addConfigChange(change);
        auto labels = [&panel] {
            QStringList out;
            for (const MetricsChart::Marker &marker : panel.accuracyChart()->markers())
                out << marker.label;
            out.sort();
            return out;
        };
        const QStringList english = labels();
        QCOMPARE(english.size(), 2);
        QVERIFY2(english.join(QLatin1Char('|')).contains(QStringLiteral("best 99.12")),
            qPrintable(english.join(QLatin1Char('|'))));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        QTRY_VERIFY2(labels().join(QLatin1Char('|')).contains(QStringLiteral("beste 99,12")),
            qPrintable(labels().join(QLatin1Char('|'))));
        QCOMPARE(labels().size(), 2); // reworded, not added again
        QVERIFY(!labels().contains(english.first()) || !labels().contains(english.last()));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(labels(), english);
    }

    void englishHasPluralForms()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QCOMPARE(QCoreApplication::translate("cnnlab::ui::RunsPanel", "Restored %n run(s).", nullptr, 1),
            QStringLiteral("Restored 1 run."));
        QCOMPARE(QCoreApplication::translate("cnnlab::ui::RunsPanel", "Restored %n run(s).", nullptr, 3),
            QStringLiteral("Restored 3 runs."));
        // Issue 15.10: "1 update per epoch", not "1 updates per epoch".
        cnnlab::ui::ControlsPanel panel;
        cnnlab::core::TrainingConfig config = panel.config();
        config.trainLimit = 1000;
        config.batchSize = 1000;
        panel.setConfig(config);
        auto *updates = panel.findChild<QLabel *>(QStringLiteral("updatesLabel"));
        QVERIFY(updates);
        QVERIFY2(updates->text().startsWith(QStringLiteral("<b>1</b> update per epoch<br>")),
            qPrintable(updates->text()));
        config.batchSize = 32;
        panel.setConfig(config);
        QVERIFY2(updates->text().startsWith(QStringLiteral("<b>31</b> updates per epoch<br>")),
            qPrintable(updates->text()));
    }

    void unknownLanguageIsRefused()
    {
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("xx"), false));
        QCOMPARE(LanguageManager::instance()->effectiveLanguage(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
