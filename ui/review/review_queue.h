#pragma once

#include <vector>

namespace ds::ui {

class ResultSet;

// Which scored images a review goes through.
enum class ReviewScope {
  Review,   // the REVIEW band between the two thresholds (with one threshold: none)
  Flagged,  // every image at or above the NOK threshold, and the REVIEW band
  All,      // every scored image
};

// The images of a review, one after the other: the likeliest defects first (highest score), so a
// review cut short has seen those that matter most. Skipping moves on without a decision; back
// returns to the previous image. Built once: decisions do not reorder it.
class ReviewQueue {
 public:
  ReviewQueue() = default;
  ReviewQueue(const ResultSet& results, ReviewScope scope);

  bool empty() const { return samples_.empty(); }
  int size() const { return static_cast<int>(samples_.size()); }
  int position() const { return position_; }  // 0-based; size() once past the last image
  bool finished() const { return position_ >= size(); }
  int current() const { return finished() ? -1 : samples_[position_]; }
  // Moves on (after a decision or a skip); false past the last image.
  bool advance();
  bool back();
  const std::vector<int>& samples() const { return samples_; }

 private:
  std::vector<int> samples_;
  int position_ = 0;
};

}  // namespace ds::ui
