// The one save-a-run policy (GUI and cnnlab-train): the checkpoint first,
// then run.json naming it; a checkpoint that fails costs only the model.
#include "cnnlab/core/runfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace cnnlab::core;

namespace {

// A trainer whose checkpoint is a few bytes, or a failure.
class FakeTrainer : public Trainer
{
public:
    bool model = true;
    bool failSave = false;
    RunResult run(const TrainingConfig &, TrainingObserver *, std::stop_token) override { return {}; }
    void pause() override { }
    void resume() override { }
    void stop() override { }
    [[nodiscard]] bool isPaused() const override { return false; }
    [[nodiscard]] bool isRunning() const override { return false; }
    void setLearningRate(double) override { }
    void setDropout(bool, double, double) override { }
    void setBatchSize(int) override { }
    [[nodiscard]] bool hasModel() const override { return model; }
    Error saveCheckpoint(const std::string &path) const override
    {
        if (failSave)
            return {ErrorCode::WriteFailed, path, "disk full"};
        std::ofstream(path, std::ios::binary) << "weights";
        return {};
    }
};

RunRecord sampleRecord()
{
    RunRecord record;
    record.name = "saved";
    record.checkpoint = "stale.pt"; // never kept: saveRunFiles says what it wrote
    return record;
}

} // namespace

class TestRunFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpointThenRecordNamingIt()
    {
        QTemporaryDir dir;
        FakeTrainer trainer;
        RunRecord record = sampleRecord();
        const RunFilesErrors errors = saveRunFiles(trainer, true, record, dir.path().toStdString());
        QVERIFY(!errors.checkpoint);
        QVERIFY(!errors.record);
        QCOMPARE(record.checkpoint, std::string(checkpointFileName));
        const std::filesystem::path root(dir.path().toStdString());
        QVERIFY(std::filesystem::exists(root / checkpointFileName));
        const Expected<RunRecord> read = readRunRecord((root / "run.json").string());
        QVERIFY(read.hasValue());
        QCOMPARE(read->checkpoint, std::string(checkpointFileName));
        QCOMPARE(read->name, std::string("saved"));
    }

    void failedCheckpointStillSavesTheFigures()
    {
        QTemporaryDir dir;
        FakeTrainer trainer;
        trainer.failSave = true;
        RunRecord record = sampleRecord();
        const RunFilesErrors errors = saveRunFiles(trainer, true, record, dir.path().toStdString());
        QCOMPARE(errors.checkpoint.code, ErrorCode::WriteFailed);
        QVERIFY(!errors.record);
        const Expected<RunRecord> read
            = readRunRecord(dir.filePath(QStringLiteral("run.json")).toStdString());
        QVERIFY(read.hasValue());
        QVERIFY(read->checkpoint.empty()); // never names a file that is not there
    }

    void withoutCheckpointWritesTheRecordAlone()
    {
        QTemporaryDir dir;
        FakeTrainer trainer;
        for (const bool withCheckpoint : {false, true}) {
            trainer.model = withCheckpoint ? false : true; // asked not to, or nothing to save
            RunRecord record = sampleRecord();
            const RunFilesErrors errors
                = saveRunFiles(trainer, withCheckpoint, record, dir.path().toStdString());
            QVERIFY(!errors.checkpoint && !errors.record);
            QVERIFY(record.checkpoint.empty());
            QVERIFY(!QFileInfo::exists(dir.filePath(QString::fromLatin1(checkpointFileName))));
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("run.json"))));
        }
    }

    void unwritableFolderIsAnError()
    {
        FakeTrainer trainer;
        RunRecord record = sampleRecord();
        const RunFilesErrors errors = saveRunFiles(trainer, true, record, "/nonexistent/cnnlab/run");
        QVERIFY(errors.checkpoint || errors.record);
        QVERIFY(errors.record);
    }
};

QTEST_APPLESS_MAIN(TestRunFiles)
#include "tst_runfiles.moc"
