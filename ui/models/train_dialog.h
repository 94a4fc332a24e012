#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <QVariant>
#include <map>

#include "core/jobs/train_job.h"
#include "core/training/training_resources.h"
#include "ui/project/project.h"

class QCheckBox;
class QDoubleSpinBox;
class QComboBox;
class QPushButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QScrollArea;
class QWidget;

namespace ds::ui {

// Chooses what to train: method, backbone and weight file, image size, the method's settings (with
// their defaults and descriptions from the method registry), device, seed and the model file.
class TrainDialog : public QDialog {
  Q_OBJECT

 public:
  // history: the project's models, whose training times give the estimate; trainImages: the dataset's
  // candidate training images; holdsOut: whether training holds some of them out (splitForTraining).
  // The last choices (method, backbone, TorchScript file, each method's settings, …) are restored
  // from the settings and saved again when the dialog is accepted.
  TrainDialog(const QString& datasetPath, const QString& modelFolder, std::vector<ProjectModel> history, int trainImages,
              bool holdsOut, bool cudaAvailable, QWidget* parent = nullptr);
  TrainRequest request() const;
  // Selects a method programmatically (tests, the last method used).
  void setMethod(const QString& id);
  QString estimateText() const;
  QString holdoutText() const;
  void accept() override;

 Q_SIGNALS:
  // The user asked to download the backbone's published weight file.
  void downloadRequested(const QString& backbone);
  // A measured estimate (or the reason there is none) is shown.
  void estimateMeasured();

 private:
  void methodChanged();
  void backboneChanged();
  void fitToContent();
  void scheduleFit();
  void updateEstimate();
  // A setting, the image size, the held-out fraction or the backbone changed.
  void settingsEdited();
  // Methods trained over epochs: a few steps timed off the GUI thread with the current settings.
  void measureEstimate();
  void showMeasuredEstimate();
  void updateResume();
  // Tiles replace the image size and crop: those rows are disabled, the tile's overlap and scale enabled.
  void updateTiling();
  void updateHoldout();
  // Images the model will train on: the candidates less those held out.
  int imagesToTrain() const;
  QString defaultOutput() const;
  void restoreChoices();
  void saveChoices() const;

  struct Measured {
    TrainingEstimate estimate;
    ResourceCheck resources;  // the estimate's footprint against this machine
    QString error;
  };
  // The peak memory and temporary files of the measured run, and the refusal it would meet.
  void showResources(const ResourceCheck& c);

  QString datasetPath_;
  QString modelFolder_;
  std::vector<ProjectModel> history_;
  int trainImages_;
  bool holdsOut_;
  QLabel* estimate_;
  QLabel* resources_;
  QFormLayout* general_;
  QPushButton* measure_;
  QPushButton* preview_;
  QCheckBox* resume_;
  QFutureWatcher<Measured> measuring_;
  bool remeasure_ = false;
  QTimer remeasureTimer_;
  QComboBox* method_;
  QLabel* description_;
  QComboBox* backbone_;
  QLineEdit* torchscript_;
  QWidget* torchscriptRow_;
  QWidget* weightsRow_;
  QFormLayout* backboneForm_;
  QLineEdit* weights_;
  QLabel* weightsStatus_;
  QWidget* backboneBox_;
  QLineEdit* imageSize_;
  QLineEdit* crop_;
  QLineEdit* tile_;
  QDoubleSpinBox* tileOverlap_;
  QDoubleSpinBox* tileScale_;
  QLabel* tileOverlapLabel_ = nullptr;
  QLabel* tileScaleLabel_ = nullptr;
  QFormLayout* settingsForm_;
  std::map<QString, QWidget*> settingEditors_;
  QComboBox* device_;
  QSpinBox* seed_;
  QDoubleSpinBox* holdout_;
  QLabel* holdoutNote_;
  QLineEdit* output_;
  QWidget* content_ = nullptr;
  QScrollArea* scroll_ = nullptr;
  bool outputEdited_ = false;
};

}  // namespace ds::ui
