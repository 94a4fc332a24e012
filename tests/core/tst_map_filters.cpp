#include <QtTest>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/maps/map_filters.h"

namespace {

cv::Mat randomMat(int h, int w) {
  cv::Mat m(h, w, CV_32F);
  cv::RNG(5).fill(m, cv::RNG::UNIFORM, 0.0, 1.0);
  return m;
}

torch::Tensor toTensor(const cv::Mat& m) {
  return torch::from_blob(m.data, {1, m.rows, m.cols}, torch::kFloat32).clone();
}

double maxDifference(const torch::Tensor& t, const cv::Mat& m) {
  const cv::Mat fromTorch(m.rows, m.cols, CV_32F, t.contiguous().data_ptr<float>());
  return cv::norm(fromTorch, m, cv::NORM_INF);
}

}  // namespace

class TestMapFilters : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void gaussianBlurMatchesOpenCV() {
    // σ = 4 → radius 16, OpenCV's 33-tap kernel with the same reflect-101 border.
    const cv::Mat m = randomMat(40, 50);
    cv::Mat expected;
    cv::GaussianBlur(m, expected, {33, 33}, 4.0, 4.0, cv::BORDER_REFLECT_101);
    QVERIFY(maxDifference(ds::maps::gaussianBlur(toTensor(m), 4.0)[0], expected) < 1e-5);
  }

  void smallMapsTruncateTheKernel() {
    const cv::Mat m = randomMat(8, 12);
    cv::Mat expected;
    cv::GaussianBlur(m, expected, {15, 15}, 4.0, 4.0, cv::BORDER_REFLECT_101);
    QVERIFY(maxDifference(ds::maps::gaussianBlur(toTensor(m), 4.0)[0], expected) < 1e-5);
  }

  void zeroSigmaIsIdentity() {
    const torch::Tensor t = toTensor(randomMat(5, 5));
    QVERIFY(torch::equal(ds::maps::gaussianBlur(t, 0.0), t));
  }

  void bilinearResizeMatchesOpenCV() {
    const cv::Mat m = randomMat(16, 20);
    cv::Mat expected;
    cv::resize(m, expected, {50, 40}, 0, 0, cv::INTER_LINEAR);
    QVERIFY(maxDifference(ds::maps::resizeBilinear(toTensor(m), 40, 50)[0], expected) < 1e-4);
  }
};

QTEST_GUILESS_MAIN(TestMapFilters)
#include "tst_map_filters.moc"
