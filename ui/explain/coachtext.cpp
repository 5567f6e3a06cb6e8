#include "coachtext.h"

#include "common/format.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace cnnlab::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QString CoachText::describe(const core::CoachNote &note, const std::vector<core::EpochMetrics> &history)
{
    switch (note.kind) {
    case core::CoachNoteKind::Overfitting: {
        // Core's two rules: validation loss rose from its minimum (`reference`,
        // a loss) to `value`, or the accuracy gap (`value`) keeps growing past
        // `reference`. The history tells which, and where the minimum was.
        int minimumEpoch = 0;
        for (const core::EpochMetrics &point : history)
            if (point.fullValidation && point.valLoss == note.reference)
                minimumEpoch = point.position.epoch + 1;
        const bool lossRule
            = minimumEpoch > 0 || (history.empty() && note.value > note.reference && note.reference > 0.02);
        if (lossRule && minimumEpoch > 0)
            return tr("Validation loss has risen since epoch %1 (from %2 to %3) while training loss keeps "
                      "falling: the model is memorising the training set. Try dropout.")
                .arg(minimumEpoch)
                .arg(Format::plain(note.reference, 3), Format::plain(note.value, 3));
        if (lossRule)
            return tr("Validation loss has risen from %1 to %2 while training loss keeps falling: the model "
                      "is memorising the training set. Try dropout.")
                .arg(Format::plain(note.reference, 3), Format::plain(note.value, 3));
        return tr("Training accuracy keeps pulling away from validation accuracy (a gap of %1 points at "
                  "epoch %2): the model is memorising the training set. Try dropout.")
            .arg(Format::plain(note.value * 100.0, 2))
            .arg(note.epoch);
    }
    case core::CoachNoteKind::Stalling:
        return tr("Loss is stuck at %1 = ln 10, chance level: the network is guessing one of ten classes "
                  "and not learning. Lower the learning rate.")
            .arg(Format::plain(std::isfinite(note.value) ? note.value : std::log(10.0), 3));
    case core::CoachNoteKind::Divergence:
        if (!std::isfinite(note.value))
            return tr("At epoch %1 the loss stopped being a number: training has diverged. The steps are "
                      "far too large; lower the learning rate and start again.")
                .arg(note.epoch);
        return tr("Training loss shot up to %1 at epoch %2 (its lowest was %3): training is diverging. "
                  "Lower the learning rate.")
            .arg(Format::plain(note.value, 3))
            .arg(note.epoch)
            .arg(Format::plain(note.reference, 3));
    case core::CoachNoteKind::BestEpoch:
        return tr("Best validation accuracy so far: %1 at epoch %2.")
            .arg(Format::percent(note.value, 2))
            .arg(note.epoch);
    }
    return {};
}

QString CoachText::markerLabel(const core::CoachNote &note)
{
    switch (note.kind) {
    case core::CoachNoteKind::Overfitting: return tr("overfitting");
    case core::CoachNoteKind::Stalling: return tr("stalled at chance");
    case core::CoachNoteKind::Divergence: return tr("diverging");
    case core::CoachNoteKind::BestEpoch: return tr("best %1").arg(Format::percent(note.value, 2));
    }
    return {};
}

QString CoachText::kindName(core::CoachNoteKind kind)
{
    switch (kind) {
    case core::CoachNoteKind::Overfitting: return tr("Overfitting");
    case core::CoachNoteKind::Stalling: return tr("Stalling");
    case core::CoachNoteKind::Divergence: return tr("Divergence");
    case core::CoachNoteKind::BestEpoch: return tr("Best epoch");
    }
    return {};
}

QColor CoachText::color(core::CoachNoteKind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case core::CoachNoteKind::Overfitting: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    case core::CoachNoteKind::Stalling: return dark ? QColor(0x90, 0xa4, 0xae) : QColor(0x54, 0x6e, 0x7a);
    case core::CoachNoteKind::Divergence: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case core::CoachNoteKind::BestEpoch: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    }
    return palette.color(QPalette::WindowText);
}

QIcon CoachText::icon(core::CoachNoteKind kind, const QPalette &palette)
{
    // Shape and symbol as well as colour, for colour-blind viewers.
    QString symbol;
    switch (kind) {
    case core::CoachNoteKind::Overfitting: symbol = QStringLiteral("!"); break;
    case core::CoachNoteKind::Stalling: symbol = QStringLiteral("="); break;
    case core::CoachNoteKind::Divergence: symbol = QStringLiteral("×"); break;
    case core::CoachNoteKind::BestEpoch: symbol = QStringLiteral("★"); break;
    }
    QIcon icon;
    for (int side : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(kind, palette));
        painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
        QFont font;
        font.setBold(true);
        font.setPixelSize(int(side * 0.7));
        painter.setFont(font);
        painter.setPen(isDark(palette) ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white));
        painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, symbol);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cnnlab::ui
