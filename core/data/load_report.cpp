#include "core/data/load_report.h"

namespace ds {

LoadReport::LoadReport(const LoadReport& other) : problems_(other.problems()) {}

LoadReport& LoadReport::operator=(const LoadReport& other) {
  if (this != &other) {
    auto copy = other.problems();
    std::lock_guard lock(mutex_);
    problems_ = std::move(copy);
  }
  return *this;
}

void LoadReport::add(const QString& path, const QString& problem) {
  // Errors thrown by the readers already start with the file's path: the report names it once.
  const QString prefix = path + QStringLiteral(": ");
  const QString text = problem.startsWith(prefix) ? problem.mid(prefix.size()) : problem;
  std::lock_guard lock(mutex_);
  problems_.push_back({path, text});
}

std::vector<LoadProblem> LoadReport::problems() const {
  std::lock_guard lock(mutex_);
  return problems_;
}

bool LoadReport::empty() const { return size() == 0; }

int LoadReport::size() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(problems_.size());
}

QString LoadReport::toText() const {
  QString text;
  for (const auto& p : problems()) text += p.path + QStringLiteral(": ") + p.problem + QLatin1Char('\n');
  return text;
}

}  // namespace ds
