#include "core/io/sha256.h"

#include <openssl/evp.h>
#include <new>

namespace ds {

struct Sha256::Context {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d_(std::make_unique<Context>()) {
  // Only allocation can fail here; OpenSSL always has SHA-256.
  if (!d_->ctx || EVP_DigestInit_ex(d_->ctx, EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes) {
  if (!bytes.isEmpty()) EVP_DigestUpdate(d_->ctx, bytes.data(), static_cast<size_t>(bytes.size()));
}

QByteArray Sha256::result() {
  QByteArray digest(32, Qt::Uninitialized);
  unsigned int size = 0;
  EVP_DigestFinal_ex(d_->ctx, reinterpret_cast<unsigned char*>(digest.data()), &size);
  return digest;
}

QByteArray Sha256::of(QByteArrayView bytes) {
  Sha256 hash;
  hash.add(bytes);
  return hash.result();
}

}  // namespace ds
