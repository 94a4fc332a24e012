#pragma once

#include <QDateTime>
#include <QString>
#include <map>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

#include "core/methods/model_header.h"
#include "core/metrics/evaluation.h"
#include "core/metrics/thresholds.h"

namespace ds {

// Which images get a row in a report's findings.
enum class FindingsScope { All, Flagged, Errors };
// Flagged: NOK or REVIEW. Errors: a labelled image decided against its label.
bool isFinding(FindingsScope scope, Verdict verdict, bool labelled, bool defective);
FindingsScope findingsScopeFromName(const QString& name);  // "all", "flagged", "errors"; throws ds::Error

// Everything an inspection report states besides its findings: plain values, filled by the CLI from a
// model and a dataset, or by the workbench from its project. Label-dependent parts are left out when
// labelled is false (a production folder).
struct ReportData {
  QString title;          // the name of the image set scored (its folder or manifest)
  QString project;        // the project file's name, when the set was scored in one
  QString datasetPath;
  int trainImages = 0, testGood = 0, testDefective = 0, unlabelled = 0;
  std::map<QString, int> defectTypeCounts;  // test images per defect type

  QString modelPath, modelChecksum;
  std::optional<ModelHeader> modelHeader;  // method, settings, input, environment, training; none without a model

  ImageThresholds thresholds{qQNaN(), qQNaN(), false};
  double pixelThreshold = qQNaN();
  QString thresholdsChosenBy, pixelThresholdChosenBy;
  int heldOut = 0;                  // test images the model held out of training
  int excludedTrainingImages = -1;  // labelled images left out as training images; -1: not known
  std::map<QString, int> confirmedBy;  // labels confirmed in a review, by reviewer ("" = unnamed)

  QString appVersion, operatorName;
  QDateTime created;

  bool labelled = false;
  Evaluation evaluation;     // when labelled
  DecisionCounts decisions;  // when labelled
  int ok = 0, review = 0, nok = 0;  // every scored image
  std::vector<double> goodScores, defectiveScores, unlabelledScores;
  FindingsScope scope = FindingsScope::Flagged;
};

// One findings row: what the report shows of one image.
struct ReportFinding {
  QString path;        // as shown (relative to the dataset when below it)
  double score = 0;
  Verdict verdict = Verdict::Unknown;
  bool labelled = false, defective = false;
  QString defectType;
  cv::Mat image;       // RGB CV_32FC3 in [0,1] at the model's input size
  cv::Mat map;         // CV_32FC1, same size
  cv::Mat mask;        // CV_8UC1 0/1, same size; empty without ground truth
};

// The findings, fetched one at a time while pages are drawn, so a report of thousands of images never
// holds them all.
class FindingSource {
 public:
  virtual ~FindingSource() = default;
  virtual int count() const = 0;
  virtual ReportFinding at(int index) const = 0;
};

}  // namespace ds
