#include "ui/dataset_panel.h"

#include "ui/image_preview.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace ds::ui {
namespace {

constexpr int kSplitRole = Qt::UserRole;
constexpr int kTypeRole = Qt::UserRole + 1;

}  // namespace

DatasetPanel::DatasetPanel(QWidget* parent)
    : QWidget(parent), groups_(new QTreeWidget), images_(new QListWidget), preview_(new ImagePreview), problems_(new QTreeWidget) {
  groups_->setHeaderLabels({tr("Group"), tr("Images")});
  groups_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  groups_->header()->setStretchLastSection(false);
  groups_->setAccessibleName(tr("Dataset groups"));
  images_->setAccessibleName(tr("Images of the selected group"));
  preview_->setMessage(tr("Select an image to preview it"));
  problems_->setHeaderLabels({tr("File"), tr("Problem")});
  problems_->setRootIsDecorated(false);
  problems_->setAccessibleName(tr("Files that could not be used"));

  auto* problemsBox = new QWidget;
  auto* problemsLayout = new QVBoxLayout(problemsBox);
  problemsLayout->setContentsMargins(0, 0, 0, 0);
  problemsLayout->addWidget(new QLabel(tr("Problem files")));
  problemsLayout->addWidget(problems_);

  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(groups_);
  left->addWidget(images_);
  left->addWidget(problemsBox);
  left->setStretchFactor(1, 2);
  auto* split = new QSplitter(Qt::Horizontal);
  left->setMinimumWidth(260);
  split->addWidget(left);
  split->addWidget(preview_);
  split->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(groups_, &QTreeWidget::currentItemChanged, this, &DatasetPanel::showGroup);
  connect(images_, &QListWidget::currentRowChanged, this, &DatasetPanel::showImage);
}

void DatasetPanel::showDataset(const Dataset& dataset, const LoadReport& report) {
  dataset_ = dataset;
  groups_->clear();
  images_->clear();
  // Splits, then "good" first and defect types alphabetically, each with its image count.
  std::map<std::pair<int, QString>, int> counts;
  for (const Sample& s : dataset.samples()) {
    const QString type = s.labelled ? s.defectType : tr("unlabelled");
    ++counts[{static_cast<int>(s.split), type == Sample::goodType() ? QString() : type}];
  }
  QTreeWidgetItem* splitItems[2] = {nullptr, nullptr};
  const QString splitNames[2] = {tr("Train"), tr("Test")};
  for (const auto& [key, count] : counts) {
    const auto [split, type] = key;
    if (!splitItems[split]) {
      splitItems[split] = new QTreeWidgetItem(groups_, {splitNames[split], QString()});
      splitItems[split]->setData(0, kSplitRole, split);
      splitItems[split]->setExpanded(true);
    }
    auto* item = new QTreeWidgetItem(splitItems[split], {type.isEmpty() ? tr("good") : type, QString::number(count)});
    item->setData(0, kSplitRole, split);
    item->setData(0, kTypeRole, type.isEmpty() ? Sample::goodType() : type);
    splitItems[split]->setText(1, QString::number(splitItems[split]->text(1).toInt() + count));
  }
  problems_->clear();
  for (const LoadProblem& p : report.problems()) {
    auto* item = new QTreeWidgetItem(problems_, {QFileInfo(p.path).fileName(), p.problem});
    item->setToolTip(0, p.path);
    item->setToolTip(1, p.problem);
  }
  problems_->resizeColumnToContents(0);
  if (groups_->topLevelItemCount() > 0) groups_->setCurrentItem(groups_->topLevelItem(0)->child(0));
}

void DatasetPanel::showGroup() {
  images_->clear();
  const QTreeWidgetItem* item = groups_->currentItem();
  if (!item) return;
  const int split = item->data(0, kSplitRole).toInt();
  const QString type = item->data(0, kTypeRole).toString();
  for (const Sample& s : dataset_.samples()) {
    if (static_cast<int>(s.split) != split) continue;
    const QString sampleType = s.labelled ? s.defectType : tr("unlabelled");
    if (!type.isEmpty() && sampleType != type) continue;
    auto* entry = new QListWidgetItem(QFileInfo(s.imagePath).fileName(), images_);
    entry->setData(Qt::UserRole, s.imagePath);
    entry->setToolTip(s.imagePath);
  }
  if (images_->count() > 0) images_->setCurrentRow(0);
}

void DatasetPanel::showImage() {
  const QListWidgetItem* item = images_->currentItem();
  if (!item) return;
  QImageReader reader(item->data(Qt::UserRole).toString());
  reader.setAutoTransform(true);  // EXIF orientation, as the models see the image
  const QImage image = reader.read();
  if (image.isNull()) {
    preview_->setMessage(tr("Cannot show %1: %2").arg(item->text(), reader.errorString()));
    return;
  }
  preview_->setImage(image, tr("%1 — %2×%3 pixels").arg(item->toolTip()).arg(image.width()).arg(image.height()));
}

int DatasetPanel::groupCount() const {
  int n = 0;
  for (int i = 0; i < groups_->topLevelItemCount(); ++i) n += groups_->topLevelItem(i)->childCount();
  return n;
}

int DatasetPanel::problemCount() const { return problems_->topLevelItemCount(); }

}  // namespace ds::ui
