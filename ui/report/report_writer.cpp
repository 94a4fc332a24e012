#include "ui/report/report_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/jobs/evaluate_job.h"
#include "core/io/heatmap_image.h"
#include "core/metrics/confusion.h"
#include "ui/dataset/verdict_style.h"
#include "ui/inspection/colour_map.h"
#include "ui/inspection/frame_rendering.h"
#include "ui/text/model_input.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

constexpr int kResolution = 300;  // dots per inch of the PDF's coordinate system
constexpr double kMarginMm = 15;
constexpr int kMaxImagePixels = 480;  // findings images are downscaled to this width: bounded file size


QFont font(double points, bool bold = false) {
  QFont f(QStringLiteral("Noto Sans"));
  f.setStyleHint(QFont::SansSerif);
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

}  // namespace

// The painter and the content area of the page being drawn, with a cursor that moves down.
struct ReportWriter::Page {
  QPainter& p;
  QRectF area;
  double y;
  int total;

  double mm(double v) const { return v * kResolution / 25.4; }
  // Draws text in the full width (or the given rectangle) from the cursor down; returns its height.
  double text(const QString& s, const QFont& f, QColor colour = Qt::black, int flags = Qt::TextWordWrap) {
    p.setFont(f);
    p.setPen(colour);
    QRectF bounds;
    p.drawText(QRectF(area.left(), y, area.width(), area.bottom() - y), flags, s, &bounds);
    y += bounds.height();
    return bounds.height();
  }
  void gap(double millimetres) { y += mm(millimetres); }
  void heading(const QString& s) {
    gap(3);
    text(s, font(13, true), QColor(0x1f, 0x3a, 0x5f));
    p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), mm(0.3)));
    p.drawLine(QPointF(area.left(), y + mm(0.8)), QPointF(area.right(), y + mm(0.8)));
    gap(2.5);
  }
  // A two-column list: names on the left, values (wrapped) on the right.
  void keyValues(const std::vector<std::pair<QString, QString>>& rows) {
    const double keyWidth = area.width() * 0.28;
    for (const auto& [key, value] : rows) {
      p.setFont(font(9.5, true));
      p.setPen(QColor(0x44, 0x44, 0x44));
      QRectF keyBounds, valueBounds;
      p.drawText(QRectF(area.left(), y, keyWidth - mm(2), area.bottom() - y), Qt::TextWordWrap, key, &keyBounds);
      p.setFont(font(9.5));
      p.setPen(Qt::black);
      // Paths and checksums are single words longer than the column: those break anywhere.
      const QRectF valueRect(area.left() + keyWidth, y, area.width() - keyWidth, area.bottom() - y);
      const QStringList words = value.split(QLatin1Char(' '));
      const bool longWord = std::any_of(words.cbegin(), words.cend(),
                                        [&](const QString& word) { return p.fontMetrics().horizontalAdvance(word) > valueRect.width(); });
      p.drawText(valueRect, longWord ? Qt::TextWrapAnywhere : Qt::TextWordWrap, value, &valueBounds);
      y += std::max(keyBounds.height(), valueBounds.height()) + mm(1.2);
    }
  }
  // A table with a shaded header row; widths are fractions of the content width.
  void table(const QStringList& header, const std::vector<QStringList>& rows, const std::vector<double>& widths) {
    const double rowHeight = mm(6);
    auto drawRow = [&](const QStringList& cells, bool head) {
      if (head) p.fillRect(QRectF(area.left(), y, area.width(), rowHeight), QColor(0xe8, 0xee, 0xf5));
      double x = area.left();
      p.setFont(font(9, head));
      p.setPen(Qt::black);
      for (int c = 0; c < cells.size(); ++c) {
        const double w = widths[c] * area.width();
        p.drawText(QRectF(x + mm(1.5), y, w - mm(3), rowHeight), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   cells[c]);
        x += w;
      }
      p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), mm(0.15)));
      p.drawLine(QPointF(area.left(), y + rowHeight), QPointF(area.right(), y + rowHeight));
      y += rowHeight;
    };
    drawRow(header, true);
    for (const QStringList& row : rows) drawRow(row, false);
  }
};

ReportWriter::ReportWriter(const ReportData& data, const ReportPlots& plots, const FindingSource& findings)
    : data_(data), plots_(plots), findings_(findings) {}

int ReportWriter::findingsPages() const { return std::max(1, (findings_.count() + kRowsPerPage - 1) / kRowsPerPage); }
// Unlabelled sets have no curves: their score distribution shares the verdicts' page.
int ReportWriter::firstFindingsPage() const { return data_.labelled ? 4 : 3; }
int ReportWriter::pageCount() const { return firstFindingsPage() - 1 + findingsPages(); }

void ReportWriter::writePdf(const QString& path, QPageSize::PageSizeId pageSize, const Progress& progress) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    throw Error(tr("%1: cannot write the report (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
  {
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Inspection report — %1").arg(data_.title));
    writer.setCreator(tr("DefectScope %1").arg(data_.appVersion));
    render(writer, progress);
  }
  if (!file.commit()) throw Error(tr("%1: cannot write the report (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ReportWriter::render(QPagedPaintDevice& device, const Progress& progress) const {
  QPainter painter(&device);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
  const int total = pageCount();
  for (int number = 1; number <= total; ++number) {
    if (number > 1) device.newPage();
    Page page{painter, QRectF(0, 0, area.width(), area.height()), 0, total};
    drawFrame(page, number);
    if (number == 1) drawTitlePage(page);
    else if (number == 2) drawSummaryPage(page);
    else if (number < firstFindingsPage()) drawPlotsPage(page);
    else drawFindingsPage(page, (number - firstFindingsPage()) * kRowsPerPage);
    if (progress) progress(number, total);
  }
}

void ReportWriter::drawFrame(Page& page, int number) const {
  // Header and footer live in the top and bottom 8 mm of the content area.
  const QRectF header(page.area.left(), 0, page.area.width(), page.mm(6));
  page.p.setFont(font(8));
  page.p.setPen(QColor(0x66, 0x66, 0x66));
  page.p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, tr("DefectScope inspection report — %1").arg(data_.title));
  page.p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(data_.created, QLocale::ShortFormat));
  page.p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), page.mm(0.2)));
  page.p.drawLine(QPointF(page.area.left(), header.bottom()), QPointF(page.area.right(), header.bottom()));
  const QRectF footer(page.area.left(), page.area.bottom() - page.mm(6), page.area.width(), page.mm(6));
  page.p.drawLine(QPointF(page.area.left(), footer.top()), QPointF(page.area.right(), footer.top()));
  page.p.setPen(QColor(0x66, 0x66, 0x66));
  page.p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, QFileInfo(data_.modelPath).fileName());
  page.p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(number).arg(page.total));
  page.area.adjust(0, page.mm(9), 0, -page.mm(9));
  page.y = page.area.top();
}

void ReportWriter::drawTitlePage(Page& page) const {
  page.gap(10);
  page.text(tr("Inspection report"), font(24, true), QColor(0x1f, 0x3a, 0x5f));
  page.text(data_.title, font(15), QColor(0x44, 0x44, 0x44));
  page.gap(6);

  page.heading(tr("Images scored"));
  QStringList types;
  for (const auto& [type, count] : data_.defectTypeCounts) types << tr("%1 %2").arg(type).arg(count);
  std::vector<std::pair<QString, QString>> dataset = {{tr("Folder"), data_.datasetPath}};
  if (data_.trainImages > 0) dataset.push_back({tr("Train split (not scored)"), numbers::count(data_.trainImages)});
  if (data_.testGood + data_.testDefective > 0)
    dataset.push_back({tr("Labelled test images"), tr("%1 good, %2 defective (%3)")
                                                       .arg(data_.testGood)
                                                       .arg(data_.testDefective)
                                                       .arg(types.join(QStringLiteral(", ")))});
  if (data_.unlabelled > 0) dataset.push_back({tr("Unlabelled images"), numbers::count(data_.unlabelled)});
  page.keyValues(dataset);

  page.heading(tr("Model"));
  std::vector<std::pair<QString, QString>> model;
  if (const std::optional<ModelHeader>& h = data_.modelHeader) {
    QStringList settings;
    for (auto it = h->settings.begin(); it != h->settings.end(); ++it) settings << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    const QString backbone = h->environment ? h->environment->backbone : QString();
    model = {{tr("Method"), h->method},
             {tr("Backbone"), backbone.isEmpty() ? tr("none") : backbone},
             {tr("Input"), describeInput(h->input)},
             {tr("Settings"), settings.join(QStringLiteral(", "))}};
    if (h->training)
      model.push_back({tr("Training"), tr("fitted on %1 images in %2 s on %3, %4")
                                           .arg(h->training->images)
                                           .arg(numbers::fixed(h->training->fitSeconds, 1))
                                           .arg(h->environment ? h->environment->device : QString(), h->training->date)});
  }
  model.push_back({tr("Model file"), QDir::toNativeSeparators(data_.modelPath)});
  model.push_back({tr("SHA-256"), data_.modelChecksum});
  page.keyValues(model);

  page.heading(tr("Thresholds"));
  const ImageThresholds& t = data_.thresholds;
  const QString image = t.twoLevel ? tr("OK below %1, NOK at or above %2, REVIEW between").arg(numbers::score(t.ok), numbers::score(t.nok))
                                   : tr("NOK at or above %1").arg(numbers::score(t.nok));
  page.keyValues({{tr("Image"), image},
                  {tr("Image threshold chosen by"), data_.thresholdsChosenBy.isEmpty() ? tr("–") : data_.thresholdsChosenBy},
                  {tr("Pixel"), tr("defect pixels at or above %1").arg(numbers::score(data_.pixelThreshold))},
                  {tr("Pixel threshold chosen by"), data_.pixelThresholdChosenBy.isEmpty() ? tr("–") : data_.pixelThresholdChosenBy}});

  page.heading(tr("Provenance"));
  page.keyValues({{tr("Application"), tr("DefectScope %1").arg(data_.appVersion)},
                  {tr("Created"), QLocale().toString(data_.created, QLocale::LongFormat)},
                  {tr("Project"), data_.project.isEmpty() ? tr("none") : data_.project},
                  {tr("Operator"), data_.operatorName.isEmpty() ? tr("not given") : data_.operatorName}});
}

void ReportWriter::drawSummaryPage(Page& page) const {
  page.heading(tr("Verdicts"));
  const double w = page.area.width() / 3;
  const std::pair<Verdict, int> verdicts[] = {{Verdict::OK, data_.ok}, {Verdict::Review, data_.review}, {Verdict::NOK, data_.nok}};
  // Without an image threshold no image has a verdict: the boxes show a dash, not three zeros.
  const bool decided = std::isfinite(data_.thresholds.nok);
  for (int i = 0; i < 3; ++i) {
    const QRectF box(page.area.left() + i * w + page.mm(1), page.y, w - page.mm(2), page.mm(16));
    page.p.setPen(Qt::NoPen);
    page.p.setBrush(verdictColour(verdicts[i].first));
    page.p.drawRoundedRect(box, page.mm(1.5), page.mm(1.5));
    page.p.setPen(Qt::white);
    page.p.setFont(font(18, true));
    page.p.drawText(box.adjusted(0, page.mm(1), 0, -page.mm(6)), Qt::AlignCenter, decided ? numbers::count(verdicts[i].second) : numbers::missing());
    page.p.setFont(font(9, true));
    page.p.drawText(box.adjusted(0, page.mm(10), 0, 0), Qt::AlignCenter, verdictLabel(verdicts[i].first));
  }
  page.y += page.mm(18);
  if (!data_.labelled) {
    page.gap(3);
    page.text(tr("The images carry no labels, so no error rates or ranking metrics can be given."), font(9.5));
    page.gap(4);
    page.heading(tr("Score distribution"));
    placePicture(page, plots_.histogram, QRectF(page.area.left(), page.y, page.area.width(), page.area.width() * plotAspect()));
    return;
  }
  const DecisionCounts& d = data_.decisions;
  page.heading(tr("Decisions on the labelled test images"));
  QString basis = tr("These figures rest on %1 good and %2 defective images the model never trained on (%3 of the good ones held out of training).")
                      .arg(data_.testGood)
                      .arg(data_.testDefective)
                      .arg(data_.heldOut);
  if (data_.excludedTrainingImages > 0)
    basis += QLatin1Char(' ') + tr("%n test image(s) identical to training images were left out.", nullptr, data_.excludedTrainingImages);
  else if (data_.excludedTrainingImages < 0)
    basis += QLatin1Char(' ') + tr("The model does not record its training images, so copies of them cannot be left out.");
  if (!data_.confirmedBy.empty()) {
    QStringList who;
    int confirmed = 0;
    for (const auto& [name, count] : data_.confirmedBy) {
      confirmed += count;
      who << (name.isEmpty() ? tr("unnamed: %1").arg(count) : tr("%1: %2").arg(name).arg(count));
    }
    basis += QLatin1Char(' ') + tr("%n label(s) were confirmed in a review and override the folder's (%1).", nullptr, confirmed)
                                    .arg(who.join(QStringLiteral(", ")));
  }
  page.text(basis, font(9));
  if (data_.testGood < kReliableMinimum || data_.testDefective < kReliableMinimum)
    page.text(tr("Not reliable: fewer than %1 good or defective images.").arg(kReliableMinimum), font(9.5, true), QColor(0xb0, 0x20, 0x20));
  page.gap(2);
  page.table({tr("Truth \\ decision"), tr("Flagged (NOK or REVIEW)"), tr("Passed (OK)")},
             {{tr("Defective"), numbers::count(d.flagged.tp), numbers::count(d.flagged.fn)},
              {tr("Good"), numbers::count(d.flagged.fp), numbers::count(d.flagged.tn)}},
             {0.4, 0.3, 0.3});
  page.gap(2);
  if (data_.thresholds.twoLevel) page.text(tr("%1 of the flagged images are in REVIEW.").arg(d.review), font(9));
  page.gap(2);
  const Evaluation& e = data_.evaluation;
  page.keyValues({{tr("Precision"), numbers::percent(d.flagged.precision())},
                  {tr("Recall"), numbers::percent(d.flagged.recall())},
                  {tr("F1"), numbers::metric(d.flagged.f1())},
                  {tr("Miss rate"), numbers::percent(d.flagged.missRate())},
                  {tr("False-alarm rate"), numbers::percent(d.flagged.falseAlarmRate())},
                  {tr("Image AUROC"), numbers::metric(e.imageAuroc)},
                  {tr("Pixel AUROC"), numbers::metric(e.pixelAuroc)},
                  {tr("AUPRO (FPR ≤ 0.3)"), numbers::metric(e.aupro)},
                  {tr("Best image F1"), tr("%1 at threshold %2").arg(numbers::metric(e.f1Max), numbers::score(e.threshold))}});
  if (e.perDefectAuroc.empty()) return;
  page.heading(tr("Per defect type"));
  std::vector<QStringList> rows;
  for (const auto& [type, auroc] : e.perDefectAuroc) {
    const auto count = data_.defectTypeCounts.find(type);
    rows.push_back({type, numbers::count(count == data_.defectTypeCounts.end() ? 0 : count->second), numbers::metric(auroc)});
  }
  page.table({tr("Defect type"), tr("Images"), tr("Image AUROC (against all good)")}, rows, {0.4, 0.2, 0.4});
}

void ReportWriter::drawPlotsPage(Page& page) const {
  page.heading(tr("Curves and score distribution"));
  // Two a row, each keeping the plots' aspect ratio.
  const double w = (page.area.width() - page.mm(6)) / 2;
  const double h = w * plotAspect();
  const QPicture* grid[4] = {&plots_.roc, &plots_.pr, &plots_.pro, &plots_.histogram};
  const QString captions[4] = {tr("ROC: image (blue) and pixel (orange); dots mark the thresholds in force"),
                               tr("Precision–recall of the image decision; F1-max marked"),
                               tr("Per-region overlap up to a false-positive rate of 0.3"),
                               tr("Anomaly scores of good and defective images, with the thresholds")};
  for (int i = 0; i < 4; ++i) {
    const QRectF box(page.area.left() + (i % 2) * (w + page.mm(6)), page.y + (i / 2) * (h + page.mm(14)), w, h);
    placePicture(page, *grid[i], box);
    page.p.setFont(font(8));
    page.p.setPen(QColor(0x44, 0x44, 0x44));
    page.p.drawText(QRectF(box.left(), box.bottom() + page.mm(1), w, page.mm(10)), Qt::TextWordWrap | Qt::AlignHCenter, captions[i]);
  }
}

double ReportWriter::plotAspect() const { return static_cast<double>(plots_.size.height()) / plots_.size.width(); }

void ReportWriter::placePicture(Page& page, const QPicture& picture, const QRectF& box) const {
  page.p.save();
  page.p.translate(box.topLeft());
  // drawPicture already scales by the ratio of the two devices' resolutions; undo that, then fit the box.
  const double dpiRatio = static_cast<double>(page.p.device()->logicalDpiX()) / picture.logicalDpiX();
  page.p.scale(box.width() / plots_.size.width() / dpiRatio, box.width() * plotAspect() / plots_.size.height() / dpiRatio);
  page.p.drawPicture(0, 0, picture);
  page.p.restore();
}

void ReportWriter::drawFindingsPage(Page& page, int first) const {
  page.heading(first == 0 ? tr("Findings (%1 images)").arg(findings_.count()) : tr("Findings, continued"));
  if (findings_.count() == 0) {
    page.text(tr("No image falls under the findings chosen for this report."), font(9.5));
    return;
  }
  page.p.setFont(font(8));
  page.p.setPen(QColor(0x44, 0x44, 0x44));
  QRectF legendBounds;
  page.p.drawText(QRectF(page.area.left(), page.y, page.area.width(), page.mm(10)), Qt::TextWordWrap,
                  tr("Left: the heatmap over the image, predicted regions outlined in yellow, ground truth in cyan. "
                     "Right (with ground truth): true-positive pixels green, false positives blue, misses red."),
                  &legendBounds);
  page.y += legendBounds.height() + page.mm(2);
  const double rowHeight = (page.area.bottom() - page.y) / kRowsPerPage;
  const double box = rowHeight - page.mm(4);
  const double threshold = data_.pixelThreshold;
  for (int i = first; i < std::min(first + kRowsPerPage, findings_.count()); ++i) {
    const ReportFinding f = findings_.at(i);
    const double top = page.y + (i - first) * rowHeight;
    QImage image = toQImage(f.image).convertToFormat(QImage::Format_RGB32);
    double low = 0, high = 0;
    cv::minMaxLoc(f.map, &low, &high);
    if (const ColourScale shared = sharedColourScale(threshold); std::isfinite(shared.low)) low = shared.low, high = shared.high;
    const QImage heat = overlay(image, colourise(f.map, static_cast<float>(low), static_cast<float>(high), ColourMap::Jet), 0.5);
    auto drawPanel = [&](const QImage& panel, double left, bool outlines) {
      const QSizeF fitted = QSizeF(panel.size()).scaled(box, box, Qt::KeepAspectRatio);
      const QRectF target(left, top, fitted.width(), fitted.height());
      const QImage small = panel.width() > kMaxImagePixels ? panel.scaledToWidth(kMaxImagePixels, Qt::SmoothTransformation) : panel;
      page.p.drawImage(target, small);
      if (outlines && std::isfinite(threshold)) {
        page.p.save();
        page.p.translate(target.topLeft());
        page.p.scale(target.width() / panel.width(), target.height() / panel.height());
        QPen pen(QColor(kPredicted), 0);  // cosmetic: the same width however the image is scaled
        pen.setWidthF(page.mm(0.35));
        pen.setCosmetic(true);
        page.p.setPen(pen);
        page.p.setBrush(Qt::NoBrush);
        page.p.drawPath(outlinePath(f.map >= static_cast<float>(threshold)));
        if (!f.mask.empty()) {
          pen.setColor(QColor(kGroundTruth));
          page.p.setPen(pen);
          page.p.drawPath(outlinePath(f.mask));
        }
        page.p.restore();
      }
      return fitted.width();
    };
    double x = page.area.left();
    x += drawPanel(heat, x, true) + page.mm(3);
    ConfusionCounts pixels;
    if (!f.mask.empty() && std::isfinite(threshold)) {
      const cv::Mat classes = pixelClassMap(f.map, f.mask, static_cast<float>(threshold));
      pixels = countPixelClasses(classes);
      const QImage grey = image.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGB32);
      x += drawPanel(evaluationImage(grey, classes), x, false) + page.mm(3);
    }
    // The text block beside the images.
    const QRectF textBox(x, top, page.area.right() - x, box);
    QString label = !f.labelled ? tr("unlabelled") : f.defective ? tr("defective: %1").arg(f.defectType) : tr("good");
    QString lines = tr("Score %1\nLabel: %2").arg(numbers::score(f.score), label);
    if (!f.mask.empty() && std::isfinite(threshold))
      lines += tr("\nPixel precision %1, recall %2, IoU %3")
                   .arg(numbers::fixed(pixels.precision(), 2), numbers::fixed(pixels.recall(), 2), numbers::fixed(pixels.iou(), 2));
    page.p.setFont(font(8.5, true));
    page.p.setPen(Qt::black);
    QRectF used;
    page.p.drawText(textBox, Qt::TextWrapAnywhere, f.path, &used);
    const QRectF badge(textBox.left(), used.bottom() + page.mm(1.5), page.mm(20), page.mm(6));
    page.p.setPen(Qt::NoPen);
    page.p.setBrush(verdictColour(f.verdict));
    page.p.drawRoundedRect(badge, page.mm(1), page.mm(1));
    page.p.setPen(Qt::white);
    page.p.setFont(font(9, true));
    page.p.drawText(badge, Qt::AlignCenter, verdictLabel(f.verdict));
    page.p.setPen(Qt::black);
    page.p.setFont(font(9));
    page.p.drawText(QRectF(textBox.left(), badge.bottom() + page.mm(1.5), textBox.width(), textBox.bottom() - badge.bottom()),
                    Qt::TextWordWrap, lines);
    page.p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), page.mm(0.15)));
    page.p.drawLine(QPointF(page.area.left(), top + rowHeight - page.mm(1.5)), QPointF(page.area.right(), top + rowHeight - page.mm(1.5)));
  }
}

}  // namespace ds::ui
