#include "ui/main_window.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "core/error.h"
#include "core/jobs/job_runner.h"
#include "ui/annotation/mask_editor_dialog.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/inspection/colour_map.h"
#include "ui/inspection/inspection_view.h"
#include "ui/models/model_table.h"
#include "ui/models/train_dialog.h"
#include "ui/plots/defect_auroc_plot.h"
#include "ui/plots/pr_plot.h"
#include "ui/plots/pro_plot.h"
#include "ui/plots/roc_plot.h"
#include "ui/plots/score_histogram.h"
#include "ui/report/export_report_dialog.h"
#include "ui/results/frame_loader.h"
#include "ui/results/result_set.h"
#include "ui/review/review_bar.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/remembered_folders.h"
#include "ui/settings/settings_store.h"
#include "ui/thresholds/threshold_panel.h"
#include "ui/training/training_monitor.h"
#include "ui/text/numbers.h"

// resources/defectscope.qrc is compiled into the static UI library: registered explicitly.
static void initResources() { Q_INIT_RESOURCE(defectscope); }

namespace ds::ui {
namespace {

const QString kRecent = QStringLiteral("project/recent");
constexpr int kMaxRecent = 8;
const QString kProjectFilter = QStringLiteral("*.dsproj");

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      session_(new InspectionSession(this)),
      datasetPanel_(new DatasetPanel(session_->results())),
      thresholdPanel_(new ThresholdPanel(session_->results())),
      view_(new InspectionView),
      frames_(new FrameLoader(session_, this)),
      review_(new ReviewBar(session_)),
      histogram_(new ScoreHistogram),
      roc_(new RocPlot),
      pr_(new PrPlot),
      pro_(new ProPlot),
      defects_(new DefectAurocPlot),
      monitor_(new TrainingMonitor(session_->runner())),
      models_(new ModelTable),
      analysis_(new QTabWidget),
      opacity_(new QSlider(Qt::Horizontal)),
      colourMap_(new QComboBox),
      sideBySide_(new QCheckBox),
      opacityLabel_(new QLabel),
      colourMapLabel_(new QLabel),
      imageSetLabel_(new QLabel),
      status_(new QLabel),
      readout_(new QLabel),
      progress_(new QProgressBar),
      imageSets_(new QComboBox) {
  setWindowTitle(tr("DefectScope"));
  setAcceptDrops(true);
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
  initResources();
  setCentralWidget(buildCentre());
  // The side docks run the full height and the analysis strip sits between them: on a 768-pixel
  // screen the thresholds panel shows its decision counts and the grid several rows of thumbnails.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  buildDocks();
  progress_->setMaximumWidth(220);
  progress_->setVisible(false);
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(readout_);
  statusBar()->addPermanentWidget(progress_);
  connectSession();

  if (!restoreGeometry(setting(QStringLiteral("window/geometry")).toByteArray())) {
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(QSize(1360, 860).boundedTo(screen.size() * 0.95));
    move(screen.center() - rect().center());
  }
  if (!restoreState(setting(QStringLiteral("window/state")).toByteArray())) {
    // First start: the image panes get most of the height and the plots a strip below, once the
    // window has its final size.
    QTimer::singleShot(0, this, [this] {
      resizeDocks({findChild<QDockWidget*>(QStringLiteral("analysisDock"))}, {std::max(height() / 4, analysis_->minimumSizeHint().height())},
                  Qt::Vertical);
      resizeDocks({findChild<QDockWidget*>(QStringLiteral("datasetDock")), findChild<QDockWidget*>(QStringLiteral("thresholdDock"))},
                  {width() / 4, width() / 4}, Qt::Horizontal);
    });
  }
  retranslate();
  status_->setText(nextStep());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCentre() {
  opacity_->setRange(0, 100);
  opacity_->setValue(setting(QStringLiteral("view/opacity"), 50).toInt());
  opacity_->setMaximumWidth(160);
  for (ColourMap m : {ColourMap::Jet, ColourMap::Inferno, ColourMap::Grey}) colourMap_->addItem(QString(), static_cast<int>(m));
  colourMap_->setCurrentIndex(setting(QStringLiteral("view/colourMap"), 0).toInt());
  sideBySide_->setChecked(true);

  auto* controls = new QHBoxLayout;
  controls->addWidget(opacityLabel_);
  controls->addWidget(opacity_);
  controls->addSpacing(12);
  controls->addWidget(colourMapLabel_);
  controls->addWidget(colourMap_);
  controls->addSpacing(12);
  controls->addWidget(sideBySide_);
  controls->addStretch(1);
  auto* centre = new QWidget;
  auto* layout = new QVBoxLayout(centre);
  layout->setContentsMargins(4, 4, 4, 0);
  review_->setVisible(false);
  layout->addWidget(review_);
  layout->addWidget(view_, 1);
  layout->addLayout(controls);

  view_->setOpacity(opacity_->value() / 100.0);
  view_->setColourMap(static_cast<ColourMap>(colourMap_->currentData().toInt()));
  connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
    view_->setOpacity(v / 100.0);
    storeSetting(QStringLiteral("view/opacity"), v);
  });
  connect(colourMap_, &QComboBox::currentIndexChanged, this, [this](int i) {
    view_->setColourMap(static_cast<ColourMap>(colourMap_->itemData(i).toInt()));
    storeSetting(QStringLiteral("view/colourMap"), i);
  });
  connect(sideBySide_, &QCheckBox::toggled, view_, &InspectionView::setSideBySide);
  return centre;
}

void MainWindow::buildDocks() {
  auto dock = [this](const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(this);
    d->setObjectName(name);  // saveState/restoreState find docks by name
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, d);
    return d;
  };
  datasetPanel_->setMinimumWidth(300);
  imageSets_->setObjectName(QStringLiteral("imageSets"));
  imageSets_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  imageSets_->setMinimumContentsLength(12);
  auto* datasetBox = new QWidget;
  auto* datasetLayout = new QVBoxLayout(datasetBox);
  datasetLayout->setContentsMargins(0, 0, 0, 0);
  auto* setRow = new QHBoxLayout;
  setRow->addWidget(imageSetLabel_);
  setRow->addWidget(imageSets_, 1);
  datasetLayout->addLayout(setRow);
  datasetLayout->addWidget(datasetPanel_, 1);
  connect(imageSets_, &QComboBox::activated, this, [this](int index) { session_->showImageSet(index); });
  dock(QStringLiteral("datasetDock"), datasetBox, Qt::LeftDockWidgetArea);
  auto* thresholdScroll = new QScrollArea;
  thresholdScroll->setWidget(thresholdPanel_);
  thresholdScroll->setWidgetResizable(true);
  // Wide enough for the panel in any language (translations differ in length); no sideways scrolling.
  thresholdPanel_->adjustSize();
  thresholdScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  thresholdScroll->setMinimumWidth(thresholdPanel_->sizeHint().width() + thresholdScroll->verticalScrollBar()->sizeHint().width() + 4);
  dock(QStringLiteral("thresholdDock"), thresholdScroll, Qt::RightDockWidgetArea);
  auto* stacked = new QCheckBox;
  stacked->setObjectName(QStringLiteral("stackedBars"));
  connect(stacked, &QCheckBox::toggled, histogram_, &ScoreHistogram::setStacked);
  auto* histogramTab = new QWidget;
  auto* histogramLayout = new QVBoxLayout(histogramTab);
  histogramLayout->setContentsMargins(0, 0, 0, 0);
  histogramLayout->addWidget(histogram_, 1);
  histogramLayout->addWidget(stacked, 0, Qt::AlignRight);
  for (QWidget* tab : {histogramTab, static_cast<QWidget*>(roc_), static_cast<QWidget*>(pr_), static_cast<QWidget*>(pro_),
                       static_cast<QWidget*>(defects_), static_cast<QWidget*>(monitor_), static_cast<QWidget*>(models_)})
    analysis_->addTab(tab, QString());  // titled in retranslate()
  dock(QStringLiteral("analysisDock"), analysis_, Qt::BottomDockWidgetArea);
}

void MainWindow::showAnalysisTab(int index) { analysis_->setCurrentIndex(index); }

void MainWindow::connectSession() {
  ResultSet* results = session_->results();
  connect(session_, &InspectionSession::status, status_, &QLabel::setText);
  connect(session_, &InspectionSession::failed, this, [this](const QString& message) { showError(tr("DefectScope"), message); });
  connect(session_, &InspectionSession::datasetFailed, this, [this](const QString& message) {
    progress_->setVisible(false);
    status_->setText(message);
    showError(tr("Cannot open dataset"), message);
    Q_EMIT datasetFailed(message);
  });
  connect(session_, &InspectionSession::datasetOpened, this, [this](const QString& path) {
    datasetPath_ = path;
    const ResultSet* r = session_->results();
    int train = 0, good = 0, defect = 0, unlabelled = 0;
    for (const Sample& s : r->samples()) {
      if (s.split == Split::Train) ++train;
      else if (!s.labelled) ++unlabelled;
      else (s.defective ? defect : good)++;
    }
    status_->setText(tr("%1 — %2 training, %3 good and %4 defective test images, %5 unlabelled; %6 problem files")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(train).arg(good).arg(defect).arg(unlabelled)
                         .arg(r->loadReport().size()));
    if (session_->currentImageSet() == 0 && session_->holdsOutImages())
      status_->setText(status_->text() + tr(" — no test good images of its own: training holds some good images out as unseen test images"));
    refreshTitle();
    Q_EMIT datasetOpened(path);
  });
  connect(session_, &InspectionSession::projectChanged, this, [this] {
    models_->setModels(session_->project().models, session_->project().activeModel);
    if (datasetPanel_->currentSample() < 0) view_->clear(nextStep());
    refreshImageSets();
    refreshTitle();
  });
  connect(session_, &InspectionSession::busyChanged, this, [this](bool busy) {
    progress_->setVisible(busy);
    if (busy) showAnalysisTab(5);
  });
  // A new job's name replaces the last job's outcome ("… cancelled") in the status bar.
  connect(session_->runner(), &JobRunner::started, this, [this](const QString& name) { status_->setText(name + QStringLiteral("…")); });
  connect(session_->runner(), &JobRunner::progress, this, [this](int done, int total, const QString& stage) {
    progress_->setRange(0, std::max(total, 0));
    progress_->setValue(done);
    // The percentage only: a stage's name would run out of the status bar; it is in the tooltip and the
    // training monitor.
    progress_->setFormat(QStringLiteral("%p%"));
    progress_->setToolTip(stage);
  });

  connect(datasetPanel_, &DatasetPanel::sampleSelected, frames_, &FrameLoader::load);
  connect(frames_, &FrameLoader::failed, view_, &InspectionView::clear);
  connect(frames_, &FrameLoader::loaded, this, [this](const InspectionFrame& frame) {
    const ResultSet* r = session_->results();
    view_->setColourScale(r->mapLow(), r->mapHigh());
    view_->setPixelThreshold(r->pixelThreshold());
    view_->setFrame(frame);
  });
  connect(view_, &InspectionView::nextRequested, this, [this] { datasetPanel_->step(1); });
  connect(view_, &InspectionView::previousRequested, this, [this] { datasetPanel_->step(-1); });
  connect(view_, &InspectionView::hovered, this, [this](int x, int y, double score) {
    if (x < 0) readout_->clear();
    else if (std::isnan(score)) readout_->setText(tr("x %1, y %2").arg(x).arg(y));
    else readout_->setText(tr("x %1, y %2 — score %3").arg(x).arg(y).arg(numbers::score(score)));
  });

  // Results arrive image by image; the histogram redraws at most five times a second while they do.
  auto* histogramTimer = new QTimer(this);
  histogramTimer->setSingleShot(true);
  histogramTimer->setInterval(200);
  connect(histogramTimer, &QTimer::timeout, this, &MainWindow::refreshHistogram);
  connect(results, &ResultSet::resultAdded, this, [this, histogramTimer](int sample) {
    if (!histogramTimer->isActive()) histogramTimer->start();
    if (sample == datasetPanel_->currentSample()) frames_->load(sample);
  });
  connect(results, &ResultSet::scoresCleared, this, [this] {
    refreshHistogram();
    refreshCurves();
  });
  connect(results, &ResultSet::scoringFinished, this, [this] {
    refreshHistogram();
    refreshCurves();
    frames_->load(datasetPanel_->currentSample());
    showAnalysisTab(1);
  });
  connect(results, &ResultSet::datasetChanged, this, [this] { view_->clear(nextStep()); });
  connect(results, &ResultSet::thresholdsChanged, this, &MainWindow::refreshOperatingPoints);

  connect(histogram_, &ScoreHistogram::thresholdsDragged, this, [this](double t1, double t2) {
    ResultSet* r = session_->results();
    r->setImageThresholds({t1, t2, r->imageThresholds().twoLevel}, tr("manual"));
  });
  connect(roc_, &RocPlot::imageThresholdPicked, this, [this](double t) {
    ResultSet* r = session_->results();
    ImageThresholds thresholds = r->imageThresholds();
    thresholds.nok = t;
    if (!thresholds.twoLevel) thresholds.ok = t;
    r->setImageThresholds(thresholds, tr("ROC point"));
  });
  connect(roc_, &RocPlot::pixelThresholdPicked, this, [this](double t) { session_->results()->setPixelThreshold(t, tr("ROC point")); });
  connect(models_, &ModelTable::activateRequested, session_, &InspectionSession::activateModel);
  connect(review_, &ReviewBar::showSample, datasetPanel_, &DatasetPanel::selectSample);
  connect(review_, &ReviewBar::closeRequested, this, [this] { review_->setVisible(false); });
  // A relabelled image shows its new label at once.
  connect(results, &ResultSet::labelChanged, this, [this](int sample) {
    if (sample == datasetPanel_->currentSample()) frames_->load(sample);
  });
  connect(results, &ResultSet::evaluationChanged, this, [this] {
    refreshHistogram();
    refreshCurves();
  });
}

void MainWindow::paintMask() {
  const int sample = datasetPanel_->currentSample();
  if (sample < 0) {
    showError(tr("Ground-truth mask"), tr("Select the image to paint a mask for."));
    return;
  }
  const Sample s = session_->results()->samples()[sample];
  // The image at its own resolution, where a ground-truth mask lives, with its mask when it has one.
  LoadOptions original;
  original.masks = !s.maskPath.isEmpty();
  QImage image;
  cv::Mat mask;
  try {
    const LoadedImage loaded = loadSample(s, original);
    image = toQImage(loaded.image);
    mask = loaded.mask;
  } catch (const Error& e) {
    showError(tr("Ground-truth mask"), e.message());
    return;
  }
  MaskEditorDialog dialog(MaskEditorDialog::Purpose::GroundTruth, image, mask, this);
  if (dialog.exec() != QDialog::Accepted) return;
  try {
    session_->setGroundTruthMask(sample, dialog.mask());
  } catch (const Error& e) {
    showError(tr("Ground-truth mask"), e.message());
  }
}

void MainWindow::editInspectionRegion() {
  const ResultSet* r = session_->results();
  const int sample = datasetPanel_->currentSample();
  if (!session_->project().active() || !r->scoringComplete() || sample < 0) {
    showError(tr("Inspection region"), tr("Select an image scored by the active model: the region is drawn over the model's input."));
    return;
  }
  LoadOptions frame = r->loadOptions();
  frame.masks = false;
  QImage image;
  try {
    image = toQImage(loadSample(r->samples()[sample], frame).image);
  } catch (const Error& e) {
    showError(tr("Inspection region"), e.message());
    return;
  }
  MaskEditorDialog dialog(MaskEditorDialog::Purpose::InspectionRegion, image, r->region(), this);
  if (dialog.exec() == QDialog::Accepted && !session_->applyInspectionRegion(dialog.mask())) showBusy();
}

void MainWindow::teachSelectedAsGood() {
  const int sample = datasetPanel_->currentSample();
  if (sample < 0 || !session_->project().active()) {
    showError(tr("Teach as good"), tr("Select an image scored by the active model."));
    return;
  }
  if (session_->runner()->busy()) return showBusy();
  session_->confirmLabel(sample, false, QString());
  session_->teachAsGood({sample});
}

void MainWindow::startReview() {
  const ResultSet* r = session_->results();
  if (!r->scoringComplete()) {
    showError(tr("Review"), tr("Score the images first: the review goes through what the model flagged."));
    return;
  }
  bool anyInBand = false;
  for (int i = 0; i < r->size() && !anyInBand; ++i) anyInBand = r->verdict(i) == Verdict::Review;
  review_->setVisible(true);
  review_->start(anyInBand ? ReviewScope::Review : ReviewScope::Flagged);
}

void MainWindow::refreshHistogram() {
  const ResultSet* r = session_->results();
  std::vector<double> good, defective, unlabelled;
  for (int i = 0; i < r->size(); ++i) {
    if (!r->isScored(i)) continue;
    const Sample& s = r->samples()[i];
    (!s.labelled ? unlabelled : s.defective ? defective : good).push_back(r->score(i));
  }
  histogram_->setScores(good, defective, unlabelled);
  refreshOperatingPoints();
}

void MainWindow::refreshCurves() {
  const Evaluation& e = session_->results()->evaluation();
  roc_->setImageCurve(e.imageRoc, e.imageAuroc);
  roc_->setPixelCurve(e.pixel.roc, e.pixelAuroc);
  pr_->setCurve(e.imagePr, F1Max{e.f1Max, e.threshold});
  pro_->setCurve(e.pixel.pro, e.aupro);
  defects_->setAurocs(e.perDefectAuroc);
  refreshOperatingPoints();
}

void MainWindow::refreshOperatingPoints() {
  const ResultSet* r = session_->results();
  const ImageThresholds& t = r->imageThresholds();
  histogram_->setThresholds(t.ok, t.nok, t.twoLevel);
  roc_->setOperatingPoints(t.reviewFrom(), r->pixelThreshold());
  pr_->setOperatingPoint(t.reviewFrom());
  view_->setPixelThreshold(r->pixelThreshold());
}

void MainWindow::refreshImageSets() {
  const Project& p = session_->project();
  const QSignalBlocker block(imageSets_);
  imageSets_->clear();
  const QString labelled = p.datasetPath.isEmpty() ? tr("none open") : QFileInfo(p.datasetPath).fileName();
  imageSets_->addItem(tr("Labelled set: %1").arg(labelled));
  imageSets_->setItemData(0, QDir::toNativeSeparators(p.datasetPath), Qt::ToolTipRole);
  for (const ImageSet& set : p.productionSets) {
    const QJsonObject last = set.lastScoring;
    QString tip = QDir::toNativeSeparators(set.path);
    if (!last.isEmpty())
      tip += QLatin1Char('\n') + tr("Last scored with %1: %2 images, %3 OK, %4 REVIEW, %5 NOK")
                                      .arg(last.value(QStringLiteral("model")).toString())
                                      .arg(last.value(QStringLiteral("images")).toInt())
                                      .arg(last.value(QStringLiteral("ok")).toInt())
                                      .arg(last.value(QStringLiteral("review")).toInt())
                                      .arg(last.value(QStringLiteral("nok")).toInt());
    imageSets_->addItem(tr("Production: %1").arg(QFileInfo(set.path).fileName()));
    imageSets_->setItemData(imageSets_->count() - 1, tip, Qt::ToolTipRole);
  }
  imageSets_->setCurrentIndex(session_->currentImageSet());
}

void MainWindow::refreshTitle() {
  const QString project = session_->projectPath().isEmpty() ? tr("Untitled project") : QFileInfo(session_->projectPath()).fileName();
  setWindowTitle(tr("%1%2 — DefectScope").arg(project, session_->modified() ? QStringLiteral(" *") : QString()));
}

void MainWindow::openDataset(const QString& path) {
  status_->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)));
  session_->openDataset(path);
}

void MainWindow::openDemoDataset() { session_->openDemoDataset(); }

void MainWindow::newProject() {
  if (!maybeSave()) return;
  try {
    session_->newProject();
  } catch (const Error& e) {
    showError(tr("New project"), e.message());
  }
}

void MainWindow::openProject() {
  if (!maybeSave()) return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), setting(QStringLiteral("project/lastFolder")).toString(),
                                                    tr("DefectScope projects (%1)").arg(kProjectFilter));
  if (!path.isEmpty()) openProjectFile(path);
}

void MainWindow::reopenLastWork() {
  const QStringList recent = setting(kRecent).toStringList();
  const QString lastDataset = setting(QStringLiteral("data/lastDataset")).toString();
  if (!recent.isEmpty() && QFileInfo(recent.first()).isFile()) openProjectFile(recent.first());
  else if (!lastDataset.isEmpty() && QFileInfo(lastDataset).exists()) openDataset(lastDataset);
  else openDemoDataset();
}

void MainWindow::openProjectFile(const QString& path) {
  try {
    session_->loadProject(path);
    rememberRecent(path);
  } catch (const Error& e) {
    showError(tr("Cannot open project"), e.message());
  }
}

bool MainWindow::saveProject() {
  if (session_->projectPath().isEmpty()) return saveProjectAs();
  try {
    session_->saveProject(session_->projectPath());
    rememberRecent(session_->projectPath());
    return true;
  } catch (const Error& e) {
    showError(tr("Cannot save project"), e.message());
    return false;
  }
}

bool MainWindow::saveProjectAs() {
  QString path = QFileDialog::getSaveFileName(this, tr("Save project"), setting(QStringLiteral("project/lastFolder")).toString(),
                                              tr("DefectScope projects (%1)").arg(kProjectFilter));
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".dsproj");
  try {
    session_->saveProject(path);
    rememberRecent(path);
    return true;
  } catch (const Error& e) {
    showError(tr("Cannot save project"), e.message());
    return false;
  }
}

bool MainWindow::maybeSave() {
  if (!session_->modified() || session_->project().models.empty()) return true;
  const auto answer = QMessageBox::question(this, tr("Unsaved project"), tr("The project has unsaved changes. Save them?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Save) return saveProject();
  return answer == QMessageBox::Discard;
}

void MainWindow::rememberRecent(const QString& path) {
  QStringList recent = setting(kRecent).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  storeSetting(kRecent, recent.mid(0, kMaxRecent));
  storeSetting(QStringLiteral("project/lastFolder"), QFileInfo(path).absolutePath());
  refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = setting(kRecent).toStringList();
  for (const QString& path : recent)
    recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, path] {
      if (maybeSave()) openProjectFile(path);
    });
  recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseDataset() {
  const QString start = setting(QStringLiteral("data/lastDataset"), QDir::homePath()).toString();
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset folder"), start);
  if (!dir.isEmpty()) openDataset(dir);
}

void MainWindow::chooseScoreFolder() {
  if (!session_->project().active()) {
    showError(tr("No model"), tr("Train a model or add a model file first (Model menu)."));
    return;
  }
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of images to score"), lastFolder(QStringLiteral("production"), QDir::homePath()));
  if (dir.isEmpty()) return;
  rememberFolder(QStringLiteral("production"), dir);
  session_->openProductionFolder(dir);
}

void MainWindow::trainModel() {
  // Models always train on the labelled set, also while a production folder is shown.
  const QString labelled = session_->project().datasetPath;
  if (labelled.isEmpty()) {
    showError(tr("No dataset"), tr("Open a dataset folder first: the model trains on its defect-free training images."));
    return;
  }
  TrainDialog dialog(labelled, session_->modelFolder(), session_->project().models, session_->trainingImageCount(),
                     session_->holdsOutImages(), session_->cudaAvailable(), this);
  connect(&dialog, &TrainDialog::downloadRequested, session_, &InspectionSession::downloadWeights);
  if (dialog.exec() != QDialog::Accepted) return;
  if (!session_->train(dialog.request())) showBusy();
}

void MainWindow::addModelFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Add model file"), lastFolder(QStringLiteral("model"), session_->modelFolder()),
                                                    tr("DefectScope models (*.dsm)"));
  if (path.isEmpty()) return;
  rememberFolder(QStringLiteral("model"), path);
  if (!session_->addModel(path)) showBusy();
}

void MainWindow::exportResults() {
  if (session_->results()->scoredCount() == 0) {
    showError(tr("Nothing to export"), tr("Score the dataset with a model first."));
    return;
  }
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Export results into folder"), lastFolder(QStringLiteral("export"), QDir::homePath()));
  if (dir.isEmpty()) return;
  rememberFolder(QStringLiteral("export"), dir);
  if (!session_->exportResults(dir)) showBusy();
}

void MainWindow::exportReport() {
  if (session_->runner()->busy()) return showBusy();
  if (session_->results()->scoredCount() == 0) {
    showError(tr("Nothing to report"), tr("Score the dataset with a model first."));
    return;
  }
  ExportReportDialog dialog(session_, this);
  dialog.exec();
}

void MainWindow::scoreDataset() {
  if (!session_->project().active()) {
    showError(tr("No model"), tr("There is no model to score with: train one (Model ▸ Train…) or add a model file (Model ▸ Add model file…)."));
    return;
  }
  if (session_->results()->size() == 0) {
    showError(tr("No images"), tr("Open a dataset folder or a production folder first."));
    return;
  }
  if (!session_->scoreDataset()) status_->setText(tr("Scoring starts when the running job ends."));
}

void MainWindow::showBusy() { showError(tr("Busy"), tr("Another job is running; cancel it or wait for it to finish.")); }

void MainWindow::showError(const QString& title, const QString& message) {
  // Window-modal, not blocking: the event loop (and any running job) carries on.
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!maybeSave()) {
    event->ignore();
    return;
  }
  storeSetting(QStringLiteral("window/geometry"), saveGeometry());
  storeSetting(QStringLiteral("window/state"), saveState());
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  openDataset(event->mimeData()->urls().first().toLocalFile());
  event->acceptProposedAction();
}

}  // namespace ds::ui
