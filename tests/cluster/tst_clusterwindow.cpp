// The window sends "Reproduce the Lab" to a Slurm cluster through ssh to its
// login node: a real sshd (tests/remote/sshdfixture.h) in front of a real
// single-node Slurm (slurmfixture.h). The Cluster dock shows the array's
// tasks, and each finished run lands in the local run history.
// CNNLAB_SHOT_DIR=DIR saves what the window showed.
#include "../remote/sshdfixture.h"
#include "slurmfixture.h"

#include "cluster/clusterpanel.h"
#include "common/settings.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <csignal>
#include <optional>

#ifndef CNNLAB_TRAIN_EXE
#error "CNNLAB_TRAIN_EXE must name the cnnlab-train binary"
#endif

using cnnlab::ui::MainWindow;

class TestClusterWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dataHome;
    QTemporaryDir m_shared; // "the cluster's shared folder"
    std::optional<SlurmFixture> m_slurm;
    std::optional<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void labRunsOnTheClusterAndComesBack();
};

void TestClusterWindow::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    const auto mnist = cnnlab::core::findDataset(cnnlab::core::DatasetKind::Mnist);
    if (!mnist)
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    qputenv("CNNLAB_DATA_DIR", QByteArray::fromStdString(*mnist));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    m_slurm.emplace();
    const QString slurm = m_slurm->start();
    if (slurm.startsWith(QStringLiteral("needs root")))
        QSKIP(qPrintable(slurm));
    QVERIFY2(slurm.isEmpty(), qPrintable(slurm));
    // The login node: ssh sessions see the cluster's SLURM_CONF, as on a real one.
    m_sshd.emplace(
        QString::fromStdString(*mnist), QStringList {QStringLiteral("SLURM_CONF=") + m_slurm->configPath()});
    const QString ssh = m_sshd->start();
    QVERIFY2(ssh.isEmpty(), qPrintable(ssh));
    qputenv("CNNLAB_SSH", m_sshd->sshCommand().toUtf8());
    cnnlab::ui::Settings settings;
    settings.setRemoteMachines({{QStringLiteral("cluster"), QLatin1String(SshdFixture::alias),
        QStringLiteral(CNNLAB_TRAIN_EXE), 0.0}});
    settings.sync();
}

void TestClusterWindow::cleanupTestCase()
{
    m_sshd.reset();
    m_slurm.reset();
    QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
}

void TestClusterWindow::labRunsOnTheClusterAndComesBack()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool filled = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QSpinBox *>(QStringLiteral("labSeedsSpin"))->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("labEpochsSpin"))->setValue(1);
        auto *subset = dialog->findChild<QComboBox *>(QStringLiteral("labSubsetCombo"));
        subset->setCurrentIndex(subset->findData(10000));
        auto *where = dialog->findChild<QComboBox *>(QStringLiteral("runOnCombo"));
        where->setCurrentIndex(where->findText(QStringLiteral("Slurm cluster through cluster")));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        filled = !ok->isEnabled(); // no shared folder yet: refused
        dialog->findChild<QLineEdit *>(QStringLiteral("slurmFolderEdit"))
            ->setText(m_shared.filePath(QStringLiteral("lab")));
        filled = filled && ok->isEnabled();
        const QByteArray shots = qgetenv("CNNLAB_SHOT_DIR");
        if (!shots.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/cluster-lab-dialog.png"));
        ok->click();
    });
    window.findChild<QAction *>(QStringLiteral("reproduceLabAction"))->trigger();
    QVERIFY2(filled, "the Lab dialog did not take a cluster target as a person would set it");

    // In the Queue dock, below the local queue.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("queueDock"));
    QVERIFY(dock && dock->isVisible());
    auto *view = dock->findChild<cnnlab::ui::ClusterPanel *>(QStringLiteral("clusterPanel"));
    QVERIFY(view && view->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(view->summary().startsWith(QStringLiteral("Slurm job")), 60000);
    const cnnlab::core::RunStore store;
    QTRY_VERIFY_WITH_TIMEOUT(store.list().size() == 4, 400000);
    QTRY_VERIFY_WITH_TIMEOUT(view->list()->topLevelItemCount() == 4, 30000);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(view->list()->topLevelItem(i)->text(1), QStringLiteral("Finished"));
    QVERIFY(view->summary().contains(QStringLiteral("4 of 4 tasks ended, 4 runs in the history")));
    // The comparison opened with the first run back and now holds all four.
    auto *comparison = window.findChild<QDialog *>(QStringLiteral("comparisonDialog"));
    QVERIFY(comparison && comparison->isVisible());
    auto *table = comparison->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    QVERIFY(table);
    QVERIFY2(table->rowCount() >= 4, qPrintable(QString::number(table->rowCount())));
    const QByteArray shots = qgetenv("CNNLAB_SHOT_DIR");
    if (!shots.isEmpty()) {
        dock->raise();
        QTest::qWait(300);
        window.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/cluster-lab.png"));
    }
    QVERIFY(m_slurm->waitUntilIdle(120000)); // the collection job too
    QVERIFY(QFile::exists(m_shared.filePath(QStringLiteral("lab/comparison.md"))));
}

QTEST_MAIN(TestClusterWindow)
#include "tst_clusterwindow.moc"
