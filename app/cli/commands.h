#pragma once

#include <QStringList>

// Each runs one defectscope-cli command with its arguments (args[0] is the command name) and
// returns the exit code. Errors are thrown as ds::Error and reported by main().
namespace cli {

int demoData(const QStringList& args);
int train(const QStringList& args);
int update(const QStringList& args);
int score(const QStringList& args);
int evaluate(const QStringList& args);
int methods(const QStringList& args);

}  // namespace cli
