#include "settings.h"

#include <QStandardPaths>

namespace cnnlab::ui {

namespace {

QString key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

Settings::Settings()
    : m_settings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab"))
{ }

std::optional<core::TrainingConfig> Settings::lastConfig() const
{
    if (!m_settings.contains(key("config/learningRate")))
        return std::nullopt;
    core::TrainingConfig c;
    const auto text = [&](const char *name) { return m_settings.value(key(name)).toString().toStdString(); };
    core::parseDataset(text("config/dataset"), c.dataset);
    core::parseOptimizer(text("config/optimizer"), c.optimizer);
    core::parseValidation(text("config/validation"), c.validation);
    c.learningRate = m_settings.value(key("config/learningRate"), c.learningRate).toDouble();
    c.batchSize = m_settings.value(key("config/batchSize"), c.batchSize).toInt();
    c.epochs = m_settings.value(key("config/epochs"), c.epochs).toInt();
    c.seed = m_settings.value(key("config/seed"), qulonglong(c.seed)).toULongLong();
    c.dropoutEnabled = m_settings.value(key("config/dropoutEnabled"), c.dropoutEnabled).toBool();
    c.convDropout = m_settings.value(key("config/convDropout"), c.convDropout).toDouble();
    c.denseDropout = m_settings.value(key("config/denseDropout"), c.denseDropout).toDouble();
    c.device
        = m_settings.value(key("config/device"), QString::fromStdString(c.device)).toString().toStdString();
    c.trainLimit = m_settings.value(key("config/trainLimit"), c.trainLimit).toInt();
    c.holdoutSize = m_settings.value(key("config/holdoutSize"), c.holdoutSize).toInt();
    c.dataDir = text("config/dataDir");
    // A hand-edited or older settings file must not start the window with a
    // config the engine would refuse.
    if (core::validate(c))
        return std::nullopt;
    return c;
}

void Settings::setLastConfig(const core::TrainingConfig &c)
{
    m_settings.setValue(key("config/dataset"), QLatin1String(core::datasetName(c.dataset)));
    m_settings.setValue(key("config/optimizer"), QLatin1String(core::optimizerName(c.optimizer)));
    m_settings.setValue(key("config/validation"), QLatin1String(core::validationName(c.validation)));
    m_settings.setValue(key("config/learningRate"), c.learningRate);
    m_settings.setValue(key("config/batchSize"), c.batchSize);
    m_settings.setValue(key("config/epochs"), c.epochs);
    m_settings.setValue(key("config/seed"), qulonglong(c.seed));
    m_settings.setValue(key("config/dropoutEnabled"), c.dropoutEnabled);
    m_settings.setValue(key("config/convDropout"), c.convDropout);
    m_settings.setValue(key("config/denseDropout"), c.denseDropout);
    m_settings.setValue(key("config/device"), QString::fromStdString(c.device));
    m_settings.setValue(key("config/trainLimit"), c.trainLimit);
    m_settings.setValue(key("config/holdoutSize"), c.holdoutSize);
    m_settings.setValue(key("config/dataDir"), QString::fromStdString(c.dataDir));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key("window/state"), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter-") + name, state);
}

bool Settings::isFullRange() const
{
    return m_settings.value(key("charts/fullRange"), false).toBool();
}

void Settings::setFullRange(bool fullRange)
{
    m_settings.setValue(key("charts/fullRange"), fullRange);
}

double Settings::costPerHour() const
{
    return m_settings.value(key("cost/dollarsPerHour"), defaultCostPerHour).toDouble();
}

void Settings::setCostPerHour(double dollars)
{
    m_settings.setValue(key("cost/dollarsPerHour"), dollars);
}

RemoteMachines Settings::remoteMachines() const
{
    auto &settings = const_cast<QSettings &>(m_settings); // beginReadArray is not const
    RemoteMachines machines;
    const int count = settings.beginReadArray(key("remote/machines"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        RemoteMachine machine;
        machine.name = settings.value(key("name")).toString();
        machine.destination = settings.value(key("destination")).toString();
        machine.command = settings.value(key("command")).toString();
        machine.costPerHour = settings.value(key("dollarsPerHour"), 0.0).toDouble();
        if (!machine.name.isEmpty() && !machine.destination.isEmpty())
            machines.append(machine);
    }
    settings.endArray();
    return machines;
}

void Settings::setRemoteMachines(const RemoteMachines &machines)
{
    m_settings.remove(key("remote/machines"));
    m_settings.beginWriteArray(key("remote/machines"), int(machines.size()));
    for (int i = 0; i < machines.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(key("name"), machines[i].name);
        m_settings.setValue(key("destination"), machines[i].destination);
        m_settings.setValue(key("command"), machines[i].command);
        m_settings.setValue(key("dollarsPerHour"), machines[i].costPerHour);
    }
    m_settings.endArray();
}

QString Settings::exportDirectory() const
{
    return m_settings
        .value(key("export/directory"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
        .toString();
}

void Settings::setExportDirectory(const QString &directory)
{
    m_settings.setValue(key("export/directory"), directory);
}

QString Settings::theme() const
{
    return m_settings.value(key("view/theme"), QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &theme)
{
    m_settings.setValue(key("view/theme"), theme);
}

double Settings::textScale() const
{
    return m_settings.value(key("view/textScale"), 1.0).toDouble();
}

void Settings::setTextScale(double scale)
{
    m_settings.setValue(key("view/textScale"), scale);
}

bool Settings::presenterHighContrast() const
{
    return m_settings.value(key("presenter/highContrast"), false).toBool();
}

void Settings::setPresenterHighContrast(bool on)
{
    m_settings.setValue(key("presenter/highContrast"), on);
}

bool Settings::presenterColorBlindSafe() const
{
    return m_settings.value(key("presenter/colorBlindSafe"), false).toBool();
}

void Settings::setPresenterColorBlindSafe(bool on)
{
    m_settings.setValue(key("presenter/colorBlindSafe"), on);
}

bool Settings::presenterHidesAdvanced() const
{
    return m_settings.value(key("presenter/hideAdvanced"), true).toBool();
}

void Settings::setPresenterHidesAdvanced(bool on)
{
    m_settings.setValue(key("presenter/hideAdvanced"), on);
}

} // namespace cnnlab::ui
