#include "ui/review/review_queue.h"

#include <algorithm>

#include "ui/results/result_set.h"

namespace ds::ui {

ReviewQueue::ReviewQueue(const ResultSet& results, ReviewScope scope) {
  for (int i = 0; i < results.size(); ++i) {
    if (!results.isScored(i)) continue;
    const Verdict v = results.verdict(i);
    const bool wanted = scope == ReviewScope::All || v == Verdict::Review || (scope == ReviewScope::Flagged && v == Verdict::NOK);
    if (wanted) samples_.push_back(i);
  }
  std::stable_sort(samples_.begin(), samples_.end(), [&results](int a, int b) { return results.score(a) > results.score(b); });
}

bool ReviewQueue::advance() {
  if (finished()) return false;
  ++position_;
  return !finished();
}

bool ReviewQueue::back() {
  if (position_ == 0) return false;
  --position_;
  return true;
}

}  // namespace ds::ui
