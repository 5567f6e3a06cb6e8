#pragma once

class QFormLayout;
class QLabel;
class QString;
class QWidget;

namespace cnnlab::ui::FormRows {

// A row whose label is worded later (setLabelText) and names its field, so
// the label's mnemonic focuses the field. Returns the label.
QLabel *addLabelled(QFormLayout *form, QWidget *field);
// Words the label of `field`'s row (after a language switch too).
void setLabelText(QFormLayout *form, QWidget *field, const QString &text);

} // namespace cnnlab::ui::FormRows
