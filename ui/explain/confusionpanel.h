#pragma once

#include "cnnlab/core/evaluationdetails.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace cnnlab::ui {

class ConfusionMatrixView;
class MistakesList;

// The confusion-matrix dock: the matrix with a counts/percent toggle, and
// below it the misclassified images of the clicked cell (true t, predicted p).
class ConfusionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionPanel(QWidget *parent = nullptr);
    // Docks start at their content's size hint: wide enough to read.
    [[nodiscard]] QSize sizeHint() const override { return {440, 600}; }

    void setDetails(const core::EvaluationDetails &details);
    void setClassNames(const QStringList &names);
    void clear();
    // Lists the kept mistakes of (true, predicted), as a click on that cell does.
    void showCell(int trueClass, int predictedClass);

    [[nodiscard]] ConfusionMatrixView *matrixView() const { return m_matrix; }
    [[nodiscard]] MistakesList *cellList() const { return m_cellList; }
    [[nodiscard]] const core::EvaluationDetails &details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateCellCaption();

    core::EvaluationDetails m_details;
    QStringList m_classNames;
    QLabel *m_summary = nullptr;
    QCheckBox *m_percent = nullptr;
    ConfusionMatrixView *m_matrix = nullptr;
    QLabel *m_cellCaption = nullptr;
    MistakesList *m_cellList = nullptr;
};

} // namespace cnnlab::ui
