#include "ui/dataset/dataset_panel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

#include "ui/dataset/thumbnail_delegate.h"
#include "ui/dataset/thumbnail_filter.h"
#include "ui/dataset/thumbnail_model.h"
#include "ui/results/result_set.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

constexpr int kSplitRole = Qt::UserRole;
constexpr int kTypeRole = Qt::UserRole + 1;

QWidget* titled(const QString& title, QWidget* content, QLabel** label = nullptr) {
  auto* box = new QWidget;
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* heading = new QLabel(title);
  heading->setStyleSheet(QStringLiteral("font-weight: bold"));
  layout->addWidget(heading);
  layout->addWidget(content);
  if (label) *label = heading;
  return box;
}

}  // namespace

DatasetPanel::DatasetPanel(ResultSet* results, QWidget* parent)
    : QWidget(parent),
      results_(results),
      model_(new ThumbnailModel(results, this)),
      filter_(new ThumbnailFilter(this)),
      groups_(new QTreeWidget),
      verdicts_(new QComboBox),
      decisions_(new QComboBox),
      order_(new QComboBox),
      grid_(new QListView),
      problems_(new QTreeWidget),
      filterNote_(new QLabel) {
  filter_->setSourceModel(model_);
  groups_->setHeaderLabels({tr("Group"), tr("Images")});
  groups_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  groups_->header()->setStretchLastSection(false);
  groups_->setAccessibleName(tr("Dataset groups"));
  groups_->setMinimumHeight(groups_->fontMetrics().height() * 8);

  verdicts_->addItems({tr("All verdicts"), tr("OK"), tr("REVIEW"), tr("NOK"), tr("Not scored")});
  decisions_->addItems({tr("All decisions"), tr("Right only"), tr("Wrong only")});
  order_->addItems({tr("Dataset order"), tr("Score, highest first"), tr("Score, lowest first"), tr("Label")});
  verdicts_->setObjectName(QStringLiteral("verdictFilter"));
  decisions_->setObjectName(QStringLiteral("decisionFilter"));
  verdicts_->setToolTip(tr("Show only images with this verdict"));
  decisions_->setToolTip(tr("Show only images whose verdict agrees (or disagrees) with their label"));
  order_->setToolTip(tr("Order of the thumbnails"));

  grid_->setModel(filter_);
  grid_->setItemDelegate(new ThumbnailDelegate(grid_));
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(true);  // lets the view lay out thousands of tiles without asking each one
  grid_->setLayoutMode(QListView::Batched);
  grid_->setSpacing(2);
  grid_->setSelectionMode(QAbstractItemView::SingleSelection);
  grid_->setAccessibleName(tr("Images of the selected group"));

  problems_->setHeaderLabels({tr("File"), tr("Problem")});
  problems_->setRootIsDecorated(false);
  problems_->setAccessibleName(tr("Files that could not be used"));

  auto* filters = new QWidget;
  // The two filters side by side, the order below them: the panel stays narrow in every language.
  auto* filterRows = new QGridLayout(filters);
  filterRows->setContentsMargins(0, 0, 0, 0);
  filterRows->addWidget(verdicts_, 0, 0);
  filterRows->addWidget(decisions_, 0, 1);
  filterRows->addWidget(order_, 1, 0, 1, 2);
  auto* gridBox = new QWidget;
  auto* gridLayout = new QVBoxLayout(gridBox);
  gridLayout->setContentsMargins(0, 0, 0, 0);
  gridLayout->addWidget(filters);
  filterNote_->setWordWrap(true);
  filterNote_->setText(tr("No image of this group matches the filters. <a href=\"all\">Show all</a>"));
  filterNote_->setVisible(false);
  connect(filterNote_, &QLabel::linkActivated, this, [this] {
    for (QComboBox* box : {verdicts_, decisions_}) box->setCurrentIndex(0);
  });
  gridLayout->addWidget(filterNote_);
  gridLayout->addWidget(grid_);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(titled(tr("Dataset"), groups_));
  split->addWidget(titled(tr("Images"), gridBox));
  split->addWidget(titled(tr("Problem files"), problems_, &problemsTitle_));
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 4);
  split->setStretchFactor(2, 1);
  split->setSizes({150, 500, 90});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(split);

  connect(results_, &ResultSet::datasetChanged, this, &DatasetPanel::rebuild);
  connect(groups_, &QTreeWidget::currentItemChanged, this, &DatasetPanel::applyGroup);
  connect(verdicts_, &QComboBox::currentIndexChanged, this,
          [this](int i) { filter_->setVerdicts(static_cast<ThumbnailFilter::Verdicts>(i)); });
  connect(decisions_, &QComboBox::currentIndexChanged, this,
          [this](int i) { filter_->setDecisions(static_cast<ThumbnailFilter::Decisions>(i)); });
  connect(order_, &QComboBox::currentIndexChanged, this,
          [this](int i) { filter_->setOrder(static_cast<ThumbnailFilter::Order>(i)); });
  for (QComboBox* box : {verdicts_, decisions_}) connect(box, &QComboBox::currentIndexChanged, this, &DatasetPanel::updateFilterNote);
  connect(filter_, &QAbstractItemModel::rowsInserted, this, &DatasetPanel::updateFilterNote);
  connect(filter_, &QAbstractItemModel::rowsRemoved, this, &DatasetPanel::updateFilterNote);
  connect(filter_, &QAbstractItemModel::modelReset, this, &DatasetPanel::updateFilterNote);
  connect(filter_, &QAbstractItemModel::layoutChanged, this, &DatasetPanel::updateFilterNote);
  connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
    if (current.isValid()) Q_EMIT sampleSelected(current.data(ThumbnailModel::SampleRole).toInt());
  });
}

void DatasetPanel::rebuild() {
  // Filters chosen for another image set would hide this one's images without a word.
  for (QComboBox* box : {verdicts_, decisions_}) box->setCurrentIndex(0);
  groups_->clear();
  // Splits, then "good" first and defect types alphabetically, each with its image count.
  std::map<std::pair<int, QString>, int> counts;
  for (const Sample& s : results_->samples()) {
    const QString type = !s.labelled ? ThumbnailFilter::unlabelledType()
                         : s.defectType == Sample::goodType() ? QString() : s.defectType;
    ++counts[{static_cast<int>(s.split), type}];
  }
  QTreeWidgetItem* splitItems[2] = {nullptr, nullptr};
  const QString splitNames[2] = {tr("Train"), tr("Test")};
  for (const auto& [key, count] : counts) {
    const auto& [split, type] = key;
    if (!splitItems[split]) {
      splitItems[split] = new QTreeWidgetItem(groups_, {splitNames[split], QString()});
      splitItems[split]->setData(0, kSplitRole, split);
      splitItems[split]->setExpanded(true);
    }
    const QString title = type.isEmpty() ? tr("good") : type == ThumbnailFilter::unlabelledType() ? tr("unlabelled") : type;
    auto* item = new QTreeWidgetItem(splitItems[split], {title, numbers::count(count)});
    item->setData(0, kSplitRole, split);
    item->setData(0, kTypeRole, type.isEmpty() ? Sample::goodType() : type);
    item->setTextAlignment(1, Qt::AlignRight);
    splitItems[split]->setData(1, Qt::UserRole, splitItems[split]->data(1, Qt::UserRole).toInt() + count);
    splitItems[split]->setText(1, numbers::count(splitItems[split]->data(1, Qt::UserRole).toInt()));
    splitItems[split]->setTextAlignment(1, Qt::AlignRight);
  }
  problems_->clear();
  for (const LoadProblem& p : results_->loadReport().problems()) {
    auto* item = new QTreeWidgetItem(problems_, {QFileInfo(p.path).fileName(), p.problem});
    item->setToolTip(0, p.path);
    item->setToolTip(1, p.problem);
  }
  problems_->resizeColumnToContents(0);
  problemsTitle_->setText(problems_->topLevelItemCount() == 0 ? tr("No problem files")
                                                               : tr("Problem files (%1)").arg(problems_->topLevelItemCount()));
  problems_->setVisible(problems_->topLevelItemCount() > 0);
  // The test split is what a model scores and what the engineer inspects: select it first.
  QTreeWidgetItem* first = splitItems[static_cast<int>(Split::Test)] ? splitItems[static_cast<int>(Split::Test)]
                                                                     : groups_->topLevelItem(0);
  if (first) groups_->setCurrentItem(first);
}

void DatasetPanel::applyGroup() {
  const QTreeWidgetItem* item = groups_->currentItem();
  if (!item) return;
  filter_->setGroup(item->data(0, kSplitRole).toInt(), item->data(0, kTypeRole).toString());
  if (filter_->rowCount() > 0) setCurrentRow(0);
}

void DatasetPanel::setCurrentRow(int row) {
  const QModelIndex index = filter_->index(row, 0);
  grid_->setCurrentIndex(index);
  grid_->scrollTo(index);  // the selection stays in sight, however the grid was scrolled
}

void DatasetPanel::updateFilterNote() {
  const bool filtering = verdicts_->currentIndex() != 0 || decisions_->currentIndex() != 0;
  filterNote_->setVisible(filtering && filter_->rowCount() == 0);
}

int DatasetPanel::groupCount() const {
  int n = 0;
  for (int i = 0; i < groups_->topLevelItemCount(); ++i) n += groups_->topLevelItem(i)->childCount();
  return n;
}

int DatasetPanel::problemCount() const { return problems_->topLevelItemCount(); }
int DatasetPanel::visibleCount() const { return filter_->rowCount(); }

int DatasetPanel::currentSample() const {
  const QModelIndex current = grid_->currentIndex();
  return current.isValid() ? current.data(ThumbnailModel::SampleRole).toInt() : -1;
}

void DatasetPanel::selectSample(int sample) {
  const QModelIndex index = filter_->mapFromSource(model_->index(sample));
  if (index.isValid()) setCurrentRow(index.row());
}

void DatasetPanel::step(int delta) {
  const int rows = filter_->rowCount();
  if (rows == 0) return;
  const int row = grid_->currentIndex().isValid() ? grid_->currentIndex().row() + delta : 0;
  setCurrentRow(std::clamp(row, 0, rows - 1));
}

}  // namespace ds::ui
