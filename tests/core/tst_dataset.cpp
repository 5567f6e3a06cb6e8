// The real data sets as installed on this machine (MNIST by scripts/fetch-mnist,
// Fashion-MNIST by Debian's dataset-fashion-mnist) and the search path that finds them.
#include "cnnlab/core/dataset.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace cnnlab::core;

namespace {

const std::array<const char *, 4> kFileNames = {
    "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
const char *const kDebianFashionDir = "/usr/share/datasets/fashion-mnist";
const char *const kEnvVars[] = {"CNNLAB_DATA_DIR", "XDG_DATA_HOME", "XDG_DATA_DIRS", "HOME"};

std::string userMnistDir()
{
    const QByteArray xdg = qgetenv("XDG_DATA_HOME");
    const QString root = xdg.startsWith('/') ? QString::fromLocal8Bit(xdg)
                                             : QDir::homePath() + QStringLiteral("/.local/share");
    return QString(root + QStringLiteral("/cnnlab/datasets/mnist")).toStdString();
}

std::vector<int> histogram(const std::vector<std::uint8_t> &labels)
{
    std::vector<int> counts(10, 0);
    for (const std::uint8_t label : labels)
        ++counts.at(label);
    return counts;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_mnistDir; // where the real MNIST was found, with the environment as given
    std::vector<std::pair<const char *, std::optional<QByteArray>>> m_savedEnv;

    // Links the real MNIST files into `dir` (cheap, no 55 MB copy).
    void linkMnistInto(const QString &dir)
    {
        QVERIFY(QDir().mkpath(dir));
        for (const char *name : kFileNames) {
            const QString source = QString::fromStdString(m_mnistDir) + u'/' + QLatin1String(name);
            QVERIFY2(QFile::link(source, dir + u'/' + QLatin1String(name)), name);
        }
    }

    void pointXdgAtEmptyDirs()
    {
        qunsetenv("CNNLAB_DATA_DIR");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("empty-home")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("empty-dirs")).toLocal8Bit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : kEnvVars)
            m_savedEnv.push_back(
                {name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt});
        m_mnistDir = userMnistDir();
    }

    // Every test starts from the environment the suite was started with.
    void cleanup()
    {
        for (const auto &[name, value] : std::as_const(m_savedEnv)) {
            if (value)
                qputenv(name, *value);
            else
                qunsetenv(name);
        }
    }

    void mnistIsInstalledAndLoads()
    {
        qunsetenv("CNNLAB_DATA_DIR");
        const auto dataset = loadDataset(DatasetKind::Mnist);
        if (!dataset.hasValue())
            QFAIL(qPrintable(QStringLiteral("MNIST not found; install it with scripts/fetch-mnist\n")
                + QString::fromStdString(describe(dataset.error()))));
        QCOMPARE(dataset->kind, DatasetKind::Mnist);
        QCOMPARE(dataset->trainImages.count, 60000);
        QCOMPARE(dataset->trainLabels.count, 60000);
        QCOMPARE(dataset->testImages.count, 10000);
        QCOMPARE(dataset->testLabels.count, 10000);
        QCOMPARE(dataset->trainImages.rows, 28);
        QCOMPARE(dataset->trainImages.cols, 28);
        QCOMPARE(dataset->trainImages.pixels.size(), std::size_t(60000) * 784);
        QCOMPARE(dataset->testImages.pixels.size(), std::size_t(10000) * 784);
        QCOMPARE(int(dataset->trainLabels.labels.front()), 5);
        QCOMPARE(int(dataset->testLabels.labels.front()), 7);
        QCOMPARE(
            int(*std::max_element(dataset->trainImages.pixels.begin(), dataset->trainImages.pixels.end())),
            255);
        QCOMPARE(int(*std::max_element(dataset->testImages.pixels.begin(), dataset->testImages.pixels.end())),
            255);
        // The well-known class balance of the MNIST training set.
        QCOMPARE(histogram(dataset->trainLabels.labels),
            (std::vector<int> {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}));
        QCOMPARE(dataset->classNames,
            (std::vector<std::string> {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
        m_mnistDir = dataset->directory;
    }

    void fashionMnistLoadsFromDebian()
    {
        if (!QFileInfo::exists(QLatin1String(kDebianFashionDir)))
            QFAIL("Fashion-MNIST is not installed in /usr/share/datasets/fashion-mnist; "
                  "install it with: apt-get install dataset-fashion-mnist");
        pointXdgAtEmptyDirs();
        const auto dataset = loadDataset(DatasetKind::FashionMnist);
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, std::string(kDebianFashionDir));
        QCOMPARE(dataset->kind, DatasetKind::FashionMnist);
        QCOMPARE(dataset->trainImages.count, 60000);
        QCOMPARE(dataset->testImages.count, 10000);
        QCOMPARE(int(dataset->trainLabels.labels.front()), 9); // an ankle boot
        QCOMPARE(int(dataset->testLabels.labels.front()), 9);
        QCOMPARE(histogram(dataset->trainLabels.labels), std::vector<int>(10, 6000));
        QCOMPARE(dataset->classNames.size(), std::size_t(10));
        QCOMPARE(dataset->classNames, classNames(DatasetKind::FashionMnist));
        QCOMPARE(dataset->classNames.front(), std::string("T-shirt/top"));
        QCOMPARE(dataset->classNames.back(), std::string("Ankle boot"));
    }

    void missingDatasetNamesTheInstallCommand()
    {
        if (QFileInfo::exists(QStringLiteral("/usr/share/datasets/mnist")))
            QSKIP("/usr/share/datasets/mnist exists on this machine, so MNIST cannot be missing");
        pointXdgAtEmptyDirs();
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const auto dataset = loadDataset(DatasetKind::Mnist, empty.toStdString());
        QVERIFY(!dataset.hasValue());
        QCOMPARE(dataset.error().code, ErrorCode::DatasetMissing);
        QCOMPARE(dataset.error().path, empty.toStdString());
        const std::string &detail = dataset.error().detail;
        QVERIFY2(detail.find("scripts/fetch-mnist") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find(installHint(DatasetKind::Mnist)) != std::string::npos, detail.c_str());
        // Every searched directory is listed.
        for (const std::string &dir : datasetSearchPath(DatasetKind::Mnist, empty.toStdString()))
            QVERIFY2(detail.find(dir) != std::string::npos, (dir + " not in: " + detail).c_str());
    }

    void installHints()
    {
        QCOMPARE(installHint(DatasetKind::Mnist), std::string("scripts/fetch-mnist"));
        QCOMPARE(
            installHint(DatasetKind::FashionMnist), std::string("apt-get install dataset-fashion-mnist"));
        QVERIFY(QFileInfo(QStringLiteral(CNNLAB_SOURCE_DIR "/scripts/fetch-mnist")).isExecutable());
    }

    void searchPathOrder()
    {
        qputenv("CNNLAB_DATA_DIR", "/env/data");
        qputenv("XDG_DATA_HOME", "/xdg/home");
        qputenv("XDG_DATA_DIRS", "/xdg/a:relative/ignored::/xdg/b/");
        QCOMPARE(datasetSearchPath(DatasetKind::Mnist, "/explicit"),
            (std::vector<std::string> {"/explicit", "/explicit/mnist", "/env/data", "/env/data/mnist",
                "/xdg/home/cnnlab/datasets/mnist", "/xdg/a/cnnlab/datasets/mnist",
                "/xdg/b/cnnlab/datasets/mnist", "/usr/share/datasets/mnist"}));
        QCOMPARE(datasetSearchPath(DatasetKind::FashionMnist).back(),
            std::string("/usr/share/datasets/fashion-mnist"));
    }

    void searchPathDefaults()
    {
        qunsetenv("CNNLAB_DATA_DIR");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_DATA_DIRS");
        qputenv("HOME", "/home/someone");
        QCOMPARE(datasetSearchPath(DatasetKind::FashionMnist),
            (std::vector<std::string> {"/home/someone/.local/share/cnnlab/datasets/fashion-mnist",
                "/usr/local/share/cnnlab/datasets/fashion-mnist", "/usr/share/cnnlab/datasets/fashion-mnist",
                "/usr/share/datasets/fashion-mnist"}));
        // A relative XDG_DATA_HOME is invalid (XDG spec) and falls back to the default.
        qputenv("XDG_DATA_HOME", "relative/share");
        QCOMPARE(datasetSearchPath(DatasetKind::Mnist).front(),
            std::string("/home/someone/.local/share/cnnlab/datasets/mnist"));
    }

    void loadHonoursCnnlabDataDir()
    {
        if (m_mnistDir.empty() || !QFileInfo::exists(QString::fromStdString(m_mnistDir)))
            QFAIL("MNIST not found; install it with scripts/fetch-mnist");
        pointXdgAtEmptyDirs();
        // A parent directory holding mnist/ ...
        const QString parent = m_dir.filePath(QStringLiteral("env-parent"));
        linkMnistInto(parent + QStringLiteral("/mnist"));
        qputenv("CNNLAB_DATA_DIR", parent.toLocal8Bit());
        auto dataset = loadDataset(DatasetKind::Mnist);
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, QString(parent + QStringLiteral("/mnist")).toStdString());
        QCOMPARE(dataset->trainImages.count, 60000);

        // ... or the files themselves.
        const QString direct = m_dir.filePath(QStringLiteral("env-direct"));
        linkMnistInto(direct);
        qputenv("CNNLAB_DATA_DIR", direct.toLocal8Bit());
        dataset = loadDataset(DatasetKind::Mnist);
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, direct.toStdString());
    }

    void loadHonoursXdgDataHome()
    {
        if (m_mnistDir.empty() || !QFileInfo::exists(QString::fromStdString(m_mnistDir)))
            QFAIL("MNIST not found; install it with scripts/fetch-mnist");
        pointXdgAtEmptyDirs();
        const QString home = m_dir.filePath(QStringLiteral("xdg-home"));
        linkMnistInto(home + QStringLiteral("/cnnlab/datasets/mnist"));
        qputenv("XDG_DATA_HOME", home.toLocal8Bit());
        const auto dataset = loadDataset(DatasetKind::Mnist);
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, QString(home + QStringLiteral("/cnnlab/datasets/mnist")).toStdString());
        QCOMPARE(int(dataset->testLabels.labels.front()), 7);
    }

    void explicitDirWinsOverEnvironment()
    {
        if (m_mnistDir.empty() || !QFileInfo::exists(QString::fromStdString(m_mnistDir)))
            QFAIL("MNIST not found; install it with scripts/fetch-mnist");
        pointXdgAtEmptyDirs();
        const QString fromEnv = m_dir.filePath(QStringLiteral("win-env"));
        const QString fromFlag = m_dir.filePath(QStringLiteral("win-flag"));
        linkMnistInto(fromEnv);
        linkMnistInto(fromFlag);
        qputenv("CNNLAB_DATA_DIR", fromEnv.toLocal8Bit());
        const auto dataset = loadDataset(DatasetKind::Mnist, fromFlag.toStdString());
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, fromFlag.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
