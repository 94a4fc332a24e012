#include "core/data/quiet_cerr.h"

#include <iostream>
#include <streambuf>

namespace ds {
namespace {

thread_local bool tQuiet = false;

// Sits between std::cerr and its original buffer. It has no buffer of its own, so every write
// arrives here at once and is forwarded, or dropped on a quiet thread; the original buffer (stdio's,
// unbuffered) stays what other threads write through.
class RoutingBuffer : public std::streambuf {
 public:
  explicit RoutingBuffer(std::streambuf* original) : original_(original) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof()) || tQuiet) return traits_type::not_eof(c);
    return original_->sputc(traits_type::to_char_type(c));
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override { return tQuiet ? n : original_->sputn(s, n); }
  int sync() override { return tQuiet ? 0 : original_->pubsync(); }

 private:
  std::streambuf* original_;
};

// Installed while the program starts, before any thread writes to std::cerr (this file includes
// <iostream>, so std::cerr exists by now). It lives as long as std::cerr.
[[maybe_unused]] RoutingBuffer* const gRouting = [] {
  auto* routing = new RoutingBuffer(std::cerr.rdbuf());
  std::cerr.rdbuf(routing);
  return routing;
}();

}  // namespace

QuietCerr::QuietCerr() : wasQuiet_(tQuiet) { tQuiet = true; }

QuietCerr::~QuietCerr() { tQuiet = wasQuiet_; }

}  // namespace ds
