#pragma once

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QTabWidget;

namespace ds::ui {

class DatasetPanel;
class DefectAurocPlot;
class FrameLoader;
class InspectionSession;
class InspectionView;
class ModelTable;
class PrPlot;
class ReviewBar;
class ProPlot;
class RocPlot;
class ScoreHistogram;
class ThresholdPanel;
class TrainingMonitor;

// The inspection workbench: the dataset and its thumbnails on the left, the selected image with its
// heatmap and evaluation map in the middle, thresholds and decision counts on the right, plots, the
// training monitor and the model comparison below. All long work runs in the session's jobs.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  InspectionSession* session() const { return session_; }
  DatasetPanel* datasetPanel() const { return datasetPanel_; }
  ThresholdPanel* thresholdPanel() const { return thresholdPanel_; }
  RocPlot* rocPlot() const { return roc_; }
  InspectionView* inspectionView() const { return view_; }
  TrainingMonitor* trainingMonitor() const { return monitor_; }
  ModelTable* modelTable() const { return models_; }
  ReviewBar* reviewBar() const { return review_; }
  // Opens the review queue over the image view: the REVIEW band, or the flagged images when the band is empty.
  void startReview();
  // Model ▸ Paint ground-truth mask… on the selected image, and Model ▸ Inspection region… over the
  // active model's input (both open MaskEditorDialog).
  void paintMask();
  void editInspectionRegion();
  // Model ▸ Teach selected image as good: confirms it good and adds it to a new version of the model.
  void teachSelectedAsGood();
  // Shows one of the bottom tabs: 0 histogram, 1 ROC, 2 PR, 3 PRO, 4 per-defect, 5 training, 6 models.
  void showAnalysisTab(int index);

  // For the command line and tests: open a dataset folder or the demo dataset.
  void openDataset(const QString& path);
  void openDemoDataset();
  void openProjectFile(const QString& path);
  // At start without a path: the last project, else the last dataset, else the demo dataset.
  void reopenLastWork();
  const QString& datasetPath() const { return datasetPath_; }
  // The image-set chooser over the thumbnails: the labelled set, then the production folders.
  QComboBox* imageSetBox() const { return imageSets_; }

 Q_SIGNALS:
  void datasetOpened(const QString& path);
  void datasetFailed(const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void buildMenus();
  void retranslate();
  QString nextStep() const;
  void scoreDataset();
  void buildDocks();
  QWidget* buildCentre();
  void connectSession();
  void refreshCurves();
  void refreshHistogram();
  void refreshOperatingPoints();
  void refreshTitle();
  void refreshRecentMenu();
  void refreshImageSets();
  void rememberRecent(const QString& path);

  void newProject();
  void openProject();
  bool saveProject();
  bool saveProjectAs();
  bool maybeSave();
  void chooseDataset();
  void chooseScoreFolder();
  void trainModel();
  void addModelFile();
  void exportResults();
  void exportReport();
  void showError(const QString& title, const QString& message);
  void showBusy();
  void showAbout();

  InspectionSession* session_;
  DatasetPanel* datasetPanel_;
  ThresholdPanel* thresholdPanel_;
  InspectionView* view_;
  FrameLoader* frames_;
  ReviewBar* review_;
  ScoreHistogram* histogram_;
  RocPlot* roc_;
  PrPlot* pr_;
  ProPlot* pro_;
  DefectAurocPlot* defects_;
  TrainingMonitor* monitor_;
  ModelTable* models_;
  QTabWidget* analysis_;
  QSlider* opacity_;
  QComboBox* colourMap_;
  QCheckBox* sideBySide_;
  QLabel* opacityLabel_;
  QLabel* colourMapLabel_;
  QLabel* imageSetLabel_;
  QLabel* status_;
  QLabel* readout_;
  QProgressBar* progress_;
  QMenu* recentMenu_;
  QComboBox* imageSets_;
  QString datasetPath_;
};

}  // namespace ds::ui
