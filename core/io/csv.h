#pragma once

#include <QString>

namespace ds {

// One CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
QString csvField(const QString& text);

}  // namespace ds
