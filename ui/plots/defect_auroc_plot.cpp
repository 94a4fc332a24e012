#include "ui/plots/defect_auroc_plot.h"

#include <QEvent>
#include <QStringList>
#include <cmath>

#include "ui/plots/plot_style.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

constexpr double kBarThickness = 0.6;
// Below this the value label no longer fits inside its bar and goes after the bar's end.
constexpr double kLabelInsideFrom = 0.25;

}  // namespace

DefectAurocPlot::DefectAurocPlot(QWidget* parent) : QCustomPlot(parent) {
  plotstyle::applyBaseStyle(*this, Qt::AlignBottom | Qt::AlignRight);
  plotstyle::setUnitRange(*xAxis);
  ticker_ = QSharedPointer<QCPAxisTickerText>::create();
  yAxis->setTicker(ticker_);
  ticker_->setSubTickCount(0);
  yAxis->setTickLength(0, 0);  // the names alone, without tick marks
  yAxis->grid()->setVisible(false);

  auto* chance = new QCPItemStraightLine(this);
  chance->point1->setCoords(0.5, 0);
  chance->point2->setCoords(0.5, 1);
  chance->setPen(QPen(plotstyle::guideColor(), 1, Qt::DashLine));

  bars_ = new QCPBars(yAxis, xAxis);
  bars_->setWidth(kBarThickness);
  QColor fill = plotstyle::imageColor();
  fill.setAlpha(200);
  bars_->setBrush(fill);
  bars_->setPen(QPen(plotstyle::imageColor().darker(120), 1));
  retranslate();
}

void DefectAurocPlot::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void DefectAurocPlot::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("Image AUROC"));
  yAxis->setLabel(tr("Defect type"));
  showAurocs();  // the value labels' numbers and the note
}

void DefectAurocPlot::setAurocs(const std::map<QString, double>& aurocs) {
  aurocs_ = aurocs;
  showAurocs();
}

void DefectAurocPlot::showAurocs() {
  for (QCPItemText* label : valueLabels_) removeItem(label);
  valueLabels_.clear();

  std::vector<std::pair<QString, double>> shown;
  QStringList missing;
  for (const auto& [name, auroc] : aurocs_) {
    if (std::isnan(auroc))
      missing << name;
    else
      shown.emplace_back(name, auroc);
  }
  // Alphabetical from the top: the first key is the highest.
  QVector<double> keys, values;
  ticker_->clear();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto& [name, auroc] = shown[i];
    const double key = static_cast<double>(shown.size() - i);
    keys.append(key);
    values.append(auroc);
    ticker_->addTick(key, name);

    auto* label = new QCPItemText(this);
    label->setText(numbers::metric(auroc));
    label->setFont(font());
    label->position->setCoords(auroc, key);
    label->setPadding(QMargins(5, 0, 5, 0));
    const bool inside = auroc >= kLabelInsideFrom;
    label->setPositionAlignment(Qt::AlignVCenter | (inside ? Qt::AlignRight : Qt::AlignLeft));
    label->setColor(inside ? QColor(Qt::white) : plotstyle::imageColor().darker(150));
    valueLabels_.push_back(label);
  }
  bars_->setData(keys, values, true);
  yAxis->setRange(1 - kBarThickness, static_cast<double>(shown.size()) + kBarThickness);
  setNote(missing.isEmpty() ? QString() : tr("No AUROC for: %1").arg(missing.join(QStringLiteral(", "))));
  replot(rpQueuedReplot);
}

QString DefectAurocPlot::note() const { return note_ ? note_->text() : QString(); }

// The note gets its own row under the plot only while there is one, so an empty note costs no space.
void DefectAurocPlot::setNote(const QString& text) {
  if (text.isEmpty()) {
    if (note_) {
      plotLayout()->remove(note_);
      plotLayout()->simplify();
      note_ = nullptr;
    }
    return;
  }
  if (!note_) {
    QFont noteFont = font();
    noteFont.setItalic(true);
    note_ = new QCPTextElement(this, QString(), noteFont);
    note_->setTextColor(plotstyle::guideColor().darker(150));
    plotLayout()->addElement(1, 0, note_);
  }
  note_->setText(text);
}

}  // namespace ds::ui
