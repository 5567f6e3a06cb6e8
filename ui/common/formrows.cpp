#include "formrows.h"

#include <QFormLayout>
#include <QLabel>

namespace cnnlab::ui::FormRows {

QLabel *addLabelled(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

void setLabelText(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace cnnlab::ui::FormRows
