#include "filterspanel.h"

#include "common/digitimage.h"
#include "mapgrid.h"

#include "cnnlab/core/trainingengine.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cnnlab::ui {

FiltersPanel::FiltersPanel(QWidget *parent)
    : QWidget(parent)
    , m_filtersTitle(new QLabel)
    , m_filtersCaption(new QLabel)
    , m_filters(new MapGrid)
    , m_digitLabel(new QLabel)
    , m_digit(new QComboBox)
    , m_input(new QLabel)
    , m_conv1Title(new QLabel)
    , m_conv1(new MapGrid)
    , m_conv2Title(new QLabel)
    , m_conv2(new MapGrid)
{
    setObjectName(QStringLiteral("filtersPanel"));
    m_filters->setObjectName(QStringLiteral("filtersGrid"));
    m_conv1->setObjectName(QStringLiteral("conv1Grid"));
    m_conv2->setObjectName(QStringLiteral("conv2Grid"));
    m_digit->setObjectName(QStringLiteral("featureDigitCombo"));
    m_filters->setColumns(8);
    m_conv1->setColumns(8);
    m_conv2->setColumns(16);
    m_input->setFixedSize(84, 84);
    m_input->setFrameShape(QFrame::Box);
    m_filtersCaption->setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    for (QLabel *title : {m_filtersTitle, m_conv1Title, m_conv2Title})
        title->setFont(bold);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_filtersTitle);
    layout->addWidget(m_filtersCaption);
    layout->addWidget(m_filters);
    layout->addSpacing(10);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_digitLabel);
    chooser->addWidget(m_digit, 1);
    chooser->addWidget(m_input);
    layout->addLayout(chooser);
    layout->addWidget(m_conv1Title);
    layout->addWidget(m_conv1);
    layout->addWidget(m_conv2Title);
    layout->addWidget(m_conv2);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("filtersScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_digit, &QComboBox::currentIndexChanged, this, &FiltersPanel::refresh);
    retranslateUi();
    rebuildDigitCombo();
}

void FiltersPanel::retranslateUi()
{
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("filtersScroll")))
        scroll->setAccessibleName(tr("Filters and feature maps"));
    m_filtersCaption->setText(
        tr("Red: positive weights, blue: negative. Each filter slides over the image and responds to a "
           "small pattern such as an edge in one direction."));
    m_digitLabel->setText(tr("&Digit:"));
    m_digitLabel->setBuddy(m_digit);
    m_digit->setAccessibleName(tr("Digit whose feature maps are shown"));
    m_input->setAccessibleName(tr("The chosen digit"));
    wordTitles();
    const QString none = tr("No model yet: train one or load a checkpoint in the drawing pad.");
    for (MapGrid *grid : {m_filters, m_conv1, m_conv2})
        grid->setPlaceholder(none);
    m_filters->setAccessibleName(tr("First-layer filters"));
    m_conv1->setAccessibleName(tr("Layer 1 feature maps"));
    m_conv2->setAccessibleName(tr("Layer 2 feature maps"));
    rebuildDigitCombo();
}

void FiltersPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
}

void FiltersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        compute();
}

void FiltersPanel::setEngine(const core::TrainingEngine *engine)
{
    m_engine = engine;
    refresh();
}

void FiltersPanel::setSamples(const std::vector<core::SampleImage> &samples, const QStringList &classNames)
{
    m_samples = samples;
    m_classNames = classNames;
    rebuildDigitCombo();
    refresh();
}

void FiltersPanel::setDrawnDigit(const std::vector<float> &networkInput)
{
    m_drawn = networkInput;
    if (m_digit->currentIndex() == int(m_samples.size()))
        refresh();
}

void FiltersPanel::setCurrentDigit(int index)
{
    m_digit->setCurrentIndex(index);
    refresh();
}

void FiltersPanel::clear()
{
    m_samples.clear();
    rebuildDigitCombo();
    refresh();
}

void FiltersPanel::rebuildDigitCombo()
{
    const int current = m_digit->currentIndex();
    const QSignalBlocker blocker(m_digit);
    m_digit->clear();
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        const int label = m_samples[i].label;
        const QString name
            = label >= 0 && label < m_classNames.size() ? m_classNames[label] : QString::number(label);
        m_digit->addItem(tr("Sample %1 (%2)").arg(i + 1).arg(name));
    }
    m_digit->addItem(tr("Your drawing"));
    m_digit->setCurrentIndex(current >= 0 && current < m_digit->count() ? current : 0);
}

std::vector<float> FiltersPanel::currentInput() const
{
    const int index = m_digit->currentIndex();
    if (index >= 0 && index < int(m_samples.size())) {
        const std::vector<std::uint8_t> &pixels = m_samples[std::size_t(index)].pixels;
        std::vector<float> input(pixels.size());
        for (std::size_t i = 0; i < pixels.size(); ++i)
            input[i] = float(pixels[i]) / 255.0f;
        return input;
    }
    return m_drawn;
}

void FiltersPanel::refresh()
{
    m_dirty = true;
    if (isVisible())
        compute();
}

void FiltersPanel::wordTitles()
{
    m_filtersTitle->setText(
        tr("First layer: %1 learned %2 × %2 filters").arg(m_shape.filters).arg(m_shape.kernelSize));
    m_conv1Title->setText(tr("Layer 1: what each of the %1 filters sees in it (%2 × %2)")
                              .arg(m_shape.filters)
                              .arg(m_shape.conv1Size));
    m_conv2Title->setText(tr("Layer 2: %1 feature maps built from those (%2 × %2)")
                              .arg(m_shape.conv2Maps)
                              .arg(m_shape.conv2Size));
    // A one-block network has no second layer to show.
    m_conv2Title->setVisible(m_shape.conv2Maps > 0);
    m_conv2->setVisible(m_shape.conv2Maps > 0);
}

void FiltersPanel::compute()
{
    m_dirty = false;
    std::vector<float> input = currentInput();
    if (input.size() != 28 * 28)
        input.assign(28 * 28, 0.0f);
    const QImage image = DigitImage::forPalette(DigitImage::fromFloats(input), palette());
    m_input->setPixmap(QPixmap::fromImage(image.scaled(m_input->size(), Qt::KeepAspectRatio)));

    if (!m_engine || !m_engine->hasInferenceModel()) {
        m_filters->clear();
        m_conv1->clear();
        m_conv2->clear();
        return;
    }
    const core::FirstLayerFilters filters = m_engine->firstLayerFilters();
    m_filters->setMaps(filters.kernels, filters.kernelSize, MapGrid::Scale::Diverging);

    const core::FeatureMaps maps = m_engine->featureMaps(input);
    m_conv1->setMaps(maps.conv1, maps.conv1Size, MapGrid::Scale::Sequential);
    m_conv2->setMaps(maps.conv2, maps.conv2Size, MapGrid::Scale::Sequential);
    m_shape = {int(filters.kernels.size()), filters.kernelSize, maps.conv1Size, int(maps.conv2.size()),
        maps.conv2Size};
    wordTitles();
}

} // namespace cnnlab::ui
