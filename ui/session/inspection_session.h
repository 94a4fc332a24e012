#pragma once

#include <QObject>
#include <QString>

#include <QFuture>
#include <QPageSize>

#include "core/jobs/inspect_job.h"
#include "core/jobs/train_job.h"
#include "core/report/scored_set.h"
#include "ui/project/project.h"
#include "ui/report/report_builder.h"

namespace ds {
class JobRunner;
}

namespace ds::ui {

class ResultSet;

// The workbench's state and its long work: the project (dataset, models, thresholds), the results of
// the active model on the dataset, and the jobs that produce them (scan, train, score, download) on
// the JobRunner's worker thread. Widgets observe it; none of them runs LibTorch.
class InspectionSession : public QObject {
  Q_OBJECT

 public:
  explicit InspectionSession(QObject* parent = nullptr);
  ~InspectionSession() override;

  JobRunner* runner() const { return runner_; }
  ResultSet* results() const { return results_; }
  const Project& project() const { return project_; }
  const QString& projectPath() const { return projectPath_; }
  bool modified() const { return modified_; }
  // Whether LibTorch has a usable CUDA device; asked once off the GUI thread at start, false until known.
  bool cudaAvailable() const { return cuda_.isFinished() && cuda_.result(); }
  // The labelled set's candidate training images (Dataset::trainingSamples), and whether training
  // holds some of them out (the set has no test good images of its own; splitForTraining).
  int trainingImageCount() const { return trainingImages_; }
  bool holdsOutImages() const { return holdsOut_; }

  // The image sets: 0 is the labelled evaluation set, 1… the production folders, in the project's order.
  int currentImageSet() const { return currentSet_; }
  bool showingProduction() const { return currentSet_ > 0; }
  QString imageSetPath(int index) const;
  // Shows another image set (scanned again, scored with the active model).
  void showImageSet(int index);

  // Opens the labelled evaluation set: scans the folder off the GUI thread; datasetOpened or
  // datasetFailed follows. Once open, the active model (if any) scores its test images.
  void openDataset(const QString& path);
  // Adds a production folder to the project (once) and shows it, scored with the active model. Its
  // results never change the models' metrics or the labelled set.
  void openProductionFolder(const QString& path);
  // Writes the demo dataset into the user's data folder when missing, then opens it.
  void openDemoDataset();
  static QString demoDatasetPath();
  // Where new models go by default: a "models" folder beside the project file, or in the user's data folder.
  QString modelFolder() const;

  void newProject();
  // Throws ds::Error naming the file on failure, or while a job runs (as newProject does).
  void loadProject(const QString& path);
  void saveProject(const QString& path);

  // Trains on the open dataset; the new model joins the project, becomes active and scores the dataset.
  bool train(TrainRequest request);
  // A label confirmed in a review, by the operator named in the report settings: kept in the project,
  // it overrides the folder's label for this image in every metric and report (docs/gui.md, "Review").
  void confirmLabel(int sample, bool defective, const QString& defectType);
  // "Teach as good": a new version of the active model with these images added as good ones
  // (MethodInfo::update), saved beside it; it joins the project and becomes active. False when busy.
  bool teachAsGood(const std::vector<int>& samples);
  // A ground-truth mask painted for a sample, CV_8UC1 0/1 at the image's own resolution: written as
  // <stem>_mask.png into maskFolder() (atomically), kept in the project, used at once. A defect
  // painted on an image not labelled defective confirms it defective. Throws ds::Error naming the file.
  void setGroundTruthMask(int sample, const cv::Mat& mask);
  // Where painted masks go: a "masks" folder beside the project file, or in the user's data folder.
  QString maskFolder() const;
  // A new version of the active model with this inspection region (at the model's frame); it joins
  // the project, becomes active and scores the set. False when busy or without a model.
  bool applyInspectionRegion(const cv::Mat& region);
  // Adds an existing model file to the project, makes it active and scores the dataset.
  bool addModel(const QString& path);
  void activateModel(int index);
  // Scores the open dataset's test images with the active model, filling the results progressively.
  bool scoreDataset();
  bool downloadWeights(const QString& backbone);
  // The scored images of the open dataset as a set for exports and reports (maps shared from memory),
  // the thresholds in force, and what a report of them is made of.
  ScoredSet scoredSet() const;
  SetThresholds thresholds() const;
  ReportRequest reportRequest(FindingsScope scope, const QString& operatorName) const;
  // A PDF report of the scored images (job); the plots are drawn here, the pages on the worker thread.
  bool exportReport(const QString& path, FindingsScope scope, QPageSize::PageSizeId pageSize, const QString& operatorName);
  // scores.csv, heatmaps, overlays, masks and (labelled data) metrics.json into dir (job).
  bool exportResults(const QString& dir);

 Q_SIGNALS:
  void datasetOpened(const QString& path);
  void datasetFailed(const QString& message);
  void projectChanged();   // models, active model, paths
  void busyChanged(bool busy);
  void status(const QString& text);
  void failed(const QString& message);  // a job or file operation failed: shown to the user

 private:
  void setModified();
  void jobFinished(const QString& name, bool cancelled, const QString& error);
  // Scans path and shows it as image set `set` once scanned.
  void scan(const QString& path, int set);
  // Scoring finished: the model's header as saved now, the thresholds by the policy, and the metrics
  // (labelled set) or the scoring summary (production folder) recorded in the project.
  void scoringDone(const InspectResult& result);
  // The active model's metrics on the labelled set, from the results, recorded in the project.
  void recordMetrics();
  // A model a job made or loaded joins the project and becomes active (from any thread).
  void adoptModel(const QString& path, const ModelHeader& header);
  void applyThresholds();
  void refuseWhileBusy() const;
  // Stores the active model's metrics and thresholds; marks the project modified only when they change.
  void updateActiveModel(const QJsonObject& metrics, const ProjectThresholds& thresholds);
  // The thresholds in force belong to the active model: kept with it in the project.
  void rememberThresholds();

  JobRunner* runner_;
  ResultSet* results_;
  Project project_;
  QString projectPath_;
  bool modified_ = false;
  bool scoreWhenIdle_ = false;  // score the dataset as soon as the running job ends
  QString scanning_;  // the folder being scanned, empty when none
  int currentSet_ = 0;
  int trainingImages_ = 0;
  bool holdsOut_ = false;
  bool writingDemo_ = false;
  QFuture<bool> cuda_;
};

}  // namespace ds::ui
