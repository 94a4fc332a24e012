#pragma once

#include <QString>

namespace ds {

// Why path cannot be read as a regular file — missing, a folder, or a pipe, device or socket (whose
// open() or read could block forever or never end) — translated; empty when it is a regular file (or a
// link to one). Every file DefectScope reads from a user (images, masks, manifests, models, weight
// files, projects) is checked with it before it is opened.
QString regularFileProblem(const QString& path);

}  // namespace ds
