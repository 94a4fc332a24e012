#pragma once

#include <QString>
#include <stdexcept>

namespace ds {

// A failure the user can act on: the message names the file or setting and the problem.
class Error : public std::runtime_error {
 public:
  explicit Error(const QString& message) : std::runtime_error(message.toStdString()), message_(message) {}
  const QString& message() const { return message_; }

 private:
  QString message_;
};

}  // namespace ds
