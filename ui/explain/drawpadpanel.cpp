#include "drawpadpanel.h"

#include "common/digitimage.h"
#include "common/errortext.h"
#include "common/filelocations.h"
#include "common/format.h"
#include "digitcanvas.h"

#include "cnnlab/core/digitpreprocess.h"
#include "cnnlab/core/trainingengine.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace cnnlab::ui {

DrawPadPanel::DrawPadPanel(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new DigitCanvas(this))
    , m_clear(new QPushButton(this))
    , m_load(new QPushButton(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_topTitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("drawPadPanel"));
    m_clear->setObjectName(QStringLiteral("drawPadClear"));
    m_load->setObjectName(QStringLiteral("drawPadLoad"));
    m_preview->setObjectName(QStringLiteral("drawPadPreview"));
    m_preview->setFixedSize(112, 112);
    m_preview->setFrameShape(QFrame::Box);
    m_status->setWordWrap(true);
    m_previewTitle->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("drawPadStatus"));
    QFont bold = font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_topTitle->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_canvas);
    left->addLayout(buttons);

    auto *bars = new QGridLayout;
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    for (int i = 0; i < 3; ++i) {
        m_barLabels[std::size_t(i)] = new QLabel(this);
        m_barLabels[std::size_t(i)]->setFont(i == 0 ? large : bold);
        m_barLabels[std::size_t(i)]->setMinimumWidth(
            QFontMetrics(large).horizontalAdvance(QStringLiteral("Sneaker ")));
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("drawPadBar%1").arg(i));
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setMinimumHeight(i == 0 ? 28 : 20);
        m_bars[std::size_t(i)] = bar;
        bars->addWidget(m_barLabels[std::size_t(i)], i, 0);
        bars->addWidget(bar, i, 1);
    }
    bars->setColumnStretch(1, 1);

    // One column: the pad on top, the verdict under it, so the panel fits a
    // dock beside the charts without widening the window.
    auto *seen = new QVBoxLayout;
    seen->addWidget(m_previewTitle);
    seen->addWidget(m_status);
    seen->addStretch(1);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview, 0, Qt::AlignTop);
    previewRow->addLayout(seen, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left);
    layout->addSpacing(6);
    layout->addWidget(m_topTitle);
    layout->addLayout(bars);
    layout->addSpacing(10);
    layout->addLayout(previewRow);
    layout->addStretch(1);

    // About ten updates a second while drawing: each is a forward pass of one
    // image on the GUI thread, cheap, but not for every mouse move.
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(100);
    connect(m_throttle, &QTimer::timeout, this, &DrawPadPanel::predictNow);
    connect(m_canvas, &DigitCanvas::changed, this, [this] {
        if (!m_throttle->isActive())
            m_throttle->start();
    });
    connect(m_canvas, &DigitCanvas::strokeFinished, this, [this] {
        m_throttle->stop();
        predictNow();
    });
    connect(m_clear, &QPushButton::clicked, m_canvas, &DigitCanvas::clear);
    connect(m_load, &QPushButton::clicked, this, &DrawPadPanel::loadCheckpointInteractively);
    retranslateUi();
    predictNow();
}

DrawPadPanel::~DrawPadPanel() = default;

void DrawPadPanel::retranslateUi()
{
    m_clear->setText(tr("&Clear"));
    m_clear->setAccessibleName(tr("Clear the drawing"));
    m_load->setText(tr("Load &Checkpoint…"));
    m_load->setToolTip(tr("Use the model saved by a finished run (checkpoint.pt)"));
    m_load->setAccessibleName(tr("Load checkpoint"));
    m_previewTitle->setText(tr("What the network sees (28 × 28)"));
    m_preview->setAccessibleName(tr("The drawing as the network sees it"));
    m_topTitle->setText(tr("The model thinks it is"));
    for (std::size_t i = 0; i < m_bars.size(); ++i)
        m_bars[i]->setAccessibleName(tr("Probability of guess %1").arg(i + 1));
    updateBars();
    updateStatus();
}

void DrawPadPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        predictNow(); // the preview follows the theme
}

void DrawPadPanel::setEngine(const core::TrainingEngine *engine, bool live)
{
    m_engine = engine;
    m_live = live;
    predictNow();
    Q_EMIT modelChanged();
}

const core::TrainingEngine *DrawPadPanel::currentEngine() const
{
    if (m_loaded && m_loaded->hasInferenceModel())
        return m_loaded.get();
    if (m_engine && m_engine->hasInferenceModel())
        return m_engine;
    return nullptr;
}

bool DrawPadPanel::loadCheckpoint(const QString &path, QString *error)
{
    auto engine = std::make_unique<core::TrainingEngine>();
    if (const core::Error loaded = engine->loadCheckpoint(path.toStdString())) {
        if (error)
            *error = tr("Cannot load the checkpoint “%1”: %2").arg(path, ErrorText::describe(loaded));
        return false;
    }
    m_loaded = std::move(engine);
    m_loadedName = QFileInfo(path).fileName();
    const QString dir = QFileInfo(path).dir().dirName();
    if (!dir.isEmpty() && dir != QLatin1String("."))
        m_loadedName = dir + QLatin1Char('/') + m_loadedName;
    predictNow();
    Q_EMIT modelChanged();
    return true;
}

void DrawPadPanel::unloadCheckpoint()
{
    if (!m_loaded)
        return;
    m_loaded.reset();
    m_loadedName.clear();
    predictNow();
    Q_EMIT modelChanged();
}

void DrawPadPanel::loadCheckpointInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Checkpoint"), FileLocations::runsFolder(), tr("Checkpoints (*.pt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadCheckpoint(path, &error))
        m_status->setText(error);
}

void DrawPadPanel::setClassNames(const QStringList &names)
{
    m_classNames = names;
    updateBars();
}

QString DrawPadPanel::className(int label) const
{
    if (label >= 0 && label < m_classNames.size())
        return m_classNames[label];
    return QString::number(label);
}

void DrawPadPanel::predictNow()
{
    m_top.clear();
    if (m_canvas->isEmpty()) {
        m_input.assign(28 * 28, 0.0f);
    } else {
        m_input = core::preprocessDigit(m_canvas->ink(), DigitCanvas::side, DigitCanvas::side);
    }
    const QImage preview = DigitImage::forPalette(DigitImage::fromFloats(m_input), palette());
    m_preview->setPixmap(QPixmap::fromImage(preview.scaled(m_preview->size(), Qt::KeepAspectRatio)));

    const core::TrainingEngine *engine = currentEngine();
    if (engine && !m_canvas->isEmpty() && m_input.size() == 28 * 28) {
        const std::vector<std::array<float, 10>> probabilities = engine->predict({m_input});
        if (!probabilities.empty()) {
            const std::array<float, 10> &p = probabilities.front();
            std::array<int, 10> order {};
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&p](int a, int b) { return p[a] > p[b]; });
            for (int k = 0; k < 3; ++k)
                m_top.emplace_back(order[std::size_t(k)], p[std::size_t(order[std::size_t(k)])]);
            ++m_predictions;
        }
    }
    updateBars();
    updateStatus();
    Q_EMIT drawingChanged(m_input);
}

void DrawPadPanel::updateBars()
{
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        if (i < m_top.size()) {
            m_barLabels[i]->setText(className(m_top[i].first));
            m_bars[i]->setValue(int(std::lround(std::clamp(m_top[i].second, 0.0f, 1.0f) * 1000)));
            m_bars[i]->setFormat(Format::percent(m_top[i].second, 1));
        } else {
            m_barLabels[i]->setText(QStringLiteral("–"));
            m_bars[i]->setValue(0);
            m_bars[i]->setFormat(QString());
        }
    }
}

void DrawPadPanel::updateStatus()
{
    QString text;
    if (!currentEngine())
        text = tr("No model yet: press Start to train one (predictions appear after its first evaluation), "
                  "or load a finished run's checkpoint.");
    else if (m_loaded && m_loaded->hasInferenceModel())
        text = tr("Model: checkpoint %1.").arg(m_loadedName);
    else if (m_live)
        text = tr("Model: the run in progress, as of its last evaluation.");
    else
        text = tr("Model: the last finished run.");
    if (currentEngine() && m_canvas->isEmpty())
        text += QLatin1Char(' ') + tr("Draw a digit in the box.");
    m_status->setText(text);
}

} // namespace cnnlab::ui
