#include "app/cli/report_output.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

#include "core/error.h"

#ifdef DS_HAVE_REPORTS
#include "ui/report/report_builder.h"
#endif

namespace cli {
namespace {

const QCommandLineOption kReport(QStringLiteral("report"), QCoreApplication::translate("Cli", "write a PDF inspection report"), QStringLiteral("REPORT.pdf"));
const QCommandLineOption kFindings(QStringLiteral("findings"), QCoreApplication::translate("Cli", "report rows: all, flagged (NOK and REVIEW, default) or errors"),
                                   QStringLiteral("WHICH"), QStringLiteral("flagged"));
const QCommandLineOption kOperator(QStringLiteral("operator"), QCoreApplication::translate("Cli", "operator name printed in the report"), QStringLiteral("NAME"));
const QCommandLineOption kPageSize(QStringLiteral("page-size"), QCoreApplication::translate("Cli", "a4 (default) or letter"), QStringLiteral("SIZE"),
                                   QStringLiteral("a4"));

}  // namespace

QList<QCommandLineOption> reportOptions() { return {kReport, kFindings, kOperator, kPageSize}; }

bool reportRequested(const QCommandLineParser& parser) { return parser.isSet(kReport); }

void writeReport(const QCommandLineParser& parser, const ds::ScoredSet& set, const ds::SetThresholds& thresholds,
                 const ds::Evaluation* evaluation, bool quiet) {
  const QString path = parser.value(kReport);
  const QString size = parser.value(kPageSize).toLower();
  if (size != QLatin1String("a4") && size != QLatin1String("letter"))
    throw ds::Error(QCoreApplication::translate("Cli", "--page-size must be a4 or letter, not \"%1\"").arg(parser.value(kPageSize)));
  const ds::FindingsScope scope = ds::findingsScopeFromName(parser.value(kFindings));
#ifdef DS_HAVE_REPORTS
  ds::ui::ReportRequest request;
  request.set = set;
  request.thresholds = thresholds;
  if (evaluation) request.evaluation = *evaluation;
  request.scope = scope;
  // The workbench's operator setting serves as the default, so reports from both carry the same name.
  request.operatorName = parser.isSet(kOperator) ? parser.value(kOperator) : ds::ui::ReportBuilder::rememberedOperator();
  ds::ui::ReportBuilder report(std::move(request));
  const int pages = report.write(path, size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4, [quiet](int done, int total) {
    if (!quiet) std::fprintf(stderr, "\rreport page %d of %d", done, total);
  });
  if (!quiet) std::fprintf(stderr, "\n");
  std::printf("%s\n", qPrintable(QCoreApplication::translate("Cli", "report written to %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(pages)));
#else
  Q_UNUSED(set) Q_UNUSED(thresholds) Q_UNUSED(evaluation) Q_UNUSED(quiet) Q_UNUSED(scope)
  throw ds::Error(QCoreApplication::translate("Cli", "%1: this build has no report support (configured with DS_BUILD_GUI=OFF)").arg(path));
#endif
}

}  // namespace cli
