#pragma once

#include <QFrame>
#include <vector>

#include "ui/review/review_queue.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace ds::ui {

class InspectionSession;

// The review queue over the workbench's image view: the images of a scope one after the other,
// decided from the keyboard — G good, D defective (with the defect type beside it), S skip,
// Backspace back. Decisions become confirmed labels in the project (InspectionSession::confirmLabel);
// the images confirmed good can then be taught to the model as good (a new model version).
class ReviewBar : public QFrame {
  Q_OBJECT

 public:
  explicit ReviewBar(InspectionSession* session, QWidget* parent = nullptr);

  // Builds the queue from the current results and shows its first image.
  void start(ReviewScope scope);
  const ReviewQueue& queue() const { return queue_; }
  void decideGood();
  void decideDefective();
  void skip();
  void back();
  // The images confirmed good in this review, taught to the active model as good.
  void teachConfirmedGood();
  int confirmedGoodCount() const { return static_cast<int>(confirmedGood_.size()); }

 Q_SIGNALS:
  void showSample(int sample);  // the queue's current image, to be shown in the view
  void closeRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void decide(bool defective);
  void showCurrent();
  void updateTitle();

  InspectionSession* session_;
  ReviewQueue queue_;
  std::vector<int> confirmedGood_;
  int confirmedDefective_ = 0, skipped_ = 0;
  QLabel* title_;
  QLabel* scopeLabel_;
  QComboBox* scope_;
  QLabel* typeLabel_;
  QComboBox* type_;
  QPushButton* good_;
  QPushButton* defective_;
  QPushButton* skip_;
  QPushButton* back_;
  QPushButton* teach_;
  QPushButton* close_;
};

}  // namespace ds::ui
