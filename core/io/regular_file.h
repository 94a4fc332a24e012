#pragma once

#include <QFile>
#include <QString>

namespace ds {

// Why path cannot be read as a regular file — missing, a folder, or a pipe, device or socket (whose
// open() or read could block forever or never end) — translated; empty when it is a regular file (or a
// link to one). Every file DefectScope reads from a user (images, masks, manifests, models, weight
// files, projects) is checked with it before it is opened.
QString regularFileProblem(const QString& path);

// Opens file (its name set) for reading after that check; returns why it cannot be read (translated),
// or an empty string once it is open.
QString openRegularFile(QFile& file, QIODevice::OpenMode mode = QIODevice::ReadOnly);

}  // namespace ds
