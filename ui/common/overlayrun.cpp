#include "common/overlayrun.h"

namespace cnnlab::ui {

QList<QColor> overlayPalette()
{
    // Bluish green, reddish purple, sky blue, vermillion, yellow, then orange
    // and blue (closest to the live run's colours).
    return {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x72, 0xb2)};
}

} // namespace cnnlab::ui
