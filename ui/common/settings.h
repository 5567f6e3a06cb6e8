#pragma once

#include "remote/remotemachine.h"

#include "cnnlab/core/trainingconfig.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

namespace cnnlab::ui {

// The window's preferences in QSettings (organization "cnnlab", application
// "cnnlab"). Tests call QStandardPaths::setTestModeEnabled(true) first, which
// moves QSettings' files to ~/.qttest, so they never touch a user's settings.
class Settings
{
public:
    static constexpr double defaultCostPerHour = 3.06; // AWS p3.2xlarge on demand, the lab's machine

    Settings();

    [[nodiscard]] std::optional<core::TrainingConfig> lastConfig() const;
    void setLastConfig(const core::TrainingConfig &config);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    [[nodiscard]] bool isFullRange() const;
    void setFullRange(bool fullRange);
    [[nodiscard]] double costPerHour() const;
    void setCostPerHour(double dollars);
    // Machines to train on through ssh, in the order the user listed them.
    [[nodiscard]] RemoteMachines remoteMachines() const;
    void setRemoteMachines(const RemoteMachines &machines);

    [[nodiscard]] QString exportDirectory() const;
    void setExportDirectory(const QString &directory);
    // "system", "light", "dark" or "high-contrast".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);

    [[nodiscard]] double textScale() const;
    void setTextScale(double scale);

    // Presenter mode's options (the mode itself always starts off).
    [[nodiscard]] bool presenterHighContrast() const;
    void setPresenterHighContrast(bool on);
    [[nodiscard]] bool presenterColorBlindSafe() const;
    void setPresenterColorBlindSafe(bool on);
    [[nodiscard]] bool presenterHidesAdvanced() const;
    void setPresenterHidesAdvanced(bool on);

    void sync() { m_settings.sync(); }
    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace cnnlab::ui
