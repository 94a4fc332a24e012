// Model loading (bench/README.md): how long a saved model takes to open, and where the time goes.
//   model_load_bench MODEL.dsm [repeats=3]
// The file is read once first so that the timings are of a model in the page cache (the workbench
// reopening a project); the first, cold line is printed too.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

#include "bench/bench_support.h"
#include "core/data/image_loader.h"
#include "core/io/model_archive.h"
#include "core/methods/inspection_model.h"
#include "core/runtime/memory.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: model_load_bench MODEL.dsm [repeats]\n");
    return 2;
  }
  const QString path = QString::fromLocal8Bit(argv[1]);
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  const double mb = QFileInfo(path).size() / 1048576.0;
  std::printf("model %s: %.0f MB\n", argv[1], mb);
  for (int i = 0; i <= repeats; ++i) {
    QElapsedTimer t;
    t.start();
    const ds::ModelArchive archive = ds::ModelArchive::load(path);
    const double archiveSeconds = dsbench::seconds(t);
    t.restart();
    ds::InspectionModel model = ds::InspectionModel::load(path, QStringLiteral("cpu"));
    const double modelSeconds = dsbench::seconds(t);
    // The first prediction touches every page of the mapped tensors; the second is the steady state.
    const ds::LoadOptions frame = model.loadOptions();
    ds::LoadedImage grey;
    grey.image = cv::Mat(frame.crop.empty() ? frame.size : frame.crop, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5));
    grey.originalSize = grey.image.size();
    t.restart();
    model.predict({grey});
    const double firstPredict = dsbench::seconds(t);
    t.restart();
    model.predict({grey});
    const double secondPredict = dsbench::seconds(t);
    std::printf("%s: archive (read, verify, index) %.3f s; model ready to predict %.3f s (%s); predict one image %.3f s, again %.3f s; "
                "peak RSS %.0f MB\n",
                i == 0 ? "first" : "warm ", archiveSeconds, modelSeconds, qPrintable(model.header().method), firstPredict, secondPredict,
                ds::peakRssMb());
  }
  // What the loader did before it mapped the file: read it whole, SHA-256 through Qt, copy the body
  // and every tensor's bytes out of it (the tensors' own copies come on top, as they still do).
  QFile file(path);
  if (file.open(QIODevice::ReadOnly)) {
    QElapsedTimer t;
    t.start();
    const QByteArray all = file.readAll();
    const double read = dsbench::seconds(t);
    t.restart();
    const QByteArray body = all.left(all.size() - 32);
    const QByteArray blobs(body.constData(), body.size());  // the blobs' copies, in one
    const double copies = dsbench::seconds(t);
    t.restart();
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const double hash = dsbench::seconds(t);
    std::printf("as before (read whole %.3f s, Qt SHA-256 %.3f s = %.0f MB/s, copies %.3f s): %.3f s%s\n", read, hash, mb / hash, copies,
                read + hash + copies, digest == all.right(32) ? "" : " (checksum mismatch!)");
  }
  return 0;
}
