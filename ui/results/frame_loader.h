#pragma once

#include <QObject>

#include "ui/inspection/inspection_frame.h"

namespace ds::ui {

class InspectionSession;

// Makes the inspection view's frame of one image of the session's result set: the image decoded off
// the GUI thread the way the scoring model saw it (size, crop), with its map, mask, tiles and caption.
// A newer request supersedes one still loading, so a late image never replaces a newer one.
class FrameLoader : public QObject {
  Q_OBJECT
 public:
  FrameLoader(const InspectionSession* session, QObject* parent);
  void load(int sample);

 Q_SIGNALS:
  void loaded(const ds::ui::InspectionFrame& frame);
  void failed(const QString& error);

 private:
  const InspectionSession* session_;
  int request_ = 0;
};

}  // namespace ds::ui
