// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace jsna::ui::charts {

// The actions every chart and table offers: copy its data, export PNG or SVG, print, add to evidence.
class ChartToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartToolbar)

public:
    explicit ChartToolbar(QWidget* parent = nullptr);

    QToolButton* button(const QString& objectName) const;

signals:
    void copyRequested();
    void exportRequested(const QString& format); // "png" or "svg"
    void printRequested();
    void evidenceRequested();
};

} // namespace jsna::ui::charts
