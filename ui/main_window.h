#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;

namespace ds::ui {

class DatasetPanel;

// The application window: opens a dataset folder (menu, command line or drag-and-drop), scans it
// off the GUI thread and shows it; on first start it writes and opens the demo dataset.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Scans the folder in the background; datasetOpened or datasetFailed follows.
  void openDataset(const QString& path);
  // Writes the demo dataset into the user's data folder when missing, then opens it.
  void openDemoDataset();
  static QString demoDatasetPath();
  const QString& datasetPath() const { return datasetPath_; }
  DatasetPanel* datasetPanel() const { return panel_; }

 Q_SIGNALS:
  void datasetOpened(const QString& path);
  void datasetFailed(const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void buildMenus();
  void chooseDataset();
  void showAbout();
  void setBusy(const QString& what);

  DatasetPanel* panel_;
  QLabel* status_;
  QProgressBar* progress_;
  QString datasetPath_;
};

}  // namespace ds::ui
