#include "mistakeslist.h"

#include "common/digitimage.h"
#include "common/format.h"

#include <QEvent>
#include <QPixmap>

namespace cnnlab::ui {

MistakesList::MistakesList(QWidget *parent)
    : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setWrapping(true);
    setUniformItemSizes(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(72, 72));
    const QFontMetrics metrics(font());
    // Room for the image and four lines: "4 → 9", then the top three.
    setGridSize(QSize(std::max(120, metrics.horizontalAdvance(QStringLiteral("T-shirt/top 100 %")) + 12),
        72 + 4 * metrics.height() + 14));
    setSpacing(4);
}

void MistakesList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void MistakesList::setClassNames(const QStringList &names)
{
    m_classNames = names;
    rebuild();
}

void MistakesList::setMistakes(const std::vector<core::Misclassified> &mistakes)
{
    m_mistakes = mistakes;
    rebuild();
}

QString MistakesList::className(int label) const
{
    if (label >= 0 && label < m_classNames.size())
        return m_classNames[label];
    return QString::number(label);
}

void MistakesList::rebuild()
{
    clear();
    for (const core::Misclassified &m : m_mistakes) {
        const QImage image = DigitImage::forPalette(DigitImage::fromPixels(m.pixels), palette());
        QPixmap pixmap
            = QPixmap::fromImage(image.scaled(iconSize(), Qt::KeepAspectRatio, Qt::FastTransformation));
        QString text = tr("%1 → %2").arg(className(m.trueLabel), className(m.predictedLabel));
        QString tip = tr("Image %1: true class %2, predicted %3")
                          .arg(m.datasetIndex)
                          .arg(className(m.trueLabel), className(m.predictedLabel));
        for (std::size_t k = 0; k < m.topClasses.size(); ++k) {
            const QString line = Format::classProbability(className(m.topClasses[k]), m.topProbabilities[k]);
            text += QLatin1Char('\n') + line;
            tip += QStringLiteral("\n") + tr("%1. %2").arg(k + 1).arg(line);
        }
        auto *item = new QListWidgetItem(QIcon(pixmap), text, this);
        item->setToolTip(tip);
        item->setData(Qt::UserRole, m.datasetIndex);
        item->setData(Qt::AccessibleTextRole, tip);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
}

} // namespace cnnlab::ui
