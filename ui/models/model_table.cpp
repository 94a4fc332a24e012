#include "ui/models/model_table.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/jobs/evaluate_job.h"
#include "ui/project/project.h"
#include "ui/text/model_input.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

QString number(const QJsonObject& json, const char* key, int decimals = 3) {
  const QJsonValue v = json.value(QLatin1String(key));
  return v.isDouble() ? numbers::fixed(v.toDouble(), decimals) : numbers::missing();
}

// "12 / 10", with a warning sign when either count is below the reliable minimum.
QString basis(const QJsonObject& metrics) {
  const QJsonValue good = metrics.value(QStringLiteral("n_test_good")), defective = metrics.value(QStringLiteral("n_test_defect"));
  if (!good.isDouble() || !defective.isDouble()) return QStringLiteral("–");
  const bool reliable = good.toInt() >= kReliableMinimum && defective.toInt() >= kReliableMinimum;
  return QStringLiteral("%1 / %2%3").arg(numbers::count(good.toInt()), numbers::count(defective.toInt()),
                                         reliable ? QString() : QStringLiteral(" ⚠"));
}

QString basisTip(const QJsonObject& metrics) {
  QString tip = ModelTable::tr("Metrics on the labelled set: %1 good images (%2 held out of training) and %3 defective ones.")
                    .arg(metrics.value(QStringLiteral("n_test_good")).toInt())
                    .arg(metrics.value(QStringLiteral("n_held_out")).toInt())
                    .arg(metrics.value(QStringLiteral("n_test_defect")).toInt());
  const QJsonValue excluded = metrics.value(QStringLiteral("excluded_training_images"));
  if (excluded.isDouble() && excluded.toInt() > 0)
    tip += QLatin1Char(' ') + ModelTable::tr("%n training image(s) left out.", nullptr, excluded.toInt());
  if (basis(metrics).endsWith(QStringLiteral("⚠")))
    tip += QLatin1Char(' ') + ModelTable::tr("Not reliable: fewer than %1 good or defective images.").arg(kReliableMinimum);
  return tip;
}

}  // namespace

ModelTable::ModelTable(QWidget* parent) : QWidget(parent), table_(new QTableWidget), use_(new QPushButton) {
  table_->setColumnCount(13);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->setVisible(false);
  // Every column as wide as its header and cells; a narrow strip scrolls sideways rather than
  // squeezing the model's name.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_);
  layout->addWidget(use_, 0, Qt::AlignRight);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { Q_EMIT activateRequested(row); });
  connect(use_, &QPushButton::clicked, this, [this] {
    if (table_->currentRow() >= 0) Q_EMIT activateRequested(table_->currentRow());
  });
  retranslate();
}

void ModelTable::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void ModelTable::retranslate() {
  table_->setHorizontalHeaderLabels({tr("Model"), tr("Method"), tr("Backbone"), tr("Input"), tr("Image AUROC"),
                                     tr("Pixel AUROC"), tr("AUPRO"), tr("F1 max"), tr("Unseen good / defective"), tr("Fit (s)"),
                                     tr("ms / image"), tr("Size (MB)"), tr("Version")});
  table_->horizontalHeaderItem(8)->setToolTip(tr("The labelled images the metrics rest on; none of them was trained on"));
  use_->setText(tr("Use selected model"));
  use_->setToolTip(tr("Make the selected model the active one and score the dataset with it"));
  setModels(std::vector(models_), active_);  // a copy: setModels replaces models_
}

QString ModelTable::versionText(const ModelHeader& h) {
  if (h.lineage.empty()) return tr("trained");
  int added = 0;
  for (const ModelHeader::Update& u : h.lineage) added += u.imagesAdded;
  return tr("v%1: %n image(s) added", nullptr, added).arg(h.lineage.size() + 1);
}

QString ModelTable::lineageTip(const ModelHeader& h) {
  if (h.lineage.empty()) return tr("Trained from scratch; not updated since");
  QStringList lines;
  for (const ModelHeader::Update& u : h.lineage)
    lines << tr("%1: %n image(s) added (%2) to the model %3…", nullptr, u.imagesAdded).arg(u.date, u.how, u.parentSha256.left(12));
  return lines.join(QLatin1Char('\n'));
}

void ModelTable::setModels(const std::vector<ProjectModel>& models, int active) {
  models_ = models;
  active_ = active;
  table_->setRowCount(static_cast<int>(models.size()));
  for (int r = 0; r < static_cast<int>(models.size()); ++r) {
    const ProjectModel& m = models[r];
    const ModelHeader& h = m.header;
    const QJsonObject timings = m.metrics.value(QStringLiteral("timings")).toObject();
    const QString backbone = h.environment ? h.environment->backbone : QString();
    const double bytes = static_cast<double>(h.modelBytes.value_or(QFileInfo(m.path).size()));
    const QStringList cells = {
        (r == active ? QStringLiteral("● ") : QString()) + QFileInfo(m.path).fileName(),
        h.method,
        backbone.isEmpty() ? QStringLiteral("–") : QFileInfo(backbone).fileName(),
        inputCell(h.input),
        number(m.metrics, "image_auroc"),
        number(m.metrics, "pixel_auroc"),
        number(m.metrics, "aupro"),
        number(m.metrics, "f1_max"),
        basis(m.metrics),
        h.training ? numbers::fixed(h.training->fitSeconds, 1) : numbers::missing(),
        number(timings, "predict_ms_per_image", 1),
        numbers::fixed(bytes / 1e6, 1),
        versionText(h),
    };
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c >= 4) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (r == active) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      item->setToolTip(c == 8 ? basisTip(m.metrics) : c == 12 ? lineageTip(h) : m.path);
      table_->setItem(r, c, item);
    }
  }
}

int ModelTable::rowCount() const { return table_->rowCount(); }
QString ModelTable::cellText(int row, int column) const {
  const QTableWidgetItem* item = table_->item(row, column);
  return item ? item->text() : QString();
}

}  // namespace ds::ui
