#include <QCoreApplication>
#ifdef DS_HAVE_REPORTS
#include <QApplication>
#endif
#include <algorithm>
#include <cstring>
#include <memory>
#include <cstdio>
#include <functional>
#include <map>
#include <opencv2/core/utils/logger.hpp>

#include "app/cli/commands.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/runtime/memory.h"
#include "core/runtime/threading_environment.h"
#include "core/runtime/translations.h"
#include "version.h"

namespace {

QString usage() {
  return QCoreApplication::translate(
      "Cli",
      "Usage: defectscope-cli COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  demo-data   write the synthetic demo dataset (MVTec AD layout)\n"
      "  train       fit a model on a dataset's defect-free images\n"
      "  update      add good images to a model (a new version beside it)\n"
      "  score       score images or a folder: scores.csv and heatmaps\n"
      "  evaluate    metrics of a model on a labelled test set (JSON)\n"
      "  methods     list the methods and their settings\n"
      "\n"
      "Run defectscope-cli COMMAND --help for a command's options.\n");
}

void printError(const QString& message) {
  std::fprintf(stderr, "defectscope-cli: %s\n", message.toLocal8Bit().constData());
}

}  // namespace

int main(int argc, char** argv) {
  ds::compute::adoptThreadingEnvironment(argv);
  ds::retainFreedMemoryForProcess();  // one job, then exit: no page faults for reused buffers
  // A PDF report draws its plots with widgets, which need a QApplication; without a display it uses
  // the offscreen platform. Every other command stays a plain QCoreApplication.
  std::unique_ptr<QCoreApplication> application;
#ifdef DS_HAVE_REPORTS
  const bool report = std::any_of(argv + 1, argv + argc, [](const char* a) {
    return std::strcmp(a, "--report") == 0 || std::strncmp(a, "--report=", 9) == 0;
  });
  if (report && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
      qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  if (report) application = std::make_unique<QApplication>(argc, argv);
#endif
  if (!application) application = std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication& app = *application;
  QCoreApplication::setOrganizationName(QStringLiteral("DefectScope"));  // shares the workbench's report settings
  QCoreApplication::setApplicationName(QStringLiteral("defectscope-cli"));
  QCoreApplication::setApplicationVersion(QStringLiteral(DEFECTSCOPE_VERSION));
  // Decoder warnings would interleave with our per-file messages, which say the same more clearly.
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
  ds::installTranslations();  // the system locale's language (LANG, LC_ALL)

  const QStringList args = app.arguments().mid(1);
  if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
    std::fputs(usage().toLocal8Bit().constData(), args.isEmpty() ? stderr : stdout);
    return args.isEmpty() ? 2 : 0;
  }
  if (args[0] == QLatin1String("--version")) {
    std::printf("defectscope-cli %s\n", DEFECTSCOPE_VERSION);
    return 0;
  }
  const std::map<QString, std::function<int(const QStringList&)>> commands = {
      {QStringLiteral("demo-data"), cli::demoData}, {QStringLiteral("train"), cli::train},
      {QStringLiteral("update"), cli::update},
      {QStringLiteral("score"), cli::score},         {QStringLiteral("evaluate"), cli::evaluate},
      {QStringLiteral("methods"), cli::methods}};
  const auto command = commands.find(args[0]);
  if (command == commands.end()) {
    printError(QCoreApplication::translate("Cli", "unknown command \"%1\" (run defectscope-cli --help)").arg(args[0]));
    return 2;
  }
  try {
    return command->second(args);
  } catch (const ds::Cancelled&) {
    printError(QCoreApplication::translate("Cli", "cancelled; no output file was left half-written"));
    return 130;
  } catch (const ds::Error& e) {
    printError(e.message());
    return 1;
  } catch (const std::exception& e) {
    printError(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
    return 1;
  }
}
