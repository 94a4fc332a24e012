#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QVariant>
#include <map>

#include "core/jobs/train_job.h"
#include "ui/project/project.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace ds::ui {

// Chooses what to train: method, backbone and weight file, image size, the method's settings (with
// their defaults and descriptions from the method registry), device, seed and the model file.
class TrainDialog : public QDialog {
  Q_OBJECT

 public:
  // history: the project's models, whose training times give the estimate; trainImages: how many
  // images this training will use.
  TrainDialog(const QString& datasetPath, const QString& modelFolder, std::vector<ProjectModel> history, int trainImages,
              bool cudaAvailable, QWidget* parent = nullptr);
  TrainRequest request() const;
  // Selects a method programmatically (tests, the last method used).
  void setMethod(const QString& id);
  QString estimateText() const;

 Q_SIGNALS:
  // The user asked to download the backbone's published weight file.
  void downloadRequested(const QString& backbone);
  // A measured estimate (or the reason there is none) is shown.
  void estimateMeasured();

 private:
  void methodChanged();
  void backboneChanged();
  void updateEstimate();
  // Methods trained over epochs: a few steps timed off the GUI thread with the current settings.
  void measureEstimate();
  void showMeasuredEstimate();
  void updateResume();
  QString defaultOutput() const;

  struct Measured {
    TrainingEstimate estimate;
    QString error;
  };

  QString datasetPath_;
  QString modelFolder_;
  std::vector<ProjectModel> history_;
  int trainImages_;
  QLabel* estimate_;
  QPushButton* measure_;
  QPushButton* preview_;
  QCheckBox* resume_;
  QFutureWatcher<Measured> measuring_;
  bool remeasure_ = false;
  QComboBox* method_;
  QLabel* description_;
  QComboBox* backbone_;
  QLineEdit* torchscript_;
  QWidget* torchscriptRow_;
  QFormLayout* backboneForm_;
  QLineEdit* weights_;
  QLabel* weightsStatus_;
  QWidget* backboneBox_;
  QLineEdit* imageSize_;
  QLineEdit* crop_;
  QFormLayout* settingsForm_;
  std::map<QString, QWidget*> settingEditors_;
  QComboBox* device_;
  QSpinBox* seed_;
  QLineEdit* output_;
  bool outputEdited_ = false;
};

}  // namespace ds::ui
