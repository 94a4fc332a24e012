#include "ui/models/train_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QGuiApplication>
#include <QScreen>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <QtConcurrent>
#include <algorithm>
#include <limits>
#include <utility>

#include "core/backbones/weight_store.h"
#include "core/data/holdout_split.h"
#include "core/data/load_report.h"
#include "core/error.h"
#include "core/methods/method_registry.h"
#include "core/tiling/tile_grid.h"
#include "ui/models/corruption_preview_dialog.h"
#include "ui/settings/remembered_folders.h"
#include "ui/settings/settings_store.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

const QString kTorchScript = QStringLiteral("torchscript");
const QString kChoices = QStringLiteral("train/");  // settings keys of the dialog's last choices

QWidget* row(std::initializer_list<QWidget*> widgets) {
  auto* box = new QWidget;
  auto* layout = new QHBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  for (QWidget* w : widgets) layout->addWidget(w, w == *widgets.begin() ? 1 : 0);
  return box;
}

// An editor for one setting, typed after its default value.
QWidget* settingEditor(const SettingSpec& spec) {
  QWidget* editor = nullptr;
  if (!spec.choices.isEmpty()) {
    auto* combo = new QComboBox;
    combo->addItems(spec.choices);
    combo->setCurrentText(spec.defaultValue.toString());
    editor = combo;
  } else if (spec.defaultValue.typeId() == QMetaType::Bool) {
    auto* check = new QCheckBox;
    check->setChecked(spec.defaultValue.toBool());
    editor = check;
  } else if (spec.defaultValue.typeId() == QMetaType::Int) {
    auto* spin = new QSpinBox;
    // The declared range (the special value 0 too when it has a meaning); the limits of int otherwise.
    const auto bound = [](double v) { return static_cast<int>(std::clamp(v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max()))); };
    spin->setRange(spec.zeroMeans.isEmpty() ? bound(spec.minimum) : std::min(0, bound(spec.minimum)), bound(spec.maximum));
    spin->setSpecialValueText(spec.zeroMeans);  // shown in place of the minimum, 0
    spin->setValue(spec.defaultValue.toInt());
    editor = spin;
  } else if (spec.defaultValue.typeId() == QMetaType::Double) {
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(spec.minimum > 0 && spec.minimum < 1e-4 ? 8 : 4);  // learning rates and the like
    spin->setRange(spec.zeroMeans.isEmpty() ? std::max(spec.minimum, -1e9) : std::min(0.0, spec.minimum), std::min(spec.maximum, 1e9));
    spin->setSpecialValueText(spec.zeroMeans);
    spin->setValue(spec.defaultValue.toDouble());
    editor = spin;
  } else {
    auto* line = new QLineEdit(spec.defaultValue.toString());
    line->setPlaceholderText(QCoreApplication::translate("TrainDialog", "default"));
    editor = line;
  }
  editor->setToolTip(spec.description);
  return editor;
}

// Calls changed whenever the editor's value changes.
void onEdited(QWidget* editor, QObject* context, const std::function<void()>& changed) {
  if (auto* combo = qobject_cast<QComboBox*>(editor)) QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
  else if (auto* check = qobject_cast<QCheckBox*>(editor)) QObject::connect(check, &QCheckBox::toggled, context, changed);
  else if (auto* spin = qobject_cast<QSpinBox*>(editor)) QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
  else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, changed);
  else if (auto* line = qobject_cast<QLineEdit*>(editor)) QObject::connect(line, &QLineEdit::textChanged, context, changed);
}

void setEditorValue(QWidget* editor, const QString& value) {
  if (auto* combo = qobject_cast<QComboBox*>(editor)) combo->setCurrentText(value);
  else if (auto* check = qobject_cast<QCheckBox*>(editor)) check->setChecked(value == QLatin1String("true"));
  else if (auto* spin = qobject_cast<QSpinBox*>(editor)) spin->setValue(value.toInt());
  else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) spin->setValue(value.toDouble());
  else if (auto* line = qobject_cast<QLineEdit*>(editor)) line->setText(value);
}

QString editorValue(const QWidget* editor) {
  if (auto* combo = qobject_cast<const QComboBox*>(editor)) return combo->currentText();
  if (auto* check = qobject_cast<const QCheckBox*>(editor)) return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
  if (auto* spin = qobject_cast<const QSpinBox*>(editor)) return QString::number(spin->value());
  if (auto* spin = qobject_cast<const QDoubleSpinBox*>(editor)) return QString::number(spin->value(), 'g', 10);
  return qobject_cast<const QLineEdit*>(editor)->text().trimmed();
}

}  // namespace

TrainDialog::TrainDialog(const QString& datasetPath, const QString& modelFolder, std::vector<ProjectModel> history,
                         int trainImages, bool holdsOut, bool cudaAvailable, QWidget* parent)
    : QDialog(parent),
      datasetPath_(datasetPath),
      modelFolder_(modelFolder),
      history_(std::move(history)),
      trainImages_(trainImages),
      holdsOut_(holdsOut),
      estimate_(new QLabel),
      resources_(new QLabel),
      general_(new QFormLayout),
      measure_(new QPushButton(tr("Measure"))),
      preview_(new QPushButton(tr("Preview training samples…"))),
      resume_(new QCheckBox(tr("Continue the interrupted training run saved next to this model file"))),
      method_(new QComboBox),
      description_(new QLabel),
      backbone_(new QComboBox),
      torchscript_(new QLineEdit),
      weights_(new QLineEdit),
      weightsStatus_(new QLabel),
      imageSize_(new QLineEdit),
      crop_(new QLineEdit),
      tile_(new QLineEdit),
      tileOverlap_(new QDoubleSpinBox),
      tileScale_(new QDoubleSpinBox),
      settingsForm_(new QFormLayout),
      device_(new QComboBox),
      seed_(new QSpinBox),
      holdout_(new QDoubleSpinBox),
      holdoutNote_(new QLabel),
      output_(new QLineEdit) {
  setWindowTitle(tr("Train a model"));
  for (const MethodInfo& m : availableMethods()) method_->addItem(m.title, m.id);
  description_->setWordWrap(true);

  backbone_->setObjectName(QStringLiteral("backbone"));
  backbone_->addItem(tr("Method default"), QString());
  for (const QString& b : WeightStore::knownBackbones()) backbone_->addItem(b, b);
  backbone_->addItem(tr("TorchScript file…"), kTorchScript);
  auto* chooseScript = new QPushButton(tr("Choose…"));
  torchscriptRow_ = row({torchscript_, chooseScript});
  weights_->setPlaceholderText(tr("the published ImageNet weights from the cache"));
  auto* chooseWeights = new QPushButton(tr("Choose file…"));
  auto* download = new QPushButton(tr("Download weights"));
  download->setObjectName(QStringLiteral("download"));
  weightsStatus_->setWordWrap(true);
  backboneForm_ = new QFormLayout;
  auto* backboneForm = backboneForm_;
  backboneForm->addRow(tr("Backbone"), backbone_);
  backboneForm->addRow(tr("TorchScript module"), torchscriptRow_);
  weightsRow_ = row({weights_, chooseWeights, download});
  backboneForm->addRow(tr("Weight file"), weightsRow_);
  backboneForm->addRow(QString(), weightsStatus_);
  auto* backboneGroup = new QGroupBox(tr("Pretrained backbone"));
  backboneGroup->setLayout(backboneForm);
  backboneBox_ = backboneGroup;

  imageSize_->setPlaceholderText(tr("method default, e.g. 256 or 256x640"));
  imageSize_->setToolTip(tr("Images are resized to this size (one number: the shorter side, keeping the aspect ratio)"));
  crop_->setPlaceholderText(tr("none, e.g. 224 or 224x600"));
  crop_->setToolTip(tr("Centre crop after resizing; the model sees and scores only this region"));
  tile_->setObjectName(QStringLiteral("tile"));
  tile_->setPlaceholderText(tr("none, e.g. 256 or 256x256"));
  tile_->setToolTip(tr("Cut each image into tiles of this size at its own resolution instead of resizing it, so that small defects on "
                       "large images keep their pixels; the maps are stitched back at each image's size"));
  tileOverlap_->setObjectName(QStringLiteral("tileOverlap"));
  tileOverlap_->setRange(0, kMaxTileOverlap);
  tileOverlap_->setSingleStep(0.05);
  tileOverlap_->setDecimals(2);
  tileOverlap_->setValue(0.25);
  tileOverlap_->setToolTip(tr("The fraction of a tile that neighbouring tiles share at least; their maps are blended where they overlap"));
  tileScale_->setObjectName(QStringLiteral("tileScale"));
  tileScale_->setRange(kMinTileScale, 1);
  tileScale_->setSingleStep(0.05);
  tileScale_->setDecimals(2);
  tileScale_->setValue(1);
  tileScale_->setToolTip(tr("Images are scaled by this factor before they are tiled; 1 keeps their native resolution"));
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  if (cudaAvailable) device_->addItem(tr("CUDA (GPU)"), QStringLiteral("cuda"));
  seed_->setRange(0, std::numeric_limits<int>::max());
  holdout_->setObjectName(QStringLiteral("holdout"));
  holdout_->setRange(0, kMaxHoldoutFraction);
  holdout_->setSingleStep(0.05);
  holdout_->setDecimals(2);
  holdout_->setValue(0.2);
  holdout_->setToolTip(tr("Fraction of the good images kept out of training and scored as unseen test images, when the dataset "
                          "has no test good images of its own; their scores give the model's default threshold"));
  holdoutNote_->setWordWrap(true);
  holdoutNote_->setObjectName(QStringLiteral("holdoutNote"));
  auto* chooseOutput = new QPushButton(tr("Choose…"));

  QFormLayout* general = general_;
  general->addRow(tr("Method"), method_);
  general->addRow(QString(), description_);
  general->addRow(tr("Image size"), imageSize_);
  general->addRow(tr("Centre crop"), crop_);
  // One row: the overlap and scale only mean something next to a tile size.
  tileOverlapLabel_ = new QLabel(tr("overlap"));
  tileScaleLabel_ = new QLabel(tr("scale"));
  general->addRow(tr("Tiles"), row({tile_, tileOverlapLabel_, tileOverlap_, tileScaleLabel_, tileScale_}));
  general->addRow(tr("Device"), device_);
  general->addRow(tr("Seed"), seed_);
  general->addRow(tr("Held-out good images"), holdout_);
  general->addRow(QString(), holdoutNote_);
  general->addRow(tr("Model file"), row({output_, chooseOutput}));
  estimate_->setWordWrap(true);
  measure_->setObjectName(QStringLiteral("measure"));
  measure_->setToolTip(tr("Time a few training steps with the current settings"));
  preview_->setObjectName(QStringLiteral("previewSamples"));
  resume_->setObjectName(QStringLiteral("resume"));
  imageSize_->setObjectName(QStringLiteral("imageSize"));
  output_->setObjectName(QStringLiteral("output"));
  general->addRow(tr("Estimated time"), estimate_);
  resources_->setWordWrap(true);
  resources_->setObjectName(QStringLiteral("resources"));
  resources_->setToolTip(tr("What training holds at its peak, computed from the image size, the number of training images and "
                            "the settings, against the memory and temporary disk space this computer has free now."));
  general->addRow(tr("Peak memory"), resources_);
  general->setRowVisible(resources_, false);
  auto* actions = new QHBoxLayout;
  actions->addWidget(measure_);
  actions->addWidget(preview_);
  actions->addStretch(1);
  general->addRow(QString(), actions);
  general->addRow(QString(), resume_);

  auto* settingsGroup = new QGroupBox(tr("Method settings (hover for a description)"));
  settingsGroup->setLayout(settingsForm_);

  // Everything above the buttons scrolls as one page when the screen is too low for it, rather than
  // squashing rows or clipping wrapped text.
  content_ = new QWidget;
  auto* contentLayout = new QVBoxLayout(content_);
  contentLayout->setContentsMargins(0, 0, 0, 0);
  contentLayout->addLayout(general);
  contentLayout->addWidget(backboneBox_);
  contentLayout->addWidget(settingsGroup);
  contentLayout->addStretch(1);
  scroll_ = new QScrollArea;
  scroll_->setWidget(content_);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scroll_, 1);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(method_, &QComboBox::currentIndexChanged, this, &TrainDialog::methodChanged);
  connect(backbone_, &QComboBox::currentIndexChanged, this, &TrainDialog::backboneChanged);
  connect(weights_, &QLineEdit::textChanged, this, &TrainDialog::backboneChanged);
  connect(output_, &QLineEdit::textEdited, this, [this] { outputEdited_ = true; });
  // A measured estimate is measured again once the settings that change the cost rest for a moment.
  remeasureTimer_.setSingleShot(true);
  remeasureTimer_.setInterval(700);
  connect(&remeasureTimer_, &QTimer::timeout, this, [this] {
    if (methodInfo(method_->currentData().toString()).measuresEstimate) measureEstimate();
  });
  for (QWidget* w : std::initializer_list<QWidget*>{imageSize_, crop_, tile_, tileOverlap_, tileScale_, holdout_, backbone_, torchscript_, weights_})
    onEdited(w, this, [this] { settingsEdited(); });
  connect(tile_, &QLineEdit::textChanged, this, &TrainDialog::updateTiling);
  connect(holdout_, &QDoubleSpinBox::valueChanged, this, &TrainDialog::updateHoldout);
  connect(output_, &QLineEdit::textChanged, this, &TrainDialog::updateResume);
  connect(measure_, &QPushButton::clicked, this, &TrainDialog::measureEstimate);
  connect(&measuring_, &QFutureWatcher<Measured>::finished, this, &TrainDialog::showMeasuredEstimate);
  connect(preview_, &QPushButton::clicked, this, [this] {
    auto* preview = new CorruptionPreviewDialog(request(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
  });
  connect(chooseScript, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("TorchScript backbone"), lastFolder(QStringLiteral("torchscript"), QString()),
                                                      tr("TorchScript modules (*.pt *.pth *.ts);;All files (*)"));
    if (path.isEmpty()) return;
    rememberFolder(QStringLiteral("torchscript"), path);
    torchscript_->setText(path);
  });
  connect(chooseWeights, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Backbone weight file"), lastFolder(QStringLiteral("weights"), QString()),
                                                      tr("PyTorch weight files (*.pth *.pt);;All files (*)"));
    if (path.isEmpty()) return;
    rememberFolder(QStringLiteral("weights"), path);
    weights_->setText(path);
  });
  connect(download, &QPushButton::clicked, this, [this] {
    const QString b = backbone_->currentData().toString();
    Q_EMIT downloadRequested(b.isEmpty() ? methodInfo(method_->currentData().toString()).defaultBackbone : b);
  });
  connect(chooseOutput, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Model file"), output_->text(), tr("DefectScope models (*.dsm)"));
    if (!path.isEmpty()) {
      output_->setText(path);
      outputEdited_ = true;
    }
  });
  restoreChoices();
  updateHoldout();
  updateTiling();
  fitToContent();
}

void TrainDialog::updateTiling() {
  const bool tiled = !tile_->text().trimmed().isEmpty();
  imageSize_->setEnabled(!tiled);
  crop_->setEnabled(!tiled);
  for (QWidget* w : std::initializer_list<QWidget*>{tileOverlapLabel_, tileOverlap_, tileScaleLabel_, tileScale_}) w->setEnabled(tiled);
}

// Wide enough for the form, as tall as its content at that width, within the screen: QDialog's own
// first size stops at two thirds of the screen and ignores wrapped text. Grows (never shrinks) when a
// method with a longer description or more settings is chosen.
void TrainDialog::scheduleFit() {
  QTimer::singleShot(0, this, [this] {  // once the new rows and texts are laid out
    if (isVisible()) fitToContent();
  });
}

void TrainDialog::fitToContent() {
  const QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
  const QSize room = screen->availableGeometry().size() - (frameGeometry().size() - geometry().size());
  const int margins = layout()->contentsMargins().left() + layout()->contentsMargins().right();
  const int width = std::min(room.width(), std::max({this->width(), content_->minimumSizeHint().width() + margins +
                                                                     scroll_->verticalScrollBar()->sizeHint().width(),
                                                     fontMetrics().averageCharWidth() * 90}));
  const int contentWidth = width - margins - scroll_->verticalScrollBar()->sizeHint().width();
  const int contentHeight = content_->hasHeightForWidth() ? content_->heightForWidth(contentWidth) : content_->sizeHint().height();
  const int height = contentHeight + layout()->contentsMargins().top() + layout()->contentsMargins().bottom() + layout()->spacing() +
                     findChild<QDialogButtonBox*>()->sizeHint().height();
  // Too tall for the screen: the scroll bar is kept, so that the wrapped labels are laid out for the
  // width they are shown at (appearing after the layout, it would narrow them and clip a line).
  scroll_->setVerticalScrollBarPolicy(height > room.height() ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAsNeeded);
  resize(width, std::min(room.height(), std::max(this->height(), height)));
}

QString TrainDialog::estimateText() const { return estimate_->text(); }

void TrainDialog::settingsEdited() {
  if (methodInfo(method_->currentData().toString()).measuresEstimate) remeasureTimer_.start();
  else updateEstimate();
}
QString TrainDialog::holdoutText() const { return holdoutNote_->text(); }

int TrainDialog::imagesToTrain() const { return trainImages_ - (holdsOut_ ? heldOutCount(trainImages_, holdout_->value()) : 0); }

void TrainDialog::updateHoldout() {
  holdout_->setEnabled(holdsOut_);
  if (!holdsOut_) {
    holdoutNote_->setText(tr("The dataset has test good images of its own: nothing is held out."));
    return;
  }
  const int held = heldOutCount(trainImages_, holdout_->value());
  holdoutNote_->setText(held > 0 ? tr("%1 of %2 good images held out: the metrics rest on them and the model's default threshold comes from their scores.")
                                       .arg(held)
                                       .arg(trainImages_)
                                 : tr("Nothing held out: the metrics will have no unseen good images and the model no default threshold."));
}

void TrainDialog::restoreChoices() {
  const auto saved = [](const QString& choice, const QVariant& fallback = {}) { return setting(kChoices + choice, fallback); };
  const int method = method_->findData(saved(QStringLiteral("method")).toString());
  if (method >= 0) {
    const QSignalBlocker block(method_);
    method_->setCurrentIndex(method);
  }
  methodChanged();  // builds the method's editors and fills in its saved settings
  const int backbone = backbone_->findData(saved(QStringLiteral("backbone")).toString());
  if (backbone >= 0) backbone_->setCurrentIndex(backbone);
  torchscript_->setText(saved(QStringLiteral("torchscript")).toString());
  weights_->setText(saved(QStringLiteral("weights")).toString());
  imageSize_->setText(saved(QStringLiteral("imageSize")).toString());
  crop_->setText(saved(QStringLiteral("crop")).toString());
  tile_->setText(saved(QStringLiteral("tile")).toString());
  tileOverlap_->setValue(saved(QStringLiteral("tileOverlap"), 0.25).toDouble());
  tileScale_->setValue(saved(QStringLiteral("tileScale"), 1.0).toDouble());
  holdout_->setValue(saved(QStringLiteral("holdout"), 0.2).toDouble());
  seed_->setValue(saved(QStringLiteral("seed"), 0).toInt());
  const int device = device_->findData(saved(QStringLiteral("device")).toString());
  if (device >= 0) device_->setCurrentIndex(device);
}

void TrainDialog::saveChoices() const {
  const auto save = [](const QString& choice, const QVariant& value) { storeSetting(kChoices + choice, value); };
  const TrainRequest r = request();
  save(QStringLiteral("method"), r.method);
  save(QStringLiteral("settings/") + r.method, r.settings);
  save(QStringLiteral("backbone"), backbone_->currentData().toString());
  save(QStringLiteral("torchscript"), torchscript_->text().trimmed());
  save(QStringLiteral("weights"), weights_->text().trimmed());
  save(QStringLiteral("imageSize"), r.imageSize);
  save(QStringLiteral("crop"), r.crop);
  save(QStringLiteral("tile"), r.tile);
  save(QStringLiteral("tileOverlap"), r.tileOverlap);
  save(QStringLiteral("tileScale"), r.tileScale);
  save(QStringLiteral("holdout"), r.holdout);
  save(QStringLiteral("seed"), seed_->value());
  save(QStringLiteral("device"), r.environment.device);
}

void TrainDialog::accept() {
  saveChoices();
  QDialog::accept();
}

void TrainDialog::setMethod(const QString& id) {
  const int index = method_->findData(id);
  if (index >= 0) method_->setCurrentIndex(index);
}

QString TrainDialog::defaultOutput() const {
  const QString name = QStringLiteral("%1-%2-%3.dsm")
                           .arg(QFileInfo(datasetPath_).fileName(), method_->currentData().toString(),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
  return QDir(modelFolder_).filePath(name);
}

void TrainDialog::methodChanged() {
  const MethodInfo info = methodInfo(method_->currentData().toString());
  scheduleFit();
  description_->setText(info.description);
  backboneBox_->setVisible(!info.defaultBackbone.isEmpty());
  while (settingsForm_->rowCount() > 0) settingsForm_->removeRow(0);
  settingEditors_.clear();
  for (const SettingSpec& spec : info.settings) {
    QWidget* editor = settingEditor(spec);
    editor->setObjectName(QStringLiteral("setting-") + spec.key);
    auto* label = new QLabel(spec.key);
    label->setToolTip(spec.description);
    settingsForm_->addRow(label, editor);
    settingEditors_[spec.key] = editor;
    onEdited(editor, this, [this] { settingsEdited(); });
  }
  // The values last trained with for this method (only those that differed from the defaults are saved).
  for (const QString& assignment : setting(kChoices + QStringLiteral("settings/") + info.id).toStringList()) {
    const QString key = assignment.section(QLatin1Char('='), 0, 0);
    if (auto it = settingEditors_.find(key); it != settingEditors_.end()) setEditorValue(it->second, assignment.section(QLatin1Char('='), 1));
  }
  if (!outputEdited_) output_->setText(defaultOutput());
  preview_->setVisible(info.trainingPreview != nullptr);
  measure_->setVisible(info.measuresEstimate);
  backboneChanged();
  updateResume();
  updateEstimate();
  if (info.measuresEstimate) measureEstimate();
  else if (measuring_.isRunning()) remeasure_ = true;  // its result belongs to the method left behind
  if (!info.measuresEstimate) general_->setRowVisible(resources_, false);
}

void TrainDialog::measureEstimate() {
  if (measuring_.isRunning()) {  // measured again with the settings of now once this one ends
    remeasure_ = true;
    return;
  }
  estimate_->setText(tr("measuring a few training steps…"));
  measure_->setEnabled(false);
  const TrainRequest r = request();
  measuring_.setFuture(QtConcurrent::run([r] {
    Measured m;
    try {
      LoadReport report;
      m.estimate = estimateTrain(r, report);
      m.resources = checkResources(m.estimate.footprint);
    } catch (const Error& e) {
      m.error = e.message();
    } catch (const std::exception& e) {  // LibTorch (out of memory…) or OpenCV: shown, never rethrown into a slot
      m.error = QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    return m;
  }));
}

void TrainDialog::showMeasuredEstimate() {
  measure_->setEnabled(true);
  if (std::exchange(remeasure_, false)) {
    if (methodInfo(method_->currentData().toString()).measuresEstimate) measureEstimate();
    else updateEstimate();
    return;
  }
  const Measured m = measuring_.result();
  general_->setRowVisible(resources_, m.error.isEmpty());
  if (m.error.isEmpty()) showResources(m.resources);
  if (!m.error.isEmpty()) {
    estimate_->setText(tr("cannot estimate: %1").arg(m.error));
    scheduleFit();
    Q_EMIT estimateMeasured();
    return;
  }
  const TrainingEstimate& e = m.estimate;
  if (e.epochs == 0) {
    estimate_->setText(tr("about %1 s").arg(numbers::fixed(e.onePassSeconds, 0)));
    estimate_->setToolTip(tr("Measured on this computer with the current settings, image size and number of training images."));
    scheduleFit();
    Q_EMIT estimateMeasured();
    return;
  }
  QString text = tr("about %1 s per epoch; %2 epochs ≈ %3 min")
                     .arg(numbers::fixed(e.secondsPerEpoch, 0))
                     .arg(e.epochs)
                     .arg(numbers::fixed(e.totalSeconds() / 60.0, 0));
  if (e.networks > 1) text += tr("; %1 networks, one after the other").arg(e.networks);
  estimate_->setText(text);
  estimate_->setToolTip(e.mayStopEarly ? tr("Measured on this computer with the current settings; early stopping may end training sooner.")
                                       : tr("Measured on this computer with the current settings."));
  scheduleFit();
  Q_EMIT estimateMeasured();
}

void TrainDialog::showResources(const ResourceCheck& c) {
  constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
  QString text = tr("about %1 GB of the %2 GB available")
                     .arg(numbers::fixed(c.memoryPeak / kGiB, 1), numbers::fixed(c.memoryAvailable / kGiB, 1));
  if (c.footprint.diskBytes > 0)
    text += tr("; temporary files about %1 GB of %2 GB free in %3")
                .arg(numbers::fixed(c.footprint.diskBytes / kGiB, 1), numbers::fixed(c.diskFree / kGiB, 1), c.tempFolder);
  if (!c.fits()) text = tr("%1 — training would be refused: %2").arg(text, c.refusal);
  resources_->setText(text);
  QPalette palette = this->palette();
  if (!c.fits()) palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
  resources_->setPalette(palette);
}

void TrainDialog::updateResume() {
  const bool resumable = methodInfo(method_->currentData().toString()).trainsOverEpochs && QFileInfo::exists(checkpointPath(request()));
  resume_->setVisible(resumable);
  if (!resumable) resume_->setChecked(false);
}

// From the latest model of the same method in the project, scaled by the number of training images;
// no estimate before a first run, since the cost depends on this machine and the backbone.
void TrainDialog::updateEstimate() {
  const QString method = method_->currentData().toString();
  if (methodInfo(method).measuresEstimate) return;  // measured instead
  for (auto m = history_.rbegin(); m != history_.rend(); ++m) {
    if (m->header.method != method || !m->header.training) continue;
    const double fit = m->header.training->fitSeconds;
    const int images = m->header.training->images;
    if (fit <= 0) continue;
    const double seconds = fit * imagesToTrain() / images;
    const QString size = m->header.input.imageSize;
    QString text = tr("about %1 s (the last %2 model: %3 s for %4 images)")
                       .arg(numbers::fixed(seconds, 0), method, numbers::fixed(fit, 1))
                       .arg(images);
    // Per image, a tiled model's time follows each image's own size, a resized one's does not.
    const bool tiled = !tile_->text().trimmed().isEmpty();
    const QString typed = imageSize_->text().trimmed();
    if (tiled != m->header.input.tiling.has_value() || (!tiled && !typed.isEmpty() && typed != size))
      text += tr("; that model used another image size");
    estimate_->setText(text);
    return;
  }
  estimate_->setText(tr("shown after a first %1 model of this project (%2 training images)").arg(method).arg(imagesToTrain()));
}

void TrainDialog::backboneChanged() {
  const QString b = backbone_->currentData().toString();
  // A TorchScript module carries its own weights: no weight file to choose or download.
  backboneForm_->setRowVisible(torchscriptRow_, b == kTorchScript);
  backboneForm_->setRowVisible(weightsRow_, b != kTorchScript);
  backboneForm_->setRowVisible(weightsStatus_, b != kTorchScript);
  QString status;
  if (b != kTorchScript && weights_->text().isEmpty()) {
    const QString name = b.isEmpty() ? methodInfo(method_->currentData().toString()).defaultBackbone : b;
    if (const auto known = WeightStore::known(name)) {
      const QString cached = QDir(WeightStore::defaultCacheDir()).filePath(known->fileName);
      status = QFileInfo::exists(cached) ? tr("Using %1 from the weight cache.").arg(known->fileName)
                                         : tr("%1 is not in the weight cache (%2): download it or choose the file.")
                                               .arg(known->fileName, QDir::toNativeSeparators(WeightStore::defaultCacheDir()));
    }
  }
  weightsStatus_->setText(status);
}

TrainRequest TrainDialog::request() const {
  TrainRequest r;
  r.method = method_->currentData().toString();
  r.data = datasetPath_;
  r.output = output_->text().trimmed();
  r.tile = tile_->text().trimmed();
  // A disabled size or crop plays no part (the job refuses tiles with either).
  r.imageSize = r.tile.isEmpty() ? imageSize_->text().trimmed() : QString();
  r.crop = r.tile.isEmpty() ? crop_->text().trimmed() : QString();
  r.tileOverlap = tileOverlap_->value();
  r.tileScale = tileScale_->value();
  const MethodInfo info = methodInfo(r.method);
  for (const SettingSpec& spec : info.settings) {
    const QString value = editorValue(settingEditors_.at(spec.key));
    if (value != spec.defaultValue.toString() && !(value.isEmpty() && spec.defaultValue.toString().isEmpty()))
      r.settings << spec.key + QLatin1Char('=') + value;
  }
  r.environment.device = device_->currentData().toString();
  r.environment.seed = static_cast<quint64>(seed_->value());
  r.environment.resume = resume_->isChecked();
  r.holdout = holdout_->value();
  if (!info.defaultBackbone.isEmpty()) {
    const QString b = backbone_->currentData().toString();
    r.environment.backbone = b == kTorchScript ? QStringLiteral("torchscript:") + torchscript_->text().trimmed() : b;
    if (b != kTorchScript) r.environment.weights = weights_->text().trimmed();
  }
  return r;
}

}  // namespace ds::ui
