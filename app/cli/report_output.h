#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include "core/report/scored_set.h"

namespace cli {

// The options that ask for a PDF report (--report, --findings, --operator, --page-size), shared by
// evaluate and score.
QList<QCommandLineOption> reportOptions();
bool reportRequested(const QCommandLineParser& parser);
// Writes the report the options ask for; evaluation is null for unlabelled data.
void writeReport(const QCommandLineParser& parser, const ds::ScoredSet& set, const ds::SetThresholds& thresholds,
                 const ds::Evaluation* evaluation, bool quiet);

}  // namespace cli
