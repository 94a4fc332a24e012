#include "core/data/dataset_readers.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include "core/data/image_io.h"
#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds::readers {
namespace {

bool isGoodName(const QString& name) {
  const QString n = name.toLower();
  return n == QLatin1String("good") || n == QLatin1String("ok") || n == QLatin1String("normal");
}

bool isMaskFolderName(const QString& name) {
  const QString n = name.toLower();
  return n == QLatin1String("ground_truth") || n == QLatin1String("masks") || n == QLatin1String("mask");
}

// True for a readable image file; anything else is reported and skipped.
bool acceptImage(const QString& path, LoadReport& report) {
  if (!hasImageExtension(path)) {
    report.add(path, QFileInfo(path).exists() ? QCoreApplication::translate("DatasetReaders", "not an image file (skipped)") : QCoreApplication::translate("DatasetReaders", "file not found"));
    return false;
  }
  const QString problem = sniffImageFile(path);
  if (!problem.isEmpty()) report.add(path, problem);
  return problem.isEmpty();
}

// Masks are matched to images by file stem: "<stem>_mask.<ext>" or "<stem>.<ext>".
QHash<QString, QString> masksByStem(const QDir& dir, LoadReport& report) {
  QHash<QString, QString> masks;
  if (!dir.exists()) return masks;
  for (const QString& path : scanImages(dir, report)) {
    QString stem = QFileInfo(path).completeBaseName();
    if (stem.endsWith(QLatin1String("_mask"))) stem.chop(5);
    const QString relativeFolder = dir.relativeFilePath(QFileInfo(path).absolutePath());
    masks.insert(QDir::cleanPath(relativeFolder + QLatin1Char('/') + stem), path);
  }
  return masks;
}

// A defective image without a mask is kept, but the engineer should know why its pixels are not
// evaluated: named once, in every layout.
void noteMissingMasks(const std::vector<Sample>& samples, LoadReport& report) {
  for (const Sample& s : samples)
    if (s.defective && s.maskPath.isEmpty())
      report.add(s.imagePath, QCoreApplication::translate("DatasetReaders", "defective image without a ground-truth mask (image-level metrics only)"));
}

// Attaches masks (found under maskRoot/<relative folder>/) to samples; reports masks left over.
void attachMasks(std::vector<Sample>& samples, const QDir& imageRoot, const QDir& maskRoot, LoadReport& report) {
  QHash<QString, QString> masks = masksByStem(maskRoot, report);
  for (Sample& s : samples) {
    const QFileInfo info(s.imagePath);
    const QString key =
        QDir::cleanPath(imageRoot.relativeFilePath(info.absolutePath()) + QLatin1Char('/') + info.completeBaseName());
    if (auto it = masks.find(key); it != masks.end()) {
      s.maskPath = it.value();
      masks.erase(it);
    }
  }
  for (const QString& orphan : masks) report.add(orphan, QCoreApplication::translate("DatasetReaders", "mask without a matching image"));
}

}  // namespace

QStringList scanImages(const QDir& dir, LoadReport& report) {
  QStringList images;
  // A folder that cannot be listed would otherwise just look empty.
  const auto listable = [&report](const QFileInfo& folder) {
    if (folder.isReadable() && folder.isExecutable()) return true;
    report.add(folder.absoluteFilePath(), QCoreApplication::translate("DatasetReaders", "folder cannot be read (permission denied): its images are skipped"));
    return false;
  };
  if (!listable(QFileInfo(dir.absolutePath()))) return images;
  QDirIterator it(dir.absolutePath(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    const QFileInfo info = it.fileInfo();
    if (info.fileName().startsWith(QLatin1Char('.'))) continue;  // .DS_Store, editor files
    if (info.isDir()) listable(info);
    else if (acceptImage(path, report)) images << path;
  }
  images.sort();
  return images;
}

std::vector<Sample> readMVTec(const QDir& root, LoadReport& report) {
  std::vector<Sample> samples;
  for (const auto& [folder, split] : {std::pair{QStringLiteral("train"), Split::Train},
                                      std::pair{QStringLiteral("test"), Split::Test}}) {
    const QDir splitDir(root.filePath(folder));
    if (!splitDir.exists()) continue;
    const QStringList types = splitDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& type : types) {
      for (const QString& path : scanImages(QDir(splitDir.filePath(type)), report)) {
        Sample s;
        s.imagePath = path;
        s.split = split;
        s.defective = !isGoodName(type);
        s.defectType = s.defective ? type : Sample::goodType();
        samples.push_back(s);
      }
    }
    for (const QString& stray : splitDir.entryList(QDir::Files | QDir::NoDotAndDotDot))
      report.add(splitDir.filePath(stray), QCoreApplication::translate("DatasetReaders", "file outside a class folder (skipped)"));
  }
  // Keys of train images are relative to test/ and start with "../", so only test images can match.
  attachMasks(samples, QDir(root.filePath(QStringLiteral("test"))), QDir(root.filePath(QStringLiteral("ground_truth"))),
              report);
  noteMissingMasks(samples, report);
  return samples;
}

std::vector<Sample> readFolder(const QDir& root, LoadReport& report) {
  std::vector<Sample> samples;
  const QStringList subdirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  QString maskFolder;
  for (const QString& sub : subdirs)
    if (isMaskFolderName(sub)) maskFolder = sub;

  // Images in the top folder carry no label; a subfolder names a class ("good" or a defect type).
  for (const QString& name : root.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
    const QString path = root.filePath(name);
    if (!acceptImage(path, report)) continue;
    Sample s;
    s.imagePath = path;
    s.labelled = false;
    samples.push_back(s);
  }
  for (const QString& sub : subdirs) {
    if (sub == maskFolder) continue;
    for (const QString& path : scanImages(QDir(root.filePath(sub)), report)) {
      Sample s;
      s.imagePath = path;
      s.defective = !isGoodName(sub);
      s.defectType = s.defective ? sub : Sample::goodType();
      samples.push_back(s);
    }
  }
  if (!maskFolder.isEmpty()) attachMasks(samples, root, QDir(root.filePath(maskFolder)), report);
  noteMissingMasks(samples, report);
  return samples;
}

namespace {

// RFC 4180 fields: commas inside double quotes, "" for a quote.
QStringList parseCsvLine(const QString& line) {
  QStringList fields;
  QString field;
  bool quoted = false;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line[i];
    if (quoted) {
      if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
        field += c;
        ++i;
      } else if (c == QLatin1Char('"')) {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      fields << field.trimmed();
      field.clear();
    } else {
      field += c;
    }
  }
  fields << field.trimmed();
  return fields;
}

}  // namespace

std::vector<Sample> readManifest(const QString& csvPath, LoadReport& report) {
  QFile file(csvPath);
  if (const QString problem = openRegularFile(file, QIODevice::ReadOnly | QIODevice::Text); !problem.isEmpty())
    throw Error(QCoreApplication::translate("DatasetReaders", "%1: cannot read the manifest (%2)").arg(csvPath, problem));
  QTextStream in(&file);
  const QStringList header = parseCsvLine(in.readLine());
  const QStringList required = {QStringLiteral("split"), QStringLiteral("label"), QStringLiteral("image_path")};
  for (const QString& column : required)
    if (!header.contains(column))
      throw Error(QCoreApplication::translate("DatasetReaders", "%1: manifest header lacks the column \"%2\" (expected split,label,defect_type,image_path,mask_path)")
                      .arg(csvPath, column));
  const int cSplit = header.indexOf(QStringLiteral("split"));
  const int cLabel = header.indexOf(QStringLiteral("label"));
  const int cType = header.indexOf(QStringLiteral("defect_type"));
  const int cImage = header.indexOf(QStringLiteral("image_path"));
  const int cMask = header.indexOf(QStringLiteral("mask_path"));
  const QDir base = QFileInfo(csvPath).absoluteDir();

  std::vector<Sample> samples;
  QHash<QString, std::pair<int, std::size_t>> firstLine;  // image path -> (line, index in samples)
  for (int lineNo = 2; !in.atEnd(); ++lineNo) {
    const QString line = in.readLine();
    if (line.trimmed().isEmpty()) continue;
    const QStringList f = parseCsvLine(line);
    const QString where = QStringLiteral("%1:%2").arg(csvPath).arg(lineNo);
    if (f.size() < header.size()) {
      report.add(where, QCoreApplication::translate("DatasetReaders", "row has %1 fields, the header has %2 (skipped)").arg(f.size()).arg(header.size()));
      continue;
    }
    Sample s;
    const QString split = f[cSplit].toLower();
    if (split != QLatin1String("train") && split != QLatin1String("test")) {
      report.add(where, QCoreApplication::translate("DatasetReaders", "split must be train or test, not \"%1\" (skipped)").arg(f[cSplit]));
      continue;
    }
    s.split = split == QLatin1String("train") ? Split::Train : Split::Test;
    const QString label = f[cLabel];
    if (label.isEmpty()) {
      s.labelled = false;
    } else if (label == QLatin1String("0") || label == QLatin1String("1")) {
      s.defective = label == QLatin1String("1");
    } else {
      report.add(where, QCoreApplication::translate("DatasetReaders", "label must be 0, 1 or empty, not \"%1\" (skipped)").arg(label));
      continue;
    }
    s.defectType = s.defective ? (cType >= 0 && !f[cType].isEmpty() ? f[cType] : QStringLiteral("defect"))
                               : (s.labelled ? Sample::goodType() : QString());
    s.imagePath = QDir::cleanPath(base.absoluteFilePath(f[cImage]));
    // An image listed twice would count twice in the metrics, or once as good and once as defective.
    if (const auto first = firstLine.constFind(s.imagePath); first != firstLine.cend()) {
      const Sample& earlier = samples[first.value().second];
      const QString image = f[cImage];
      if (earlier.labelled && s.labelled && earlier.defective != s.defective)
        report.add(where, s.defective ? QCoreApplication::translate("DatasetReaders", "%1 is labelled defective here but good on line %2 (this row skipped)").arg(image).arg(first.value().first)
                                      : QCoreApplication::translate("DatasetReaders", "%1 is labelled good here but defective on line %2 (this row skipped)").arg(image).arg(first.value().first));
      else
        report.add(where, QCoreApplication::translate("DatasetReaders", "%1 is listed again (first on line %2; this row skipped)").arg(image).arg(first.value().first));
      continue;
    }
    if (!acceptImage(s.imagePath, report)) continue;
    if (cMask >= 0 && !f[cMask].isEmpty() && s.labelled && !s.defective) {
      report.add(where, QCoreApplication::translate("DatasetReaders", "a mask is given for a good image (mask ignored)"));
    } else if (cMask >= 0 && !f[cMask].isEmpty()) {
      const QString mask = QDir::cleanPath(base.absoluteFilePath(f[cMask]));
      // A missing or unreadable mask costs the pixel metrics of this image, not the image itself.
      if (const QString problem = regularFileProblem(mask); problem.isEmpty()) s.maskPath = mask;
      else report.add(mask, QCoreApplication::translate("DatasetReaders", "%1 (mask ignored: the image counts for image-level metrics only)").arg(problem));
    } else {
      noteMissingMasks({s}, report);  // no mask listed (one that is listed but missing is named above)
    }
    firstLine.insert(s.imagePath, {lineNo, samples.size()});
    samples.push_back(s);
  }
  return samples;
}

}  // namespace ds::readers
