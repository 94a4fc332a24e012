#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// Helpers shared by the Qt Test executables.
namespace dstest {

QString sourceDir();
// ../shared beside the repository; empty when it is absent (a fresh clone), and tests that need it skip.
QString sharedDir();
// The defectscope-cli under test (DS_CLI, set by ctest), or empty.
QString cliPath();

// Runs tests/python/<script> with Debian's python3 on input; returns its JSON output, or nothing
// with the reason in *whyNot (python3, numpy, scipy or scikit-learn missing, or the script failed).
std::optional<QJsonObject> runPythonReference(const QString& script, const QJsonObject& input, QString* whyNot);

}  // namespace dstest
