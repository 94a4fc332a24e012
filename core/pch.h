// Precompiled for every core translation unit: LibTorch's headers dominate build time otherwise.
#pragma once

#include <torch/torch.h>

#include <QString>
#include <QVariant>
#include <opencv2/core.hpp>
