#pragma once

#include <QString>
#include <vector>

#include "core/methods/inpaint_ae/corruption.h"
#include "core/methods/method_settings.h"

// Free of LibTorch: the GUI's corruption preview reads the same configuration.
namespace ds::inpaint {

struct NetworkShape {
  double width = 1.0;  // channel multiplier: 1.0 = the paper's 64…384 filters
  int kernel = 3;      // f of the stacked dilated convolutions, 3 or 5
  bool replicateBorders = true;  // pad by repeating edge pixels; false: zeros
};

enum class Objective {
  Reconstruct,  // eq. (1): reconstruct the normal regions and restore the corrupted ones
  Contrast,     // eq. (4): the same first term minus the |X̂−X|-weighted error in the corrupted ones
};

// How a training sample is cut from a training image (paper §3.2, §4.1).
struct SampleOptions {
  int resolution = 256;      // side of the square network input while training
  double cropStart = 0.5;    // progressive training: the crop's side at the start, as a fraction of
  double cropGrowth = 0.5;   // the resolution, growing linearly to 1 over this fraction of the epochs
  bool rotate90 = true, flipH = true, flipV = true;
  CorruptionOptions corruption;
};

enum class Difference { Squared, Ssim };

// The method's settings resolved against its preset and the device.
struct InpaintConfig {
  QString preset;                       // "fast" or "paper" after resolving "auto"
  int shortSide = 256;                  // default shorter side of the model's images
  NetworkShape shape;
  std::vector<Objective> objectives;    // one network per entry; two for the ensemble
  double lambda = 0.5;
  int epochs = 12;
  int batchSize = 4;
  double learningRate = 1e-3;
  int patience = 5;                     // early stopping; 0 = never
  double validationFraction = 0.05;
  int checkpointEvery = 50;             // iterations
  SampleOptions samples;                // resolution is set from the model's input size
  Difference difference = Difference::Squared;
  int smoothK = 7, smoothN = 3;         // G_k^n, eq. (3)
  double avgmapPower = 0;               // t of eq. (14); 0 = off
  bool scoreBySum = true;               // image score: the sum of the map (§3.1), or its maximum
};

// The settings table of --method inpaint_ae (defaults, descriptions, choices).
std::vector<SettingSpec> inpaintSettingSpecs();
// Throws ds::Error naming the setting when a value is out of range.
InpaintConfig inpaintConfig(const MethodSettings& settings, const QString& device);

// The square training resolution for a model input of height×width: its shorter side.
int trainingResolution(int height, int width);
// Crop side fraction at a point of training (epochs done, fractional).
double cropFraction(const SampleOptions& options, double epochsDone, int epochs);

}  // namespace ds::inpaint
