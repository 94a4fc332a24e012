#pragma once

#include <QString>
#include <mutex>
#include <vector>

namespace ds {

struct LoadProblem {
  QString path;
  QString problem;
};

// Files that could not be used, each with the reason. Shared by the readers (scan time) and the
// image loader (decode time); safe to fill from several threads.
class LoadReport {
 public:
  LoadReport() = default;
  LoadReport(const LoadReport& other);
  LoadReport& operator=(const LoadReport& other);

  void add(const QString& path, const QString& problem);
  std::vector<LoadProblem> problems() const;
  bool empty() const;
  int size() const;
  // One line per problem: "path: problem".
  QString toText() const;

 private:
  mutable std::mutex mutex_;
  std::vector<LoadProblem> problems_;
};

}  // namespace ds
