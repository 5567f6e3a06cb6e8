#include "errortext.h"

namespace cnnlab::ui {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

QString ErrorText::settingName(const std::string &field)
{
    if (field == "learning_rate")
        return tr("learning rate");
    if (field == "momentum")
        return tr("momentum");
    if (field == "adam_epsilon")
        return tr("Adam epsilon");
    if (field == "batch_size")
        return tr("batch size");
    if (field == "epochs")
        return tr("epochs");
    if (field == "conv_dropout")
        return tr("dropout after the convolutions");
    if (field == "dense_dropout")
        return tr("dropout after the dense layer");
    if (field == "device")
        return tr("device");
    if (field == "threads")
        return tr("CPU threads");
    if (field == "train_limit")
        return tr("training subset");
    if (field == "holdout_size")
        return tr("held-out validation size");
    if (field == "evaluations_per_epoch")
        return tr("evaluations per epoch");
    if (field == "quick_evaluation_size")
        return tr("quick evaluation size");
    if (field == "sample_count")
        return tr("number of sample digits");
    if (field == "reports_per_second")
        return tr("reports per second");
    // The network's shape and the lesson knobs.
    const struct {
        const char *key;
        const char *name;
    } knobs[] = {
        {"conv_blocks", QT_TR_NOOP("conv blocks")},
        {"filters", QT_TR_NOOP("filters")},
        {"kernel_size", QT_TR_NOOP("kernel size")},
        {"dense_units", QT_TR_NOOP("dense units")},
        {"activation", QT_TR_NOOP("activation")},
        {"nesterov", QT_TR_NOOP("Nesterov momentum (needs momentum above 0)")},
        {"lr_schedule", QT_TR_NOOP("learning-rate schedule")},
        {"lr_step_epochs", QT_TR_NOOP("epochs between learning-rate steps")},
        {"lr_step_factor", QT_TR_NOOP("learning-rate step factor")},
        {"warmup_fraction", QT_TR_NOOP("warm-up fraction")},
        {"weight_decay", QT_TR_NOOP("weight decay")},
        {"l1", QT_TR_NOOP("L1 penalty")},
        {"label_smoothing", QT_TR_NOOP("label smoothing")},
        {"augment_shift", QT_TR_NOOP("augmentation shift")},
        {"augment_rotate", QT_TR_NOOP("augmentation rotation")},
        {"early_stop_patience", QT_TR_NOOP("early-stopping patience")},
    };
    for (const auto &knob : knobs)
        if (field == knob.key)
            return tr(knob.name);
    return q(field);
}

bool ErrorText::isDatasetError(const core::Error &error)
{
    switch (error.code) {
    case core::ErrorCode::EmptyFile:
    case core::ErrorCode::GzipCorrupt:
    case core::ErrorCode::BadMagic:
    case core::ErrorCode::BadDimensions:
    case core::ErrorCode::CountTooLarge:
    case core::ErrorCode::Truncated:
    case core::ErrorCode::TrailingData:
    case core::ErrorCode::CountMismatch:
    case core::ErrorCode::LabelOutOfRange:
    case core::ErrorCode::ChecksumMismatch:
    case core::ErrorCode::DatasetMissing: return true;
    case core::ErrorCode::FileNotFound:
    case core::ErrorCode::FileUnreadable: // a dataset file, not a checkpoint or record
        return error.path.find("-ubyte") != std::string::npos;
    default: return false;
    }
}

QString ErrorText::describe(const core::Error &error)
{
    const QString path = q(error.path);
    const QString detail = q(error.detail);
    QString sentence;
    switch (error.code) {
    case core::ErrorCode::None: return tr("No error.");
    case core::ErrorCode::FileNotFound: sentence = tr("The file “%1” does not exist.").arg(path); break;
    case core::ErrorCode::FileUnreadable: sentence = tr("The file “%1” could not be read.").arg(path); break;
    case core::ErrorCode::EmptyFile: sentence = tr("The file “%1” is empty.").arg(path); break;
    case core::ErrorCode::GzipCorrupt:
        sentence = tr("The file “%1” is a damaged gzip archive. Download it again.").arg(path);
        break;
    case core::ErrorCode::BadMagic:
        sentence = tr("The file “%1” is not an IDX file of the expected kind (images or labels).").arg(path);
        break;
    case core::ErrorCode::BadDimensions:
        sentence = tr("The images in “%1” are not 28 × 28 pixels.").arg(path);
        break;
    case core::ErrorCode::CountTooLarge:
        sentence = tr("The file “%1” claims more items than it can hold.").arg(path);
        break;
    case core::ErrorCode::Truncated:
        sentence = tr("The file “%1” ends early; it was probably not downloaded completely.").arg(path);
        break;
    case core::ErrorCode::TrailingData:
        sentence = tr("The file “%1” has unexpected data after its last item.").arg(path);
        break;
    case core::ErrorCode::CountMismatch:
        sentence = tr("The number of images and labels in “%1” does not match.").arg(path);
        break;
    case core::ErrorCode::LabelOutOfRange:
        sentence = tr("The labels in “%1” contain a class that does not exist.").arg(path);
        break;
    case core::ErrorCode::DatasetMissing:
        // Core puts the install command in `detail` and the place it looked in `path`.
        if (detail.isEmpty())
            return tr("The dataset was not found.");
        if (path.isEmpty())
            return tr("The dataset was not found. Install it with: %1").arg(detail);
        return tr("The dataset was not found in %1. Install it with: %2").arg(path, detail);
    case core::ErrorCode::ChecksumMismatch:
        sentence = tr("The file “%1” does not have the expected checksum; it is damaged or a different "
                      "version. Download it again.")
                       .arg(path);
        break;
    case core::ErrorCode::InvalidConfig:
        sentence = tr("The setting “%1” is out of range.").arg(settingName(error.path));
        break;
    case core::ErrorCode::DeviceUnavailable:
        sentence = path.isEmpty() ? tr("The chosen device is not available. Choose another device.")
                                  : tr("The device “%1” is not available. Choose another device.").arg(path);
        break;
    case core::ErrorCode::OutOfMemory:
        sentence = tr("The device ran out of memory. Choose a smaller batch size or train on the CPU.");
        break;
    case core::ErrorCode::CheckpointUnreadable:
        sentence = tr("The checkpoint “%1” could not be read.").arg(path);
        break;
    case core::ErrorCode::CheckpointMismatch:
        sentence = tr("The checkpoint “%1” belongs to a different model or dataset.").arg(path);
        break;
    case core::ErrorCode::WriteFailed: sentence = tr("Could not write “%1”.").arg(path); break;
    case core::ErrorCode::RemoteUnreachable:
        sentence = tr("Could not reach the machine “%1”. Check its name and that it is switched on and "
                      "online.")
                       .arg(path);
        break;
    case core::ErrorCode::RemoteAuthFailed:
        sentence = tr("The machine “%1” did not let cnnlab log in without a password or a new host key. "
                      "Run “ssh %1” once in a terminal and set up a key (ssh-copy-id).")
                       .arg(path);
        break;
    case core::ErrorCode::RemoteCommandMissing:
        sentence = tr("cnnlab-train is not installed on “%1” (or not on its PATH). Install cnnlab there, "
                      "or give its path under Run ▸ Remote Machines.")
                       .arg(path);
        break;
    case core::ErrorCode::RemoteProtocol:
        sentence = tr("The cnnlab on “%1” does not speak the same language as this one. Install the same "
                      "version on both machines.")
                       .arg(path);
        break;
    case core::ErrorCode::ConnectionLost:
        sentence = tr("The connection to “%1” was lost. What arrived so far is kept.").arg(path);
        break;
    case core::ErrorCode::Internal:
        sentence = tr("Something went wrong inside cnnlab. Please report this.");
        break;
    }
    if (sentence.isEmpty())
        sentence = tr("Unknown error (%1).").arg(QLatin1String(core::errorCodeName(error.code)));
    if (!detail.isEmpty())
        sentence = tr("%1 Details: %2").arg(sentence, detail);
    return sentence;
}

QString ErrorText::runStatus(core::RunStatus status)
{
    switch (status) {
    case core::RunStatus::Completed: return tr("Finished");
    case core::RunStatus::Stopped: return tr("Stopped");
    case core::RunStatus::Diverged: return tr("Diverged");
    case core::RunStatus::Failed: return tr("Failed");
    }
    return tr("Failed");
}

} // namespace cnnlab::ui
