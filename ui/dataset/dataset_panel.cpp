#include "ui/dataset/dataset_panel.h"

#include <QComboBox>
#include <QEvent>
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
constexpr int kCountRole = Qt::UserRole;  // of column 1: the group's image count

// content under a bold heading, which *heading receives.
QWidget* titled(QWidget* content, QLabel** heading) {
  auto* box = new QWidget;
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  *heading = new QLabel;
  (*heading)->setStyleSheet(QStringLiteral("font-weight: bold"));
  layout->addWidget(*heading);
  layout->addWidget(content);
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
  groups_->setColumnCount(2);
  groups_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  groups_->header()->setStretchLastSection(false);
  groups_->setMinimumHeight(groups_->fontMetrics().height() * 8);

  // Items in the order of ThumbnailFilter's enums; retranslate() gives them their texts.
  verdicts_->addItems(QStringList(5, QString()));
  decisions_->addItems(QStringList(3, QString()));
  order_->addItems(QStringList(4, QString()));
  verdicts_->setObjectName(QStringLiteral("verdictFilter"));
  decisions_->setObjectName(QStringLiteral("decisionFilter"));

  grid_->setModel(filter_);
  grid_->setItemDelegate(new ThumbnailDelegate(grid_));
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(true);  // lets the view lay out thousands of tiles without asking each one
  grid_->setLayoutMode(QListView::Batched);
  grid_->setSpacing(2);
  grid_->setSelectionMode(QAbstractItemView::SingleSelection);

  problems_->setRootIsDecorated(false);

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
  filterNote_->setVisible(false);
  connect(filterNote_, &QLabel::linkActivated, this, [this] {
    for (QComboBox* box : {verdicts_, decisions_}) box->setCurrentIndex(0);
  });
  gridLayout->addWidget(filterNote_);
  gridLayout->addWidget(grid_);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(titled(groups_, &groupsTitle_));
  split->addWidget(titled(gridBox, &gridTitle_));
  split->addWidget(titled(problems_, &problemsTitle_));
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 4);
  split->setStretchFactor(2, 1);
  split->setSizes({150, 600, 60});  // the thumbnails get the room
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
  retranslate();
}

void DatasetPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void DatasetPanel::retranslate() {
  groups_->setHeaderLabels({tr("Group"), tr("Images")});
  groups_->setAccessibleName(tr("Dataset groups"));
  // Texts only, item by item: the current filters and order stay as they are.
  const QStringList verdicts = {tr("All verdicts"), tr("OK"), tr("REVIEW"), tr("NOK"), tr("Not scored")};
  const QStringList decisions = {tr("All decisions"), tr("Right only"), tr("Wrong only")};
  const QStringList orders = {tr("Dataset order"), tr("Score, highest first"), tr("Score, lowest first"), tr("Label")};
  for (const auto& [box, texts] : {std::pair{verdicts_, &verdicts}, {decisions_, &decisions}, {order_, &orders}})
    for (int i = 0; i < texts->size(); ++i) box->setItemText(i, texts->at(i));
  verdicts_->setToolTip(tr("Show only images with this verdict"));
  decisions_->setToolTip(tr("Show only images whose verdict agrees (or disagrees) with their label"));
  order_->setToolTip(tr("Order of the thumbnails"));
  grid_->setAccessibleName(tr("Images of the selected group"));
  problems_->setHeaderLabels({tr("File"), tr("Problem")});
  problems_->setAccessibleName(tr("Files that could not be used"));
  filterNote_->setText(tr("No image of this group matches the filters. <a href=\"all\">Show all</a>"));
  groupsTitle_->setText(tr("Dataset"));
  gridTitle_->setText(tr("Images"));
  updateProblemsTitle();
  updateGroupTexts();
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
  for (const auto& [key, count] : counts) {
    const auto& [split, type] = key;
    if (!splitItems[split]) {
      splitItems[split] = new QTreeWidgetItem(groups_);
      splitItems[split]->setData(0, kSplitRole, split);
      splitItems[split]->setExpanded(true);
      splitItems[split]->setTextAlignment(1, Qt::AlignRight);
    }
    auto* item = new QTreeWidgetItem(splitItems[split]);
    item->setData(0, kSplitRole, split);
    item->setData(0, kTypeRole, type.isEmpty() ? Sample::goodType() : type);
    item->setData(1, kCountRole, count);
    item->setTextAlignment(1, Qt::AlignRight);
    splitItems[split]->setData(1, kCountRole, splitItems[split]->data(1, kCountRole).toInt() + count);
  }
  updateGroupTexts();
  problems_->clear();
  for (const LoadProblem& p : results_->loadReport().problems()) {
    auto* item = new QTreeWidgetItem(problems_, {QFileInfo(p.path).fileName(), p.problem});
    item->setToolTip(0, p.path);
    item->setToolTip(1, p.problem);
  }
  problems_->resizeColumnToContents(0);
  problems_->setVisible(problems_->topLevelItemCount() > 0);
  rebuilt_ = true;
  updateProblemsTitle();
  // The test split is what a model scores and what the engineer inspects: select it first.
  QTreeWidgetItem* first = splitItems[static_cast<int>(Split::Test)] ? splitItems[static_cast<int>(Split::Test)]
                                                                     : groups_->topLevelItem(0);
  if (first) groups_->setCurrentItem(first);
}

void DatasetPanel::updateGroupTexts() {
  const QString splitNames[2] = {tr("Train"), tr("Test")};
  for (int i = 0; i < groups_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* split = groups_->topLevelItem(i);
    split->setText(0, splitNames[split->data(0, kSplitRole).toInt()]);
    split->setText(1, numbers::count(split->data(1, kCountRole).toInt()));
    for (int j = 0; j < split->childCount(); ++j) {
      QTreeWidgetItem* item = split->child(j);
      const QString type = item->data(0, kTypeRole).toString();
      item->setText(0, type == Sample::goodType()                  ? tr("good")
                       : type == ThumbnailFilter::unlabelledType() ? tr("unlabelled")
                                                                   : type);
      item->setText(1, numbers::count(item->data(1, kCountRole).toInt()));
    }
  }
}

void DatasetPanel::updateProblemsTitle() {
  const int n = problems_->topLevelItemCount();
  problemsTitle_->setText(!rebuilt_ ? tr("Problem files") : n == 0 ? tr("No problem files") : tr("Problem files (%1)").arg(n));
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
