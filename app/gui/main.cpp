#include <QApplication>
#include <QCommandLineParser>
#include <opencv2/core/utils/logger.hpp>

#include "core/runtime/compute.h"
#include "core/runtime/threading_environment.h"
#include "core/runtime/translations.h"
#include "screenshot_tour.h"
#include "ui/main_window.h"
#include "ui/settings/settings_store.h"
#include "version.h"

int main(int argc, char** argv) {
  ds::compute::adoptThreadingEnvironment(argv);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("DefectScope"));
  QApplication::setApplicationName(QStringLiteral("DefectScope"));
  QApplication::setApplicationVersion(QStringLiteral(DEFECTSCOPE_VERSION));
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
  ds::installTranslations(ds::ui::setting(QStringLiteral("ui/language")).toString());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("Gui", "DefectScope: unsupervised visual defect inspection"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("Gui", "open the built-in demo dataset"));
  parser.addOption(demo);
  const QCommandLineOption screenshots(
      QStringLiteral("screenshots"),
      QApplication::translate("Gui", "train a model on the dataset, score it, save PNGs of the main views into DIR and quit"),
      QStringLiteral("DIR"));
  const QCommandLineOption method(QStringLiteral("method"), QApplication::translate("Gui", "method for --screenshots"),
                                  QStringLiteral("ID"), QStringLiteral("mean-diff"));
  const QCommandLineOption backbone(QStringLiteral("backbone"), QApplication::translate("Gui", "backbone for --screenshots"),
                                    QStringLiteral("NAME"));
  const QCommandLineOption tile(QStringLiteral("tile"), QApplication::translate("Gui", "tile size for --screenshots: a tiled model, its tiles outlined"),
                                QStringLiteral("S"));
  parser.addOptions({screenshots, method, backbone, tile});
  parser.addPositionalArgument(QStringLiteral("path"), QApplication::translate("Gui", "dataset folder or project file (.dsproj) to open"));
  parser.process(app);
  ds::compute::setThreads(ds::ui::setting(QStringLiteral("compute/threads"), 0).toInt());

  ds::ui::MainWindow window;
  window.show();
  const QStringList args = parser.positionalArguments();
  if (parser.isSet(screenshots)) {
    if (args.isEmpty()) parser.showHelp(2);
    ds::TrainRequest request;
    request.method = parser.value(method);
    request.environment.backbone = parser.value(backbone);
    request.tile = parser.value(tile);
    (new ScreenshotTour(&window, args.first(), request, parser.value(screenshots)))->start();
  } else if (!args.isEmpty() && args.first().endsWith(QLatin1String(".dsproj"))) {
    window.openProjectFile(args.first());
  } else if (!args.isEmpty()) window.openDataset(args.first());
  else if (parser.isSet(demo)) window.openDemoDataset();
  else window.reopenLastWork();
  return app.exec();
}
