// Run records and run folders handed over by someone else: every field that
// names a file stays inside the run folder, links are never followed, absurd
// shapes are rejected quickly with a reason, and a record reads back as it was
// written (saving twice changes nothing).
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <string>

using namespace cnnlab::core;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

RunRecord smallRecord()
{
    RunRecord r;
    r.name = "hostile";
    r.createdAt = "2026-12-01T10:00:00Z";
    r.deviceName = "CPU";
    r.result.status = RunStatus::Completed;
    r.versions = {{"libtorch", "1.13.1"}};
    return r;
}

// The record's JSON with `member` (a `"key": value` pair) added at the top.
std::string withMember(const RunRecord &record, const std::string &member)
{
    std::string json = toJson(record, -1);
    return "{" + member + "," + json.substr(1);
}

bool writeFile(const QString &path, const std::string &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(contents.data(), qint64(contents.size())) == qint64(contents.size());
}

} // namespace

class TestHostileRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpointOutsideFolderIsRejected_data();
    void checkpointOutsideFolderIsRejected();
    void plainFileNames();
    void storeNeverFollowsLinks();
    void manyKeysParseInLinearTime();
    void tooManyVersionsIsDamaged();
    void deepNestingIsNoCrash();
    void hugeFileIsNotRead();
    void wrongTypesEverywhere();
    void unknownErrorCodeIsStable_data();
    void unknownErrorCodeIsStable();
    void nulInVersionKeyKeepsItsValue();
};

void TestHostileRecords::checkpointOutsideFolderIsRejected_data()
{
    QTest::addColumn<QString>("checkpoint");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("parent") << QStringLiteral("../other/checkpoint.pt");
    QTest::newRow("subfolder") << QStringLiteral("sub/checkpoint.pt");
    QTest::newRow("dot-dot") << QStringLiteral("..");
    QTest::newRow("dot") << QStringLiteral(".");
}

void TestHostileRecords::checkpointOutsideFolderIsRejected()
{
    QFETCH(QString, checkpoint);
    RunRecord record = smallRecord();
    record.checkpoint = checkpoint.toStdString();
    const auto read = runRecordFromJson(toJson(record));
    QVERIFY(!read.hasValue());
    QVERIFY2(qs(read.error().detail)
                 .contains(QStringLiteral("checkpoint: expected a file name inside the run folder")),
        read.error().detail.c_str());

    // In a store: listed as damaged, with the reason, and no checkpoint.
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("copied")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("copied/run.json")), toJson(record)));
    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(1));
    QVERIFY(entries[0].damaged);
    QVERIFY(!entries[0].hasCheckpoint);
    QVERIFY(qs(entries[0].error.detail).contains(QStringLiteral("checkpoint")));
}

void TestHostileRecords::plainFileNames()
{
    QVERIFY(isPlainFileName("checkpoint.pt"));
    QVERIFY(isPlainFileName("model 2.pt"));
    QVERIFY(!isPlainFileName(""));
    QVERIFY(!isPlainFileName("a/b"));
    QVERIFY(!isPlainFileName(std::string("a\0b", 3)));
    QVERIFY(!isPlainFileName(std::string(300, 'x')));
}

void TestHostileRecords::storeNeverFollowsLinks()
{
    namespace fs = std::filesystem;
    QTemporaryDir outside;
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    const std::string elsewhere = outside.filePath(QStringLiteral("run.json")).toStdString();
    RunRecord record = smallRecord();
    record.checkpoint = "checkpoint.pt";
    QVERIFY(!writeRunRecord(record, elsewhere));
    QVERIFY(writeFile(outside.filePath(QStringLiteral("checkpoint.pt")), "not a model"));
    const fs::path root = dir.path().toStdString();

    // A run folder whose checkpoint is a link out of it: listed, without a checkpoint.
    fs::create_directory(root / "linked-checkpoint");
    QVERIFY(!writeRunRecord(record, (root / "linked-checkpoint" / "run.json").string()));
    fs::create_symlink(outside.filePath(QStringLiteral("checkpoint.pt")).toStdString(),
        root / "linked-checkpoint" / "checkpoint.pt");
    // A run folder whose record is a link, and a run folder that is a link.
    fs::create_directory(root / "linked-record");
    fs::create_symlink(elsewhere, root / "linked-record" / "run.json");
    fs::create_symlink(outside.path().toStdString(), root / "linked-folder");

    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(3));
    for (const RunStore::Entry &entry : entries) {
        QVERIFY2(!entry.hasCheckpoint, entry.id.c_str());
        if (entry.id == "linked-checkpoint") {
            QVERIFY(!entry.damaged);
        } else {
            QVERIFY2(entry.damaged, entry.id.c_str());
            QVERIFY(!entry.record);
            QVERIFY2(
                qs(entry.error.detail).contains(QStringLiteral("symbolic link")), entry.error.detail.c_str());
        }
    }
}

void TestHostileRecords::manyKeysParseInLinearTime()
{
    // 300,000 keys in one object: ordered_json's linear key search made this
    // minutes long (110,000 took 17-21 s); the test's CTest timeout catches that.
    std::string extra = "\"extra\":{";
    for (int i = 0; i < 300000; ++i)
        extra += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    extra += "}";
    const auto read = runRecordFromJson(withMember(smallRecord(), extra));
    QVERIFY2(read.hasValue(), read.hasValue() ? "" : read.error().detail.c_str());
    QCOMPARE(qs(read.value().name), QStringLiteral("hostile"));
}

void TestHostileRecords::tooManyVersionsIsDamaged()
{
    RunRecord record = smallRecord();
    record.versions.clear();
    for (int i = 0; i < 1000; ++i)
        record.versions.emplace_back("lib" + std::to_string(1000 + i), "1");
    const auto read = runRecordFromJson(toJson(record, -1));
    QVERIFY(!read.hasValue());
    QVERIFY2(qs(read.error().detail).contains(QStringLiteral("versions: expected at most")),
        read.error().detail.c_str());
}

void TestHostileRecords::deepNestingIsNoCrash()
{
    // 200,000 nested arrays: a recursive parser or destructor would overflow the stack.
    const std::string deep = "\"extra\":" + std::string(200000, '[') + std::string(200000, ']');
    const auto read = runRecordFromJson(withMember(smallRecord(), deep));
    QVERIFY2(read.hasValue(), read.hasValue() ? "" : read.error().detail.c_str());
    const std::string unclosed = "{\"version\":" + std::string(200000, '{');
    QVERIFY(!runRecordFromJson(unclosed).hasValue());
}

void TestHostileRecords::hugeFileIsNotRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(300) << 20)); // sparse: no disk used
    file.close();
    const auto read = readRunRecord(path.toStdString());
    QVERIFY(!read.hasValue());
    QVERIFY2(qs(read.error().detail).contains(QStringLiteral("expected at most 256 MiB")),
        read.error().detail.c_str());
}

void TestHostileRecords::wrongTypesEverywhere()
{
    // Every member of the record, in turn, replaced by a value of each other
    // JSON type: read as damaged with a reason, or (for optional extras) read.
    const std::string valid = toJson(smallRecord(), -1);
    const char *wrong[] = {"null", "true", "-1", "1e308", "\"text\"", "[]", "{}", "[{}]"};
    std::size_t at = 0;
    int damaged = 0;
    while ((at = valid.find("\":", at)) != std::string::npos) {
        at += 2;
        const std::size_t end = valid.find_first_of(",}", at);
        const std::string original = valid.substr(at, end - at);
        if (original.find_first_of("{[") != std::string::npos)
            continue; // an object or array member: its own members are visited
        for (const char *value : wrong) {
            std::string json = valid;
            json.replace(at, end - at, value);
            const auto read = runRecordFromJson(json);
            if (!read) {
                QVERIFY(!read.error().detail.empty());
                ++damaged;
            }
        }
    }
    QVERIFY(damaged > 50);
}

void TestHostileRecords::unknownErrorCodeIsStable_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("negative") << -3;
    QTest::newRow("zero") << 0;
    QTest::newRow("past the last") << 999;
}

void TestHostileRecords::unknownErrorCodeIsStable()
{
    QFETCH(int, code);
    RunRecord record = smallRecord();
    record.result.status = RunStatus::Failed;
    record.result.error.code = ErrorCode::Internal;
    std::string json = toJson(record, -1);
    const std::string named
        = "\"code\":" + std::to_string(static_cast<int>(ErrorCode::Internal)) + ",\"name\":\"internal\"";
    const auto at = json.find(named);
    QVERIFY(at != std::string::npos);
    json.replace(at, named.size(), "\"code\":" + std::to_string(code));

    const auto first = runRecordFromJson(json);
    QVERIFY2(first.hasValue(), first.hasValue() ? "" : first.error().detail.c_str());
    QCOMPARE(first.value().result.error.code, ErrorCode::Internal);
    // Saved twice (a rename does this): the same record both times.
    const std::string once = toJson(first.value());
    const auto second = runRecordFromJson(once);
    QVERIFY(second.hasValue());
    QCOMPARE(second.value().result.error.code, first.value().result.error.code);
    QCOMPARE(qs(toJson(second.value())), qs(once));
}

void TestHostileRecords::nulInVersionKeyKeepsItsValue()
{
    RunRecord record = smallRecord();
    record.versions = {{"lib", "short"}, {std::string("lib\0torch", 9), "with-nul"}};
    const auto read = runRecordFromJson(toJson(record));
    QVERIFY2(read.hasValue(), read.hasValue() ? "" : read.error().detail.c_str());
    QVERIFY(read.value().versions == record.versions);
}

QTEST_GUILESS_MAIN(TestHostileRecords)
#include "tst_hostilerecords.moc"
