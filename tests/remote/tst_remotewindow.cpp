// The window training on a remote machine through a real OpenSSH server on
// 127.0.0.1 (sshdfixture.h): the machine from Settings appears under Device,
// choosing it probes it and lists what it has, a run streams points,
// predictions and a mid-run learning-rate change, the run lands in the local
// history with a usable model, and closing the window mid-run leaves nothing
// running there. CNNLAB_SHOT_DIR=DIR saves what the window showed.
#include "processlist.h"
#include "sshdfixture.h"

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/messagebanner.h"
#include "common/settings.h"
#include "remote/devicecombo.h"
#include "remote/remotemachinesdialog.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"
#include "workbench/controlscales.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>

#include <optional>
#include <signal.h>

#ifndef CNNLAB_TRAIN_EXE
#error "CNNLAB_TRAIN_EXE must name the cnnlab-train binary"
#endif

using cnnlab::ui::ChartsPanel;
using cnnlab::ui::DeviceCombo;
using cnnlab::ui::MainWindow;

namespace {

constexpr int timeoutMs = 180000; // generous for a slow CI machine; nothing here is timed

cnnlab::core::TrainingConfig smallConfig(int trainLimit, int epochs)
{
    cnnlab::core::TrainingConfig c;
    c.validation = cnnlab::core::ValidationSource::Holdout;
    c.holdoutSize = 200;
    c.trainLimit = trainLimit;
    c.epochs = epochs;
    c.batchSize = 32;
    c.threads = 1;
    return c;
}

int trainingPoints(MainWindow &window)
{
    return window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::Training);
}

void saveShot(QWidget &window, const char *name)
{
    const QByteArray dir = qgetenv("CNNLAB_SHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

// Picks `machine`'s entry for `device` as a person would (activated: a click).
bool choose(DeviceCombo *combo, const QString &machine, const QString &device)
{
    combo->select(machine, device);
    if (combo->machine() != machine || combo->device() != device)
        return false;
    Q_EMIT combo->activated(combo->currentIndex());
    return true;
}

} // namespace

class TestRemoteWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dataHome;
    std::optional<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void remoteRunLooksLikeALocalOne();
    void closingTheWindowMidRunEndsTheRemote();
    void machinesDialogTestsTheConnection();
    void lostConnectionKeepsWhatArrived();
    void sweepRunsOneAfterAnotherOnTheMachine();
};

void TestRemoteWindow::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    const auto mnist = cnnlab::core::findDataset(cnnlab::core::DatasetKind::Mnist);
    if (!mnist)
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    QVERIFY(m_dataHome.isValid());
    qputenv("CNNLAB_DATA_DIR", QByteArray::fromStdString(*mnist));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path())); // the run history stays here
    m_sshd.emplace(QString::fromStdString(*mnist));
    const QString error = m_sshd->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qputenv("CNNLAB_SSH", m_sshd->sshCommand().toUtf8()); // as a user with a custom ssh_config would
    cnnlab::ui::Settings settings;
    settings.setRemoteMachines({{QStringLiteral("lab-box"), QLatin1String(SshdFixture::alias),
        QStringLiteral(CNNLAB_TRAIN_EXE), 2.50}});
    settings.sync();
}

void TestRemoteWindow::cleanupTestCase()
{
    m_sshd.reset();
    QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    QVERIFY(waitUntilGone(serveProcesses(), 5000));
}

void TestRemoteWindow::remoteRunLooksLikeALocalOne()
{
    MainWindow window;
    window.setConfig(smallConfig(3000, 2));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *devices = window.findChild<DeviceCombo *>(QStringLiteral("deviceCombo"));
    QVERIFY(devices);
    QVERIFY(choose(devices, QStringLiteral("lab-box"), QStringLiteral("auto")));
    // The probe lists the machine's devices by name.
    QTRY_VERIFY_WITH_TIMEOUT(
        devices->findText(QStringLiteral("lab-box — CPU"), Qt::MatchStartsWith) >= 0, 30000);
    auto *banner = window.findChild<cnnlab::ui::MessageBanner *>();
    QVERIFY(banner);
    QVERIFY(choose(devices, QStringLiteral("lab-box"), QStringLiteral("cpu")));
    QCOMPARE(window.currentConfig().device, std::string("cpu"));

    QSignalSpy changes(window.controller(), &cnnlab::ui::TrainingController::configApplied);
    window.findChild<QAction *>(QStringLiteral("startAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(window) >= 2, timeoutMs);
    QVERIFY(window.controller()->remoteTarget().has_value());
    // The badge names the machine.
    auto *device = window.findChild<QLabel *>(QStringLiteral("deviceLabel"));
    QVERIFY2(device->text().startsWith(QStringLiteral("lab-box: ")), qPrintable(device->text()));
    // A mid-run learning-rate change reaches the remote engine and comes back applied.
    auto *lr = window.findChild<QSlider *>(QStringLiteral("learningRateSlider"));
    lr->setValue(cnnlab::ui::scales::nearestLearningRateIndex(0.002));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), timeoutMs);
    const auto change = changes.first().first().value<cnnlab::core::ConfigChange>();
    QCOMPARE(change.parameter, std::string("learning_rate"));
    // Predictions of the sample digits arrive as they do locally.
    auto *grid = window.findChild<cnnlab::ui::PredictionsGrid *>();
    QSignalSpy predictions(grid, &cnnlab::ui::PredictionsGrid::predictionsChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!predictions.isEmpty(), timeoutMs);
    saveShot(window, "remote-run.png");

    QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), timeoutMs);
    QCOMPARE(window.controller()->lastResult()->status, cnnlab::core::RunStatus::Completed);
    // In the local history, with its checkpoint, and the model usable here.
    const cnnlab::core::RunStore store;
    // The record is saved first, the checkpoint beside it right after: wait for both.
    QTRY_VERIFY_WITH_TIMEOUT(!store.list().empty() && store.list().front().hasCheckpoint, 30000);
    const auto runs = store.list();
    QVERIFY(runs.front().hasCheckpoint);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->engine().hasInferenceModel(), 30000);
    const auto record = cnnlab::core::readRunRecord(runs.front().directory + "/run.json");
    QVERIFY(record.hasValue());
    QVERIFY2(record->deviceName.rfind("lab-box: ", 0) == 0, record->deviceName.c_str());
    QCOMPARE(record->changes.size(), std::size_t(1));
    saveShot(window, "remote-finished.png");
}

void TestRemoteWindow::closingTheWindowMidRunEndsTheRemote()
{
    auto window = std::make_unique<MainWindow>();
    window->setConfig(smallConfig(0, 20));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *devices = window->findChild<DeviceCombo *>(QStringLiteral("deviceCombo"));
    QVERIFY(choose(devices, QStringLiteral("lab-box"), QStringLiteral("auto")));
    // Choosing probes the machine; let that connection end first, so the one
    // process left there is the run's.
    QTRY_VERIFY_WITH_TIMEOUT(
        devices->findText(QStringLiteral("lab-box — CPU"), Qt::MatchStartsWith) >= 0, 30000);
    QVERIFY(waitUntilGone(serveProcesses(), 10000));
    const QList<qint64> before = serveProcesses();
    window->findChild<QAction *>(QStringLiteral("startAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(*window) >= 1, timeoutMs);
    QList<qint64> remote = serveProcesses();
    for (const qint64 pid : before)
        remote.removeAll(pid);
    QCOMPARE(remote.size(), 1);
    QVERIFY(window->close());
    window.reset();
    QVERIFY2(waitUntilGone(remote, 5000), "cnnlab-train --serve still running 5 s after the window closed");
}

void TestRemoteWindow::machinesDialogTestsTheConnection()
{
    using cnnlab::ui::RemoteMachine;
    cnnlab::ui::RemoteMachinesDialog dialog(
        {RemoteMachine {QStringLiteral("lab-box"), QLatin1String(SshdFixture::alias),
             QStringLiteral(CNNLAB_TRAIN_EXE), 2.5},
            RemoteMachine {
                QStringLiteral("borrowed"), QLatin1String(SshdFixture::wrongKeyAlias), QString(), 0.0}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("remoteMachinesTable"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testRemoteButton"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("remoteStatus"));
    QVERIFY(table && test && status);
    table->selectRow(0);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected.")), 30000);
    QVERIFY2(status->text().contains(QStringLiteral("MNIST is installed there")), qPrintable(status->text()));
    saveShot(dialog, "remote-machines.png");
    // A machine that wants a key it does not have: the reason, and what to do.
    table->selectRow(1);
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("ssh-copy-id")), 30000);
    saveShot(dialog, "remote-machines-auth.png");
    // Names stay unique; rows without a destination are dropped.
    const auto machines = dialog.machines();
    QCOMPARE(machines.size(), 2);
    QCOMPARE(machines.at(0).costPerHour, 2.5);
}

void TestRemoteWindow::lostConnectionKeepsWhatArrived()
{
    MainWindow window;
    window.setConfig(smallConfig(0, 20));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *devices = window.findChild<DeviceCombo *>(QStringLiteral("deviceCombo"));
    QVERIFY(choose(devices, QStringLiteral("lab-box"), QStringLiteral("auto")));
    QTRY_VERIFY_WITH_TIMEOUT(
        devices->findText(QStringLiteral("lab-box — CPU"), Qt::MatchStartsWith) >= 0, 30000);
    QVERIFY(waitUntilGone(serveProcesses(), 10000));
    window.findChild<QAction *>(QStringLiteral("startAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(window) >= 2, timeoutMs);
    const QList<qint64> remote = serveProcesses();
    QCOMPARE(remote.size(), 1);
    const QList<qint64> ssh = processes([](qint64 pid, const QStringList &words) {
        return parentOf(pid) == QCoreApplication::applicationPid() && !words.isEmpty()
            && words.first() == QStringLiteral("ssh");
    });
    QCOMPARE(ssh.size(), 1);
    const int pointsBefore = trainingPoints(window);
    ::kill(pid_t(ssh.first()), SIGKILL); // the network went away

    QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), 30000);
    QCOMPARE(window.controller()->lastResult()->status, cnnlab::core::RunStatus::Failed);
    QCOMPARE(window.controller()->lastResult()->error.code, cnnlab::core::ErrorCode::ConnectionLost);
    QVERIFY(window.controller()->lastResult()->position.step > 0); // as far as it got
    auto *banner = window.findChild<cnnlab::ui::MessageBanner *>();
    QVERIFY2(banner->text().contains(QStringLiteral("was lost")), qPrintable(banner->text()));
    // What arrived stays on the charts and is saved, marked as cut off.
    QVERIFY(trainingPoints(window) >= pointsBefore);
    const cnnlab::core::RunStore store;
    const auto savedAsCutOff = [&] {
        for (const auto &entry : store.list())
            if (entry.record && entry.record->result.error.code == cnnlab::core::ErrorCode::ConnectionLost
                && !entry.record->trainCurve.empty())
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(savedAsCutOff(), 30000);
    QVERIFY2(waitUntilGone(remote, 5000), "cnnlab-train --serve still running 5 s after the connection died");
    saveShot(window, "remote-lost.png");
}

void TestRemoteWindow::sweepRunsOneAfterAnotherOnTheMachine()
{
    MainWindow window;
    window.setConfig(smallConfig(1000, 1));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *devices = window.findChild<DeviceCombo *>(QStringLiteral("deviceCombo"));
    QVERIFY(choose(devices, QStringLiteral("lab-box"), QStringLiteral("auto")));
    const cnnlab::core::RunStore store;
    const std::size_t before = store.list().size();
    QString defaultTarget;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // It starts where the Device chooser points.
        defaultTarget = dialog->findChild<QComboBox *>(QStringLiteral("runOnCombo"))->currentText();
        dialog->findChild<QLineEdit *>(QStringLiteral("sweepRatesEdit"))
            ->setText(QStringLiteral("0.001, 0.002"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sweepBatchesEdit"))->setText(QStringLiteral("64"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sweepEpochsEdit"))->setText(QStringLiteral("1"));
        dialog->findChild<QCheckBox *>(QStringLiteral("sweepDropoutOn"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("sweepDropoutOff"))->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.findChild<QAction *>(QStringLiteral("sweepAction"))->trigger();
    QCOMPARE(defaultTarget, QStringLiteral("lab-box, one run after another"));
    QTRY_VERIFY_WITH_TIMEOUT(store.list().size() == before + 2, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), timeoutMs);
    int remote = 0;
    for (const auto &entry : store.list())
        if (entry.record && entry.record->config.batchSize == 64
            && entry.record->deviceName.rfind("lab-box: ", 0) == 0)
            ++remote;
    QCOMPARE(remote, 2);
}

QTEST_MAIN(TestRemoteWindow)
#include "tst_remotewindow.moc"
