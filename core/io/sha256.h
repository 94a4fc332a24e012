#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace ds {

// Incremental SHA-256 through OpenSSL, which uses the CPU's SHA extensions where it has them (about
// 1.6 GB/s on a core of an AMD EPYC against Qt's portable code's few hundred MB/s): models of hundreds
// of MB are verified on every open, and every image is hashed to tell training images from test ones.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(QByteArrayView bytes);
  // The 32-byte digest; the hash cannot take more data afterwards.
  QByteArray result();

  static QByteArray of(QByteArrayView bytes);

 private:
  struct Context;
  std::unique_ptr<Context> d_;
};

}  // namespace ds
