// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include "ui/charts/chart_spec.h"
#include "ui/charts/chart_style.h"

class QPainter;
class QPrinter;
class QWidget;

namespace jsna::ui::charts {

// Export, print and copy of a chart. Everything paints through paint(), so a PNG, an SVG and a printed
// page show the same title, chart and notes (method, confidence level, source, period). Fonts are set
// in pixels for exports so the layout does not depend on the device's resolution.

// The logical size a chart is exported at (a spine chart grows with its rows).
QSizeF exportSize(const ChartSpec& spec);

// Title, subtitle, the chart and its notes, in rect.
void paint(QPainter& painter, const ChartSpec& spec, const QRectF& rect, const ChartStyle& style);

// The chart as an image at scale x its export size (2 = crisp on high-DPI screens and in documents).
QImage renderImage(const ChartSpec& spec, const ChartStyle& style, qreal scale = 2.0);

// Write files; throw ProjectError naming the file when it cannot be written.
void writePng(const ChartSpec& spec, const QString& path, const ChartStyle& style);
void writeSvg(const ChartSpec& spec, const QString& path, const ChartStyle& style);
void print(const ChartSpec& spec, QPrinter& printer, const ChartStyle& style);

// The chart's data table as tab-separated text on the clipboard (pastes into a spreadsheet).
void copyTable(const ChartSpec& spec);

// The light style exports use unless asked otherwise: documents are printed on white.
ChartStyle exportStyle(const QFont& font);

// Interactive helpers for views: ask for a file (or a printer) and report failures in a message box.
void exportWithDialog(QWidget* parent, const ChartSpec& spec, const QString& format); // "png" or "svg"
void printWithDialog(QWidget* parent, const ChartSpec& spec);

// Tables that are not charts (the compare-areas table) export as they are drawn on screen.
void writeWidgetPng(QWidget* source, const QString& path);
void writeWidgetSvg(QWidget* source, const QString& path, const QString& title);
void exportWidgetWithDialog(QWidget* parent, QWidget* source, const QString& title, const QString& format);
void printWidgetWithDialog(QWidget* parent, QWidget* source, const QString& title);

} // namespace jsna::ui::charts
