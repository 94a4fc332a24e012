#include "ui/main_window.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSlider>
#include <QTabWidget>

#include "core/runtime/translations.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/help/help_windows.h"
#include "ui/inspection/colour_map.h"
#include "ui/inspection/inspection_view.h"
#include "ui/results/frame_loader.h"
#include "ui/session/inspection_session.h"
#include "ui/settings/settings_store.h"
#include "core/jobs/job_runner.h"
#include "version.h"

// What the workbench says in its own words: the menus (built again on a language change), the texts
// of the window's controls, the next-step hints of its empty states, the About box.
namespace ds::ui {

void MainWindow::buildMenus() {
  // Built again on a language change: the old menus go first.
  for (QMenu* old : menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly)) old->deleteLater();
  menuBar()->clear();
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&New project"), this, &MainWindow::newProject)->setShortcut(QKeySequence::New);
  file->addAction(tr("&Open project…"), this, &MainWindow::openProject)->setShortcut(QKeySequence::Open);
  recentMenu_ = file->addMenu(tr("Open &recent"));
  file->addAction(tr("&Save project"), this, &MainWindow::saveProject)->setShortcut(QKeySequence::Save);
  file->addAction(tr("Save project &as…"), this, &MainWindow::saveProjectAs)->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
  file->addAction(tr("Open &dataset folder…"), this, &MainWindow::chooseDataset)->setShortcut(tr("Ctrl+D"));
  file->addAction(tr("Open de&mo dataset"), this, &MainWindow::openDemoDataset);
  file->addAction(tr("Score a &production folder…"), this, &MainWindow::chooseScoreFolder);
  file->addAction(tr("Export &report (PDF)…"), this, &MainWindow::exportReport)->setShortcut(tr("Ctrl+P"));
  file->addAction(tr("&Export results…"), this, &MainWindow::exportResults)->setShortcut(tr("Ctrl+E"));
  file->addSeparator();
  file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

  QMenu* model = menuBar()->addMenu(tr("&Model"));
  model->addAction(tr("&Train…"), this, &MainWindow::trainModel)->setShortcut(tr("Ctrl+T"));
  model->addAction(tr("&Add model file…"), this, &MainWindow::addModelFile);
  model->addAction(tr("&Score dataset"), this, &MainWindow::scoreDataset)->setShortcut(tr("F5"));
  model->addAction(tr("&Review flagged images…"), this, &MainWindow::startReview)->setShortcut(tr("Ctrl+R"));
  model->addAction(tr("Paint ground-truth &mask…"), this, &MainWindow::paintMask)->setShortcut(tr("Ctrl+M"));
  model->addAction(tr("&Inspection region…"), this, &MainWindow::editInspectionRegion);
  model->addAction(tr("Teach selected image as &good"), this, &MainWindow::teachSelectedAsGood);
  model->addAction(tr("&Cancel job"), this, [this] { session_->runner()->cancel(); })->setShortcut(tr("Esc"));

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(tr("Zoom to &fit"), this, [this] { view_->zoomToFit(); })->setShortcut(tr("Ctrl+0"));
  view->addAction(tr("&Actual size (1:1)"), this, [this] { view_->zoomToActualSize(); })->setShortcut(tr("Ctrl+1"));
  QAction* side = view->addAction(tr("&Side by side"));
  side->setCheckable(true);
  side->setChecked(sideBySide_->isChecked());  // the menus are rebuilt on a language change
  connect(side, &QAction::toggled, sideBySide_, &QCheckBox::setChecked);
  connect(sideBySide_, &QCheckBox::toggled, side, &QAction::setChecked);
  view->addSeparator();
  for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());

  QMenu* settings = menuBar()->addMenu(tr("&Settings"));
  QMenu* device = settings->addMenu(tr("Compute &device"));
  const QString current = setting(QStringLiteral("compute/device"), QStringLiteral("auto")).toString();
  auto* group = new QActionGroup(device);
  for (const auto& [id, title] : {std::pair{QStringLiteral("auto"), tr("Automatic (GPU when available)")},
                                  {QStringLiteral("cpu"), tr("CPU only")}}) {
    QAction* a = device->addAction(title, this, [id = id] { storeSetting(QStringLiteral("compute/device"), id); });
    a->setCheckable(true);
    a->setChecked(current == id);
    group->addAction(a);
  }

  QMenu* language = settings->addMenu(tr("&Language"));
  const QString chosen = setting(QStringLiteral("ui/language")).toString();
  auto* languages = new QActionGroup(language);
  // Names in their own language, so anyone can find theirs. Applies at once: every widget gets a
  // LanguageChange event and sets its texts again (the menus here, in retranslate()).
  for (const auto& [code, name] : {std::pair{QString(), tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")},
                                   {QStringLiteral("ja"), QStringLiteral("日本語")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
    QAction* a = language->addAction(name, this, [code = code] {
      storeSetting(QStringLiteral("ui/language"), code);
      installTranslations(code);
    });
    a->setCheckable(true);
    a->setChecked(chosen == code);
    languages->addAction(a);
  }
  settings->addAction(tr("Compute &threads…"), this, [this] {
    bool ok = false;
    const int threads = QInputDialog::getInt(this, tr("Compute threads"),
                                             tr("Threads for training and scoring (0 = one per core); takes effect at the next start:"),
                                             setting(QStringLiteral("compute/threads"), 0).toInt(), 0, 256, 1, &ok);
    if (ok) storeSetting(QStringLiteral("compute/threads"), threads);
  });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&User guide"), this, [this] { showUserGuide(this); })->setShortcut(QKeySequence::HelpContents);
  help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(menuBar(), this); });
  help->addSeparator();
  help->addAction(tr("&About DefectScope"), this, &MainWindow::showAbout);
  refreshRecentMenu();
}

// What a user should do next, shown where the image would be: the first-start and empty states.
QString MainWindow::nextStep() const {
  if (session_->project().datasetPath.isEmpty())
    return tr("Open a folder of images (File ▸ Open dataset folder…, or drop one onto the window), or try the demo dataset "
              "(File ▸ Open demo dataset).");
  if (session_->project().models.empty())
    return tr("No model yet. Train one on this folder's good images (Model ▸ Train…, Ctrl+T), or add a model file "
              "(Model ▸ Add model file…). Its scores, heatmaps and metrics then appear here.");
  return tr("Select an image on the left to inspect it.");
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

// Every text the window sets itself; the panels retranslate their own on the same LanguageChange.
void MainWindow::retranslate() {
  // The new language's number format for every widget (spin boxes, plots' ticks): widgets take the
  // default locale only when they are made, so it is handed down again here.
  setLocale(QLocale());
  buildMenus();
  opacityLabel_->setText(tr("Heatmap opacity"));
  opacity_->setAccessibleName(tr("Heatmap opacity"));
  colourMapLabel_->setText(tr("Colour map"));
  colourMap_->setAccessibleName(tr("Colour map"));
  for (int i = 0; i < colourMap_->count(); ++i) colourMap_->setItemText(i, colourMapName(static_cast<ColourMap>(colourMap_->itemData(i).toInt())));
  sideBySide_->setText(tr("Side by side"));
  sideBySide_->setToolTip(tr("Image, heatmap and evaluation map side by side, zoomed and panned together"));
  imageSetLabel_->setText(tr("Image set"));
  imageSets_->setToolTip(tr("The labelled set the models are evaluated on, or a production folder scored with the active model"));
  const std::pair<const char*, QString> docks[] = {
      {"datasetDock", tr("Dataset")}, {"thresholdDock", tr("Thresholds")}, {"analysisDock", tr("Analysis")}};
  for (const auto& [name, title] : docks) findChild<QDockWidget*>(QLatin1String(name))->setWindowTitle(title);
  const QString tabs[] = {tr("Score histogram"), tr("ROC"), tr("Precision–recall"), tr("PRO"), tr("Per defect type"),
                          tr("Jobs"), tr("Models")};  // every job shows its progress in the monitor, not only training
  for (int i = 0; i < analysis_->count(); ++i) analysis_->setTabText(i, tabs[i]);
  auto* stacked = findChild<QCheckBox*>(QStringLiteral("stackedBars"));
  stacked->setText(tr("Stacked bars"));
  stacked->setToolTip(tr("Stack the groups' bars instead of overlaying them"));
  refreshImageSets();
  refreshTitle();
  // The caption is the window's own (the plots and panels redraw themselves on the same event).
  if (datasetPanel_->currentSample() >= 0) frames_->load(datasetPanel_->currentSample());
  else view_->clear(nextStep());
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About DefectScope"),
                     tr("<h3>DefectScope %1</h3><p>Unsupervised visual defect inspection: train on defect-free images, "
                        "see what the model flags, tune thresholds and export reports.</p>")
                         .arg(QStringLiteral(DEFECTSCOPE_VERSION)));
}

}  // namespace ds::ui
