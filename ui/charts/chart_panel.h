// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "ui/charts/chart_spec.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QLabel;
class QStackedWidget;

namespace jsna::ui::charts {

class ChartToolbar;

// A chart on screen: its title, the Qt Charts view, its notes (method, confidence level, source,
// period) and the chart toolbar. Copy, export and print are handled here; "Add to evidence" is
// passed on, since only the view knows the selection. Redraws itself when the palette changes.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    void setSpec(ChartSpec spec);
    const ChartSpec& spec() const { return m_spec; }
    // Shown instead of the chart when the spec is empty.
    void setEmptyText(const QString& text);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    ChartToolbar* toolbar() const { return m_toolbar; }

signals:
    void addToEvidenceRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    ChartSpec m_spec;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_notes;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QChart* m_chart;
    QChartView* m_view;
    ChartToolbar* m_toolbar;
};

} // namespace jsna::ui::charts
