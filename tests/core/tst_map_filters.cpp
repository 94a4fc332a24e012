#include <QJsonArray>
#include <QtTest>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/maps/map_filters.h"
#include "core/maps/ssim.h"
#include "tests/support/test_support.h"

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

  void boxFilterMatchesRepeatedOpenCVBlur() {
    // G_k^n of Bauer et al. eq. (3): n passes of cv::blur (k×k, all weights 1/k²).
    const cv::Mat m = randomMat(30, 44);
    for (const auto& [k, n] : {std::pair{5, 3}, std::pair{7, 1}, std::pair{3, 2}}) {
      cv::Mat expected = m.clone();
      for (int i = 0; i < n; ++i) cv::blur(expected, expected, {k, k}, {-1, -1}, cv::BORDER_REFLECT_101);
      QVERIFY2(maxDifference(ds::maps::boxFilter(toTensor(m), k, n)[0], expected) < 1e-5, qPrintable(QStringLiteral("k=%1 n=%2").arg(k).arg(n)));
    }
    const torch::Tensor t = toTensor(m);
    QVERIFY(torch::equal(ds::maps::boxFilter(t, 7, 0), t));
  }

  void ssimMapMatchesReference() {
    // An independent numpy/scipy computation of the same local SSIM (Wang et al. 2004).
    const torch::Tensor x = torch::rand({1, 2, 20, 24}, torch::TensorOptions().dtype(torch::kFloat64));
    const torch::Tensor y = (x + 0.2 * torch::rand_like(x)).clamp(0, 1);
    const auto toJson = [](const torch::Tensor& t) {
      QJsonArray channels;
      for (int64_t c = 0; c < t.size(1); ++c) {
        QJsonArray rows;
        for (int64_t i = 0; i < t.size(2); ++i) {
          QJsonArray row;
          for (int64_t j = 0; j < t.size(3); ++j) row.append(t[0][c][i][j].item<double>());
          rows.append(row);
        }
        channels.append(rows);
      }
      return channels;
    };
    QString whyNot;
    const auto ref = dstest::runPythonReference(QStringLiteral("ssim_reference.py"), {{QStringLiteral("x"), toJson(x)}, {QStringLiteral("y"), toJson(y)}}, &whyNot);
    if (!ref) QSKIP(qPrintable(whyNot));
    const torch::Tensor ours = ds::maps::ssimMap(x, y);
    const QJsonArray expected = ref->value(QStringLiteral("ssim")).toArray();
    double worst = 0;
    for (int64_t c = 0; c < 2; ++c)
      for (int64_t i = 0; i < 20; ++i)
        for (int64_t j = 0; j < 24; ++j)
          worst = std::max(worst, std::abs(ours[0][c][i][j].item<double>() - expected[c].toArray()[i].toArray()[j].toDouble()));
    QVERIFY2(worst < 1e-9, qPrintable(QString::number(worst)));
    QVERIFY(torch::allclose(ds::maps::ssimMap(x, x), torch::ones_like(x)));
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
