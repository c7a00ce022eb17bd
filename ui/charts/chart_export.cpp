// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_export.h"

#include <cmath>

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

#include "core/foundation/project_error.h"
#include "ui/charts/chart_renderer.h"
#include "ui/charts/spine_painter.h"

namespace jsna::ui::charts {

namespace {

constexpr double kSpineRowHeight = 26.0;
constexpr double kPadding = 18.0;

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    if (base.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * factor)));
    else
        font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Height of wrapped text at width with font on painter's device.
double textHeight(QPainter& painter, const QFont& font, const QString& text, double width)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(font);
    return painter.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}

} // namespace

QSizeF exportSize(const ChartSpec& spec)
{
    if (spec.kind == ChartKind::Spine)
        return {1280, spine::chartHeight(spec, kSpineRowHeight) + 170};
    if (spec.kind == ChartKind::Inequality && spec.horizontal)
        return {1000, std::max(480.0, 200.0 + 34.0 * spec.x.categories.size())};
    if (spec.kind == ChartKind::Pyramid)
        return {900, 760};
    return {1000, 620};
}

ChartStyle exportStyle(const QFont& font)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    light.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x63, 0x68));
    QFont f = font;
    f.setPixelSize(13);
    return ChartStyle::fromPalette(light, f);
}

void paint(QPainter& painter, const ChartSpec& spec, const QRectF& rect, const ChartStyle& style)
{
    painter.save();
    painter.fillRect(rect, style.background);
    const QRectF inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFont titleFont = scaled(style.font, 1.35, true);
    const QFont subtitleFont = scaled(style.font, 1.0);
    const QFont noteFont = scaled(style.font, 0.88);
    const QString notes = spec.notes.join(u'\n');
    const double titleH = textHeight(painter, titleFont, spec.title, inner.width());
    const double subtitleH = textHeight(painter, subtitleFont, spec.subtitle, inner.width());
    const double notesH = textHeight(painter, noteFont, notes, inner.width());

    double y = inner.top();
    painter.setPen(style.text);
    painter.setFont(titleFont);
    painter.drawText(QRectF(inner.left(), y, inner.width(), titleH), Qt::TextWordWrap, spec.title);
    y += titleH + 2;
    painter.setPen(style.muted);
    painter.setFont(subtitleFont);
    painter.drawText(QRectF(inner.left(), y, inner.width(), subtitleH), Qt::TextWordWrap, spec.subtitle);
    y += subtitleH + 10;
    const QRectF body(inner.left(), y, inner.width(), std::max(40.0, inner.bottom() - notesH - 10 - y));

    if (spec.kind == ChartKind::Spine) {
        painter.setFont(style.font);
        spine::paintChart(painter, spec, body, style, kSpineRowHeight);
    } else {
        QGraphicsScene scene;
        auto* chart = new QChart;
        scene.addItem(chart);
        ChartRenderer::populate(*chart, spec, style);
        chart->resize(body.size());
        if (chart->layout())
            chart->layout()->activate();
        scene.setSceneRect(QRectF(QPointF(0, 0), body.size()));
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, body, scene.sceneRect());
    }
    painter.setPen(style.muted);
    painter.setFont(noteFont);
    painter.drawText(QRectF(inner.left(), inner.bottom() - notesH, inner.width(), notesH), Qt::TextWordWrap, notes);
    painter.restore();
}

QImage renderImage(const ChartSpec& spec, const ChartStyle& style, qreal scale)
{
    const QSizeF size = exportSize(spec);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(style.background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(painter, spec, QRectF(QPointF(0, 0), size), style);
    return image;
}

void writePng(const ChartSpec& spec, const QString& path, const ChartStyle& style)
{
    QSaveFile file(path);
    const QImage image = renderImage(spec, style);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw ProjectError(QStringLiteral("could not write the image: %1").arg(file.errorString()), path);
}

void writeSvg(const ChartSpec& spec, const QString& path, const ChartStyle& style)
{
    const QSizeF size = exportSize(spec);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(spec.title.toHtmlEscaped()); // written into the XML unescaped
        generator.setDescription(spec.notes.join(u' ').toHtmlEscaped());
        QPainter painter(&generator);
        paint(painter, spec, QRectF(QPointF(0, 0), size), style);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        throw ProjectError(QStringLiteral("could not write the SVG file: %1").arg(file.errorString()), path);
}

void print(const ChartSpec& spec, QPrinter& printer, const ChartStyle& style)
{
    // Drawn as a high-resolution image so the chart's fonts keep their screen layout on any printer.
    const QImage image = renderImage(spec, style, 3.0);
    QPainter painter(&printer);
    if (!painter.isActive())
        throw ProjectError(QStringLiteral("the printer could not be started"));
    const QRectF page = painter.viewport();
    const QSizeF fitted = image.deviceIndependentSize().scaled(page.size(), Qt::KeepAspectRatio);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(page.topLeft(), fitted), image);
}

void copyTable(const ChartSpec& spec)
{
    QApplication::clipboard()->setText(spec.table.toTsv());
}

void exportWithDialog(QWidget* parent, const ChartSpec& spec, const QString& format)
{
    const bool svg = format == u"svg";
    QString base = spec.title.isEmpty() ? QStringLiteral("chart") : spec.title;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]+")), QStringLiteral(" "));
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              base.simplified().left(80) + (svg ? u".svg" : u".png");
    const QString path = QFileDialog::getSaveFileName(
        parent, svg ? QObject::tr("Export chart as SVG") : QObject::tr("Export chart as PNG"), suggested,
        svg ? QObject::tr("SVG images (*.svg)") : QObject::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    try {
        const ChartStyle style = exportStyle(parent ? parent->font() : QApplication::font());
        svg ? writeSvg(spec, path, style) : writePng(spec, path, style);
    } catch (const ProjectError& error) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), error.describe());
    }
}

void printWithDialog(QWidget* parent, const ChartSpec& spec)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(spec.kind == ChartKind::Spine ? QPageLayout::Portrait : QPageLayout::Landscape);
    printer.setDocName(spec.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        print(spec, printer, exportStyle(parent ? parent->font() : QApplication::font()));
    } catch (const ProjectError& error) {
        QMessageBox::warning(parent, QObject::tr("Printing failed"), error.describe());
    }
}

void writeWidgetPng(QWidget* source, const QString& path)
{
    QSaveFile file(path);
    const QPixmap pixmap = source->grab();
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit())
        throw ProjectError(QStringLiteral("could not write the image: %1").arg(file.errorString()), path);
}

void writeWidgetSvg(QWidget* source, const QString& path, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(source->size());
        generator.setViewBox(QRect(QPoint(0, 0), source->size()));
        generator.setResolution(source->logicalDpiX());
        generator.setTitle(title.toHtmlEscaped());
        QPainter painter(&generator);
        source->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        throw ProjectError(QStringLiteral("could not write the SVG file: %1").arg(file.errorString()), path);
}

void exportWidgetWithDialog(QWidget* parent, QWidget* source, const QString& title, const QString& format)
{
    const bool svg = format == u"svg";
    const QString path = QFileDialog::getSaveFileName(
        parent, svg ? QObject::tr("Export as SVG") : QObject::tr("Export as PNG"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + title + (svg ? u".svg" : u".png"),
        svg ? QObject::tr("SVG images (*.svg)") : QObject::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    try {
        svg ? writeWidgetSvg(source, path, title) : writeWidgetPng(source, path);
    } catch (const ProjectError& error) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), error.describe());
    }
}

void printWidgetWithDialog(QWidget* parent, QWidget* source, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QPixmap pixmap = source->grab();
    QPainter painter(&printer);
    const QRectF page = painter.viewport();
    painter.drawPixmap(QRectF(page.topLeft(), QSizeF(pixmap.size()).scaled(page.size(), Qt::KeepAspectRatio)), pixmap,
                       QRectF(pixmap.rect()));
}

} // namespace jsna::ui::charts
