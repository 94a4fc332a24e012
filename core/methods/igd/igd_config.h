#pragma once

#include <QString>
#include <vector>

#include "core/methods/method_settings.h"

// Free of LibTorch: the settings table and its validation.
namespace ds::igd {

// The window and scales of one model's MS-SSIM (supp. eq. 18).
struct MsSsimShape {
  int window = 11;
  int scales = 5;
};

// What both the global and the local model share (paper §Method and §Implementation Details).
struct ModelOptions {
  int latentDim = 128;           // Z
  double width = 1.0;            // channel multiplier of the decoder and critic (1.0 = ResNet-18's 64…512)
  bool pretrainedEncoder = true; // the backbone's trunk, frozen, + a trained linear layer; else ResNet-18 from scratch
  double rho = 0.15;             // ρ of eq. (12)
  double lambda1 = 1.0, lambda2 = 1.0, lambda3 = 0.1;  // eqs. (7) and (11)
};

// How a model's image score weighs its two terms: s = reconstruction·ℓ_r + gaussian·ℓ_h.
struct TermWeights {
  double reconstruction = 1.0, gaussian = 1.0;
};

struct IgdConfig {
  QString preset;               // "fast" or "paper" after resolving "auto"
  bool global = true, local = true;
  int shortSide = 256;          // default shorter side of the model's input images
  int globalSide = 256;         // shorter side of the global model's input (a multiple of 32)
  int patchSize = 32, patchStride = 16;
  int patchesPerImage = 0;      // local training patches per image and epoch; 0 = every grid position
  ModelOptions model;
  MsSsimShape globalMsSsim{11, 5}, localMsSsim{3, 4};
  int epochs = 256;
  int batchSize = 64;           // global model: images per step
  int patchBatch = 64;          // local model: patches per step
  double learningRate = 1e-4, weightDecay = 1e-6;
  bool polyDecay = true;        // learning rate × (1 − step/steps)^0.9, as the authors' code
  int estepEvery = 10;          // epochs between E-steps
  int estepSamples = 4096;      // most samples an E-step averages over (the local model's patches)
  int checkpointEvery = 50;     // iterations
  double globalWeight = 1.0, localWeight = 1.0;  // of s_G, s_L in eq. (13) and of the two maps in eq. (16)
  TermWeights globalTerms, localTerms;            // eqs. (14), (15): 1 and 1; the authors' code: 0.1/0.9 and 0.9/0.1
};

// The settings table of --method igd (defaults, descriptions, choices).
std::vector<SettingSpec> igdSettingSpecs();
// Resolves presets; throws ds::Error naming the setting when a value is out of range.
IgdConfig igdConfig(const MethodSettings& settings, const QString& device);

// The global model's input for a model input of height×width: shorter side globalSide, the other in
// proportion, both rounded to a multiple of 32 (the encoder's and decoder's stride).
struct Extent {
  int height = 0, width = 0;
};
Extent globalExtent(const IgdConfig& config, int height, int width);

}  // namespace ds::igd
