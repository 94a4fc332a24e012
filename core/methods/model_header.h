#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <opencv2/core/types.hpp>
#include <vector>

#include "core/methods/method_settings.h"
#include "core/methods/normalization.h"
#include "core/tiling/tile_grid.h"

namespace ds {

// The common part of a model file's header (docs/model-file.md): which method with which settings,
// the input it was trained at, how and on what it was trained, and what was stored in it later.
// fromJson is the one place that reads it and toJson the one place that writes it. Free of LibTorch:
// projects and reports carry it. Method-private sections ("patchcore", …) are no part of it; each
// method saves and loads its own.
struct ModelHeader {
  struct Input {
    cv::Size size;      // every image is resized to this
    QString imageSize;  // the image size asked for ("256" or "256x640"), the method's default applied
    Normalization normalization = Normalization::Unit;
    cv::Size crop;  // the centre crop of size that the method sees; empty = none
    // A tiled model (core/tiling): size is the tile the method sees; images keep their own size
    // (scaled by tiling->scale) and are cut into tiles. Never together with a crop.
    std::optional<Tiling> tiling;
    // What the method sees: the crop, else the size (the tile when tiled).
    cv::Size seen() const { return crop.empty() ? size : crop; }
  };
  struct Environment {
    QString device;  // where it was trained
    quint64 seed = 0;
    QString backbone;  // "" = the method's default
    QString weights;   // "" = the known file for the backbone
    int threads = 1;   // compute threads while training
  };
  struct Training {
    int images = 0;  // the images it was fitted on
    double fitSeconds = 0;
    QString date;  // ISO 8601, UTC
  };
  // Stored by evaluate --store-threshold.
  struct Threshold {
    double image = 0;
    double pixel = qQNaN();  // NaN: none (the evaluation had no masks)
    QString chosenBy;        // the rule, e.g. "f1_max"
  };
  struct HeldOutImage {
    QString path;    // relative to the training dataset's folder
    QString sha256;  // hex
  };
  // The good images held out of training, their scores and the thresholds the held-out rule gives.
  struct Holdout {
    double fraction = 0;
    quint64 seed = 0;
    std::vector<HeldOutImage> images;
    std::vector<double> scores;  // one per image; none after an update without the images at hand
    QString rule;                // "conformal_95"
    double imageThreshold = qQNaN(), pixelThreshold = qQNaN();  // NaN: none
  };

  // The inspected part of the input frame (docs/model-file.md, "region"); the mask itself is the
  // model's "inspection_region" tensor.
  struct Region {
    double inspectedFraction = 1;  // of the input frame's pixels
    QString source;                // where it came from: a mask file's name, or "drawn"
  };
  // One update of a model with further good images (docs/model-file.md, "lineage"), oldest first.
  struct Update {
    QString parentSha256;  // the model file it was made from
    int imagesAdded = 0;
    QString how;  // "exact", "coreset", "continued" (MethodInfo::update), or "region" (a new inspection region only)
    double seconds = 0;
    QString date;  // ISO 8601, UTC
  };

  QString appVersion;
  QString method;
  QJsonObject settings;  // MethodSettings::toJson of the method's settings
  Input input;
  std::optional<Environment> environment;
  std::optional<Training> training;
  QJsonObject summary;               // the method's figures (AnomalyMethod::summary), free-form
  std::optional<qint64> modelBytes;  // the tensors' bytes (not in models made before it was recorded)
  std::optional<Threshold> threshold;
  std::optional<Holdout> holdout;
  std::optional<Region> region;
  std::vector<Update> lineage;

  // Reads and range-checks a header. Throws ds::Error naming source (the model file, or the project
  // that carries the header) and the field: "m.dsm: input width 100000 is out of range (8…8192)".
  // Keys unknown to it (method-private sections) are ignored.
  static ModelHeader fromJson(const QJsonObject& json, const QString& source);
  QJsonObject toJson() const;
  // The "input" section as saved (metrics.json repeats it).
  QJsonObject inputJson() const;

  // The method's settings with the saved values (fromJson has checked them).
  MethodSettings methodSettings() const;
  // The images it was fitted on; 0 when the header does not say.
  int trainImages() const { return training ? training->images : 0; }
};

// Equal when they are saved alike.
bool operator==(const ModelHeader& a, const ModelHeader& b);

}  // namespace ds
