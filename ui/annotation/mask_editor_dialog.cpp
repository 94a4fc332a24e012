#include "ui/annotation/mask_editor_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/data/inspection_region.h"
#include "ui/annotation/paint_canvas.h"
#include "ui/text/numbers.h"

namespace ds::ui {

MaskEditorDialog::MaskEditorDialog(Purpose purpose, const QImage& image, const cv::Mat& mask, QWidget* parent)
    : QDialog(parent),
      purpose_(purpose),
      canvas_(new PaintCanvas),
      tools_(new QButtonGroup(this)),
      modes_(new QButtonGroup(this)),
      brush_(new QSpinBox),
      coverage_(new QLabel) {
  const bool region = purpose == Purpose::InspectionRegion;
  setWindowTitle(region ? tr("Inspection region") : tr("Ground-truth mask"));
  auto* explanation = new QLabel(region ? tr("Green is inspected. Remove what must never raise a verdict — serial numbers, fixtures, "
                                             "background. The region is drawn over the model's input and saved with a new version of the model.")
                                        : tr("Paint the defect's pixels green. The mask is saved in the project's masks folder as an MVTec-style "
                                             "<name>_mask.png and used at once by the pixel metrics and the evaluation map."));
  explanation->setWordWrap(true);

  auto* toolRow = new QHBoxLayout;
  int id = 0;
  for (const QString& name : {tr("&Rectangle"), tr("&Polygon"), tr("&Brush")}) {
    auto* b = new QRadioButton(name);
    tools_->addButton(b, id++);
    toolRow->addWidget(b);
  }
  toolRow->addSpacing(12);
  auto* add = new QRadioButton(tr("&Add"));
  auto* remove = new QRadioButton(tr("Re&move"));
  modes_->addButton(add, 0);
  modes_->addButton(remove, 1);
  toolRow->addWidget(add);
  toolRow->addWidget(remove);
  toolRow->addSpacing(12);
  toolRow->addWidget(new QLabel(tr("Brush radius:")));
  brush_->setRange(1, 200);
  brush_->setValue(std::max(2, image.width() / 80));
  brush_->setSuffix(tr(" px"));
  toolRow->addWidget(brush_);
  toolRow->addStretch(1);
  auto* undo = new QPushButton(tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  auto* all = new QPushButton(region ? tr("Inspect all") : tr("All"));
  auto* none = new QPushButton(region ? tr("Inspect nothing") : tr("Clear"));
  toolRow->addWidget(undo);
  toolRow->addWidget(all);
  toolRow->addWidget(none);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(region ? tr("Save as a new model version") : tr("Save mask"));
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(coverage_, 1);
  bottom->addWidget(buttons);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(explanation);
  layout->addLayout(toolRow);
  layout->addWidget(canvas_, 1);
  layout->addLayout(bottom);

  cv::Mat start = mask;
  if (start.empty() && region) start = cv::Mat::ones(image.height(), image.width(), CV_8UC1);  // everything inspected
  canvas_->setImage(image, start);
  connect(tools_, &QButtonGroup::idClicked, this, [this](int t) { choose(t, modes_->checkedId() == 1); });
  connect(modes_, &QButtonGroup::idClicked, this, [this](int m) { choose(tools_->checkedId(), m == 1); });
  connect(brush_, &QSpinBox::valueChanged, canvas_, &PaintCanvas::setBrushRadius);
  connect(undo, &QPushButton::clicked, canvas_, &PaintCanvas::undo);
  connect(all, &QPushButton::clicked, canvas_, [this] { canvas_->fill(true); });
  connect(none, &QPushButton::clicked, canvas_, [this] { canvas_->fill(false); });
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  const auto showCoverage = [this, region, okButton = buttons->button(QDialogButtonBox::Ok)] {
    const double share = inspectedFraction(canvas_->mask());
    coverage_->setText(region ? tr("%1 % of the image inspected").arg(numbers::fixed(100 * share, 1))
                              : tr("%1 % of the image marked as defect").arg(numbers::fixed(100 * share, 2)));
    okButton->setEnabled(!region || share > 0);  // an empty region would pass every image unseen
  };
  connect(canvas_, &PaintCanvas::maskChanged, this, showCoverage);
  showCoverage();
  canvas_->setBrushRadius(brush_->value());
  choose(region ? 0 : 2, region);
  resize(900, 680);
}

void MaskEditorDialog::choose(int tool, bool removing) {
  tools_->button(tool)->setChecked(true);
  modes_->button(removing ? 1 : 0)->setChecked(true);
  canvas_->setTool(static_cast<PaintCanvas::Tool>(tool));
  canvas_->setRemoving(removing);
  brush_->setEnabled(tool == 2);
}

cv::Mat MaskEditorDialog::mask() const { return canvas_->mask(); }

}  // namespace ds::ui
