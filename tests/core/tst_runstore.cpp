// The run store: save, list, rename, delete into the trash and back; damaged
// records are listed with the reason and never touched.
#include "cnnlab/core/runstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace cnnlab::core;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

RunRecord record(const std::string &name, const std::string &createdAt)
{
    RunRecord r;
    r.name = name;
    r.group = "lab-baseline";
    r.createdAt = createdAt;
    r.deviceName = "CPU";
    EpochMetrics m;
    m.position.epochPosition = 1.0;
    m.fullValidation = true;
    m.valAccuracy = 0.98;
    r.history.push_back(m);
    r.result.status = RunStatus::Completed;
    r.result.valAccuracy = 0.98;
    return r;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRoot();
    void emptyStore();
    void saveAndList();
    void createRunDirectoryIsUnique();
    void renameRewritesRecord();
    void removeAndRestore();
    void damagedRecordsAreListedAndKept();
    void listReusesUnchangedEntries();
};

void TestRunStore::defaultRoot()
{
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("XDG_DATA_HOME", "/data/xdg");
    QCOMPARE(qs(RunStore::defaultRoot()), QStringLiteral("/data/xdg/cnnlab/runs"));
    qputenv("XDG_DATA_HOME", "relative/ignored"); // the XDG spec: relative paths are invalid
    qputenv("HOME", "/home/teacher");
    QCOMPARE(qs(RunStore::defaultRoot()), QStringLiteral("/home/teacher/.local/share/cnnlab/runs"));
    qunsetenv("XDG_DATA_HOME");
    QCOMPARE(qs(RunStore::defaultRoot()), QStringLiteral("/home/teacher/.local/share/cnnlab/runs"));
    QCOMPARE(qs(RunStore().root()), QStringLiteral("/home/teacher/.local/share/cnnlab/runs"));
    if (oldXdg.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldXdg);
    qputenv("HOME", oldHome);
}

void TestRunStore::emptyStore()
{
    QTemporaryDir dir;
    const RunStore store(dir.filePath(QStringLiteral("not-yet")).toStdString());
    QVERIFY(store.list().empty()); // no folder yet: nothing, no error
    QVERIFY(!store.find("anything"));
    QCOMPARE(store.rename("anything", "x").code, ErrorCode::FileNotFound);
    QCOMPARE(store.remove("anything").code, ErrorCode::FileNotFound);
    QCOMPARE(store.restore("anything").code, ErrorCode::FileNotFound);
    // Ids never reach outside the store.
    QVERIFY(!store.find(".."));
    QVERIFY(!store.find(".trash"));
    QCOMPARE(store.remove("../x").code, ErrorCode::FileNotFound);
}

void TestRunStore::saveAndList()
{
    QTemporaryDir dir;
    const RunStore store(dir.filePath(QStringLiteral("runs")).toStdString());
    const auto second = store.save(record("Lab baseline / seed 2", "2026-12-01T10:00:05Z"));
    QVERIFY2(second.hasValue(), describe(second.error()).c_str());
    const auto first = store.save(record("first", "2026-12-01T10:00:00Z"));
    QVERIFY(first.hasValue());

    // The folder: <yyyymmdd-hhmmss>-<slug>, with run.json and metrics.csv.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}-lab-baseline-seed-2$"))
                 .match(qs(*second))
                 .hasMatch(),
        qPrintable(qs(*second)));
    const QString folder = dir.filePath(QStringLiteral("runs/")) + qs(*second);
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
        (QStringList {QStringLiteral("metrics.csv"), QStringLiteral("run.json")}));

    // A folder without run.json (a run being written) is not listed.
    QVERIFY(QDir(dir.filePath(QStringLiteral("runs"))).mkdir(QStringLiteral("in-progress")));

    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(2));
    // Oldest first, by the record's creation time (not the folder name).
    QCOMPARE(qs(entries[0].id), qs(*first));
    QCOMPARE(qs(entries[1].id), qs(*second));
    QVERIFY(!entries[1].damaged);
    QVERIFY(entries[1].record);
    QCOMPARE(qs(entries[1].record->name), QStringLiteral("Lab baseline / seed 2"));
    QCOMPARE(qs(entries[1].record->group), QStringLiteral("lab-baseline"));
    QCOMPARE(qs(entries[1].directory), folder);
    QCOMPARE(qs(entries[1].recordPath), folder + QStringLiteral("/run.json"));
    QVERIFY(!entries[1].hasCheckpoint);

    QVERIFY(writeFile(folder + QStringLiteral("/checkpoint.pt"), "weights"));
    const auto found = store.find(*second);
    QVERIFY(found);
    QVERIFY(found->hasCheckpoint);
    QCOMPARE(found->record->result.valAccuracy, 0.98);
}

void TestRunStore::createRunDirectoryIsUnique()
{
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto id = store.createRunDirectory("same name");
        QVERIFY(id.hasValue());
        QVERIFY(QFileInfo(dir.filePath(qs(*id))).isDir());
        ids << qs(*id);
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
    const auto odd = store.createRunDirectory("  ...Ünïcode: 1/2 ");
    QVERIFY(odd.hasValue());
    QVERIFY2(qs(*odd).endsWith(QStringLiteral("-n-code-1-2")), qPrintable(qs(*odd)));
    const auto empty = store.createRunDirectory("");
    QVERIFY(empty.hasValue());
    QVERIFY(qs(*empty).endsWith(QStringLiteral("-run")));

    // A store that cannot be created is an error, not a crash.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "x"));
    const RunStore blocked(dir.filePath(QStringLiteral("file/runs")).toStdString());
    const auto failed = blocked.createRunDirectory("x");
    QVERIFY(!failed.hasValue());
    QCOMPARE(failed.error().code, ErrorCode::WriteFailed);
}

void TestRunStore::renameRewritesRecord()
{
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    const auto id = store.save(record("old", "2026-12-01T10:00:00Z"));
    QVERIFY(id.hasValue());
    const Error error = store.rename(*id, "new name");
    QVERIFY2(!error, describe(error).c_str());
    const auto entry = store.find(*id); // the id stays: only the record changes
    QVERIFY(entry);
    QCOMPARE(qs(entry->record->name), QStringLiteral("new name"));
    QCOMPARE(qs(entry->record->group), QStringLiteral("lab-baseline"));
    QCOMPARE(QDir(dir.filePath(qs(*id))).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList {QStringLiteral("metrics.csv"), QStringLiteral("run.json")})); // no temp left
}

void TestRunStore::removeAndRestore()
{
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    const auto keep = store.save(record("keep", "2026-12-01T10:00:00Z"));
    const auto drop = store.save(record("drop", "2026-12-01T11:00:00Z"));
    QVERIFY(keep.hasValue() && drop.hasValue());

    QVERIFY(!store.remove(*drop));
    QCOMPARE(store.list().size(), std::size_t(1));
    QVERIFY(!store.find(*drop));
    QVERIFY(
        QFileInfo::exists(dir.filePath(QStringLiteral(".trash/") + qs(*drop) + QStringLiteral("/run.json"))));
    QCOMPARE(store.remove(*drop).code, ErrorCode::FileNotFound); // already gone

    QVERIFY(!store.restore(*drop));
    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(qs(entries[1].record->name), QStringLiteral("drop"));
    QCOMPARE(store.restore(*drop).code, ErrorCode::FileNotFound); // nothing left in the trash

    // Purging empties the trash only.
    QVERIFY(!store.remove(*keep));
    QVERIFY(!store.purgeTrash());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".trash"))));
    QCOMPARE(store.restore(*keep).code, ErrorCode::FileNotFound);
    QCOMPARE(store.list().size(), std::size_t(1));
}

void TestRunStore::listReusesUnchangedEntries()
{
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    const auto a = store.save(record("a", "2026-12-01T10:00:00Z"));
    const auto b = store.save(record("b", "2026-12-01T11:00:00Z"));
    QVERIFY(a.hasValue() && b.hasValue());
    std::vector<RunStore::Entry> previous = store.list();
    QCOMPARE(previous.size(), std::size_t(2));
    // Marked in memory only: a reused entry keeps the mark, a re-read one loses it.
    for (RunStore::Entry &entry : previous)
        entry.record->group = "marked";
    QTest::qWait(20); // a new modification time for the rename below
    QVERIFY(!store.rename(*b, "b renamed"));
    const auto c = store.save(record("c", "2026-12-01T12:00:00Z"));
    QVERIFY(c.hasValue());

    const std::vector<RunStore::Entry> listed = store.list(previous);
    QCOMPARE(listed.size(), std::size_t(3));
    for (const RunStore::Entry &entry : listed) {
        QVERIFY(entry.record);
        if (entry.id == *a) {
            QCOMPARE(qs(entry.record->group), QStringLiteral("marked")); // unchanged: not read again
        } else if (entry.id == *b) {
            QCOMPARE(qs(entry.record->name), QStringLiteral("b renamed")); // changed: read again
            QCOMPARE(qs(entry.record->group), QStringLiteral("lab-baseline"));
        } else {
            QCOMPARE(entry.id, *c);
        }
    }
    // A removed run is gone from the listing even though `previous` had it.
    QVERIFY(!store.remove(*a));
    QCOMPARE(store.list(listed).size(), std::size_t(2));
}

void TestRunStore::damagedRecordsAreListedAndKept()
{
    QTemporaryDir dir;
    const RunStore store(dir.path().toStdString());
    const auto good = store.save(record("good", "2026-12-01T10:00:00Z"));
    QVERIFY(good.hasValue());
    const QByteArray valid = readFile(dir.filePath(qs(*good) + QStringLiteral("/run.json")));
    QVERIFY(!valid.isEmpty());

    QJsonObject wrongType = QJsonDocument::fromJson(valid).object();
    QJsonObject config = wrongType.value(QStringLiteral("config")).toObject();
    config.insert(QStringLiteral("epochs"), QStringLiteral("ten"));
    wrongType.insert(QStringLiteral("config"), config);
    QJsonObject newer = QJsonDocument::fromJson(valid).object();
    newer.insert(QStringLiteral("version"), 99);

    const struct {
        const char *id;
        QByteArray contents;
        const char *reason;
    } damaged[] = {
        {"truncated", valid.left(valid.size() / 2), "malformed JSON"},
        {"wrong-type", QJsonDocument(wrongType).toJson(), "config.epochs: expected number"},
        {"newer-version", QJsonDocument(newer).toJson(), "unknown version 99"},
    };
    for (const auto &d : damaged) {
        QVERIFY(QDir(dir.path()).mkdir(QLatin1String(d.id)));
        QVERIFY(writeFile(dir.filePath(QLatin1String(d.id) + QStringLiteral("/run.json")), d.contents));
    }

    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(4));
    int seen = 0;
    for (const RunStore::Entry &entry : entries) {
        for (const auto &d : damaged) {
            if (entry.id != d.id)
                continue;
            ++seen;
            QVERIFY2(entry.damaged, d.id);
            QVERIFY(!entry.record);
            QCOMPARE(entry.error.code, ErrorCode::FileUnreadable);
            QVERIFY2(qs(entry.error.detail).contains(QLatin1String(d.reason)), entry.error.detail.c_str());
            QCOMPARE(qs(entry.error.path), dir.filePath(QLatin1String(d.id) + QStringLiteral("/run.json")));
        }
    }
    QCOMPARE(seen, 3);

    // Renaming a damaged record would overwrite what is left of it: refused.
    QCOMPARE(store.rename("wrong-type", "x").code, ErrorCode::FileUnreadable);
    // Listing and the refused rename left every byte in place.
    for (const auto &d : damaged)
        QCOMPARE(readFile(dir.filePath(QLatin1String(d.id) + QStringLiteral("/run.json"))), d.contents);

    // Deleting one is the person's choice, and goes through the trash like any other.
    QVERIFY(!store.remove("truncated"));
    QVERIFY(!store.restore("truncated"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("truncated/run.json"))), damaged[0].contents);
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
