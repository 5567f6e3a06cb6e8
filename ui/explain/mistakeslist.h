#pragma once

#include "cnnlab/core/evaluationdetails.h"

#include <QListWidget>
#include <QStringList>

#include <vector>

namespace cnnlab::ui {

// Misclassified images as enlarged tiles, each labelled with its true and
// predicted class and the model's top three probabilities.
class MistakesList : public QListWidget
{
    Q_OBJECT
public:
    explicit MistakesList(QWidget *parent = nullptr);

    // Shown in the given order.
    void setMistakes(const std::vector<core::Misclassified> &mistakes);
    void setClassNames(const QStringList &names);
    [[nodiscard]] const std::vector<core::Misclassified> &mistakes() const { return m_mistakes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    [[nodiscard]] QString className(int label) const;

    std::vector<core::Misclassified> m_mistakes;
    QStringList m_classNames;
};

} // namespace cnnlab::ui
