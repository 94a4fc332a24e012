#include "core/data/image_tensor.h"

#include <QCoreApplication>
#include <cstring>

#include "core/error.h"

namespace ds {

torch::Tensor imagesToTensor(const std::vector<LoadedImage>& images, Normalization normalization, const torch::Device& device) {
  const int h = images.front().image.rows, w = images.front().image.cols;
  torch::Tensor batch = torch::empty({static_cast<int64_t>(images.size()), h, w, 3});
  for (std::size_t i = 0; i < images.size(); ++i) {
    const cv::Mat& m = images[i].image;
    if (m.rows != h || m.cols != w || m.type() != CV_32FC3)
      throw Error(QCoreApplication::translate("ImageTensor", "images of one batch must share size and type"));
    const cv::Mat contiguous = m.isContinuous() ? m : m.clone();
    std::memcpy(batch[static_cast<int64_t>(i)].data_ptr(), contiguous.data, contiguous.total() * contiguous.elemSize());
  }
  torch::Tensor x = batch.permute({0, 3, 1, 2}).to(device).contiguous();
  if (normalization == Normalization::ImageNet) {
    const auto opts = torch::TensorOptions().device(device);
    x = (x - torch::tensor({0.485, 0.456, 0.406}, opts).view({1, 3, 1, 1})) /
        torch::tensor({0.229, 0.224, 0.225}, opts).view({1, 3, 1, 1});
  }
  return x;
}

}  // namespace ds
