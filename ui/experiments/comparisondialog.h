#pragma once

#include "cnnlab/core/comparison.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cnnlab::ui {

// Runs side by side: per run and per group of seeds (mean ± sd) the final and
// best validation accuracy, best epoch, train–val gap, final loss, time and
// cost; after "Reproduce the lab", the verdict on each of the lab's claims.
// Exports through core (comparisonCsv / comparisonMarkdown), so the files
// match what cnnlab-train writes.
class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComparisonDialog(QWidget *parent = nullptr);

    // `withVerdicts`: judge the lab's claims (core::judgeLabClaims) too.
    void setRuns(const std::vector<core::RunRecord> &records, double dollarsPerHour, bool withVerdicts);

    [[nodiscard]] const std::vector<core::GroupSummary> &groups() const { return m_groups; }
    [[nodiscard]] const std::vector<core::ClaimResult> &claims() const { return m_claims; }
    [[nodiscard]] QTableWidget *runsTable() const { return m_table; }
    [[nodiscard]] QTableWidget *verdictTable() const { return m_verdicts; }

    [[nodiscard]] QString csv() const;
    [[nodiscard]] QString markdown() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportMarkdown(const QString &path, QString *error = nullptr) const;

    [[nodiscard]] static QString claimText(core::LabClaim claim);
    [[nodiscard]] static QString verdictText(core::Verdict verdict);
    [[nodiscard]] static QString measuredText(const core::ClaimResult &result, bool noiseMeasured = true);
    // A difference claim needs two or more seeds on each side before the
    // seed-to-seed noise is known; with one, no verdict rests on the floor.
    [[nodiscard]] bool noiseMeasured(const core::ClaimResult &result) const;

public Q_SLOTS:
    void copyMarkdown();

Q_SIGNALS:
    void exported(const QString &path);
    void errorOccurred(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTables();
    void exportInteractively(bool markdown);

    std::vector<core::GroupSummary> m_groups;
    std::vector<core::ClaimResult> m_claims;
    bool m_withVerdicts = false;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_verdictHeading = nullptr;
    QTableWidget *m_verdicts = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_markdownButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace cnnlab::ui
