#pragma once

#include <QString>
#include <QStringList>

namespace ds {

// A folder of outputs written as a whole (docs/exports.md, "Output safety"): its files go to a fresh
// staging folder beside the target, which takes the target's place only when commit() is called after
// everything was written. Killed or failed before that, the target is left as it was and the staging
// folder is removed (after a kill, by the next run into the same target, which also puts back a previous
// output a kill caught between the two renames of commit()).
class StagedFolder {
 public:
  // Refuses (ds::Error naming the folder) a target that is or lies inside one of inputFolders, and a
  // target that holds anything but the entries a previous run wrote (ownEntries): those would be lost.
  StagedFolder(const QString& target, const QStringList& ownEntries, const QStringList& inputFolders);
  ~StagedFolder();
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;

  const QString& path() const { return staging_; }  // where to write
  // Replaces the target by the staging folder: the previous target is renamed aside first and removed
  // once the new one is in place. Throws ds::Error naming the folder when a rename fails.
  void commit();

 private:
  QString target_, staging_;
  bool committed_ = false;
};

}  // namespace ds
