#include "cnnlab/core/dataset.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <new>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;

constexpr std::array<const char *, 4> fileNames = {
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
};

// The directory name the dataset has under every data root.
const char *subdirName(DatasetKind kind)
{
    return datasetName(kind); // "mnist" | "fashion-mnist"
}

std::string envOrEmpty(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// Per the XDG base directory spec, relative entries are invalid and ignored.
bool isUsableRoot(const std::string &dir)
{
    return !dir.empty() && dir.front() == '/';
}

std::string joinPath(const std::string &dir, const std::string &name)
{
    if (dir.empty() || dir.back() == '/')
        return dir + name;
    return dir + '/' + name;
}

// Roots that hold cnnlab/datasets/<name>, in XDG order: the user's data home
// first, then the system-wide data dirs.
std::vector<std::string> xdgDataRoots()
{
    std::vector<std::string> roots;
    std::string home = envOrEmpty("XDG_DATA_HOME");
    if (!isUsableRoot(home)) {
        const std::string userHome = envOrEmpty("HOME");
        home = isUsableRoot(userHome) ? joinPath(userHome, ".local/share") : std::string();
    }
    if (!home.empty())
        roots.push_back(home);

    std::string dirs = envOrEmpty("XDG_DATA_DIRS");
    if (dirs.empty())
        dirs = "/usr/local/share:/usr/share";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string entry = dirs.substr(start, end - start);
        if (isUsableRoot(entry))
            roots.push_back(entry);
        start = end + 1;
    }
    return roots;
}

// Compared without trailing slashes or "." segments, so one directory spelled
// two ways is searched once.
std::string normalized(const std::string &dir)
{
    std::string text = fs::path(dir).lexically_normal().string();
    while (text.size() > 1 && text.back() == '/')
        text.pop_back();
    return text;
}

void appendUnique(std::vector<std::string> &dirs, const std::string &dir)
{
    if (dir.empty())
        return;
    const std::string key = normalized(dir);
    for (const std::string &known : dirs) {
        if (normalized(known) == key)
            return;
    }
    dirs.push_back(dir);
}

bool isFile(const std::string &path)
{
    std::error_code ec;
    return fs::is_regular_file(path, ec); // follows symlinks; a dangling one is no file
}

// The path of `name` in `dir`, raw preferred over .gz (no need to inflate);
// empty when neither exists.
std::string findFile(const std::string &dir, const char *name)
{
    const std::string raw = joinPath(dir, name);
    if (isFile(raw))
        return raw;
    const std::string gz = raw + ".gz";
    if (isFile(gz))
        return gz;
    return {};
}

Error countMismatch(const std::string &labelsPath, const char *split, int images, int labels)
{
    return Error {ErrorCode::CountMismatch, labelsPath,
        std::string("expected one label per ") + split + " image (" + std::to_string(images) + "), found "
            + std::to_string(labels) + " labels"};
}

Expected<Dataset> loadFrom(DatasetKind kind, const std::string &dir, const std::array<std::string, 4> &paths)
{
    Dataset dataset;
    dataset.kind = kind;
    dataset.directory = dir;
    dataset.classNames = classNames(kind);
    const int classes = static_cast<int>(dataset.classNames.size());

    auto trainImages = readIdxImages(paths[0]);
    if (!trainImages)
        return trainImages.error();
    auto trainLabels = readIdxLabels(paths[1], classes);
    if (!trainLabels)
        return trainLabels.error();
    if (trainImages->count != trainLabels->count)
        return countMismatch(paths[1], "training", trainImages->count, trainLabels->count);
    auto testImages = readIdxImages(paths[2]);
    if (!testImages)
        return testImages.error();
    auto testLabels = readIdxLabels(paths[3], classes);
    if (!testLabels)
        return testLabels.error();
    if (testImages->count != testLabels->count)
        return countMismatch(paths[3], "test", testImages->count, testLabels->count);

    dataset.trainImages = std::move(trainImages).value();
    dataset.trainLabels = std::move(trainLabels).value();
    dataset.testImages = std::move(testImages).value();
    dataset.testLabels = std::move(testLabels).value();
    return dataset;
}

// The first complete directory on the search path and its four files.
struct Located {
    std::string dir;
    std::array<std::string, 4> paths;
};

Expected<Located> locate(DatasetKind kind, const std::string &explicitDir)
{
    const std::vector<std::string> searchPath = datasetSearchPath(kind, explicitDir);
    std::string searched;
    for (const std::string &dir : searchPath) {
        std::array<std::string, 4> paths;
        std::vector<std::string> missing;
        for (std::size_t i = 0; i < fileNames.size(); ++i) {
            paths[i] = findFile(dir, fileNames[i]);
            if (paths[i].empty())
                missing.emplace_back(fileNames[i]);
        }
        // The first complete directory is the dataset: if its files are bad,
        // that is reported rather than quietly using another copy.
        if (missing.empty())
            return Located {dir, paths};

        searched += "\n  " + dir;
        if (missing.size() < fileNames.size()) {
            // A half-installed directory is worth pointing out.
            searched += " (incomplete, missing:";
            for (const std::string &name : missing)
                searched += ' ' + name + "[.gz]";
            searched += ')';
        }
    }

    // `path` is where the data was asked for, or where the install hint puts it.
    std::string where = explicitDir;
    if (where.empty()) {
        if (kind == DatasetKind::Mnist) {
            const std::vector<std::string> roots = xdgDataRoots();
            if (!roots.empty())
                where = joinPath(joinPath(roots.front(), "cnnlab/datasets"), subdirName(kind));
        } else {
            where = joinPath("/usr/share/datasets", subdirName(kind));
        }
    }
    return Error {ErrorCode::DatasetMissing, where,
        std::string("expected the four IDX files (") + fileNames[0] + ", " + fileNames[1] + ", "
            + fileNames[2] + ", " + fileNames[3] + ", each optionally .gz) in one of:" + searched
            + "\ninstall " + datasetName(kind) + " with: " + installHint(kind)};
}

Expected<Dataset> loadDatasetUnguarded(DatasetKind kind, const std::string &explicitDir)
{
    auto located = locate(kind, explicitDir);
    if (!located)
        return located.error();
    return loadFrom(kind, located->dir, located->paths);
}

} // namespace

std::vector<std::string> classNames(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Mnist: return {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    case DatasetKind::FashionMnist:
        return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
            "Ankle boot"};
    }
    return {};
}

Expected<std::string> findDataset(DatasetKind kind, const std::string &explicitDir)
{
    try {
        auto located = locate(kind, explicitDir);
        if (!located)
            return located.error();
        return located->dir;
    } catch (const std::exception &e) {
        return Error {ErrorCode::Internal, explicitDir, std::string("unexpected error: ") + e.what()};
    }
}

std::string userDatasetDirectory(DatasetKind kind)
{
    // Same rule as xdgDataRoots' first entry, but never a system-wide directory.
    std::string home = envOrEmpty("XDG_DATA_HOME");
    if (!isUsableRoot(home)) {
        const std::string userHome = envOrEmpty("HOME");
        if (!isUsableRoot(userHome))
            return {};
        home = joinPath(userHome, ".local/share");
    }
    return joinPath(joinPath(home, "cnnlab/datasets"), subdirName(kind));
}

std::string installHint(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Mnist: return "scripts/fetch-mnist";
    case DatasetKind::FashionMnist: return "apt-get install dataset-fashion-mnist";
    }
    return {};
}

std::vector<std::string> datasetSearchPath(DatasetKind kind, const std::string &explicitDir)
{
    const std::string name = subdirName(kind);
    std::vector<std::string> dirs;
    // A directory the person named may hold the files itself or be a parent
    // with one subdirectory per dataset.
    for (const std::string &given : {explicitDir, envOrEmpty("CNNLAB_DATA_DIR")}) {
        if (given.empty())
            continue;
        appendUnique(dirs, given);
        appendUnique(dirs, joinPath(given, name));
    }
    for (const std::string &root : xdgDataRoots())
        appendUnique(dirs, joinPath(joinPath(root, "cnnlab/datasets"), name));
    appendUnique(dirs, joinPath("/usr/share/datasets", name));
    return dirs;
}

Expected<Dataset> loadDataset(DatasetKind kind, const std::string &explicitDir)
{
    try {
        return loadDatasetUnguarded(kind, explicitDir);
    } catch (const std::bad_alloc &) {
        return Error {ErrorCode::OutOfMemory, explicitDir, "out of memory while loading the dataset"};
    } catch (const std::exception &e) {
        return Error {ErrorCode::Internal, explicitDir, std::string("unexpected error: ") + e.what()};
    }
}

} // namespace cnnlab::core
