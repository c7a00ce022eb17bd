// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_panel.h"

#include <utility>

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/charts/chart_export.h"
#include "ui/charts/chart_renderer.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/chart_toolbar.h"

namespace jsna::ui::charts {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_notes(new QLabel)
    , m_empty(new QLabel)
    , m_stack(new QStackedWidget)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_toolbar(new ChartToolbar)
{
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_subtitle->setObjectName(QStringLiteral("chartSubtitle"));
    m_notes->setObjectName(QStringLiteral("chartNotes"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* muted : {m_subtitle, m_notes})
        muted->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(260);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_toolbar, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_notes);

    connect(m_toolbar, &ChartToolbar::copyRequested, this, [this] { copyTable(m_spec); });
    connect(m_toolbar, &ChartToolbar::exportRequested, this,
            [this](const QString& format) { exportWithDialog(this, m_spec, format); });
    connect(m_toolbar, &ChartToolbar::printRequested, this, [this] { printWithDialog(this, m_spec); });
    connect(m_toolbar, &ChartToolbar::evidenceRequested, this, &ChartPanel::addToEvidenceRequested);
}

void ChartPanel::setSpec(ChartSpec spec)
{
    m_spec = std::move(spec);
    redraw();
}

void ChartPanel::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void ChartPanel::redraw()
{
    m_title->setText(m_spec.title);
    m_subtitle->setText(m_spec.subtitle);
    m_subtitle->setVisible(!m_spec.subtitle.isEmpty());
    m_notes->setText(m_spec.notes.join(u'\n'));
    const bool empty = m_spec.isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
    for (const QString& name : {QStringLiteral("copyData"), QStringLiteral("exportPng"), QStringLiteral("exportSvg"),
                                QStringLiteral("print"), QStringLiteral("addEvidence")})
        if (QWidget* b = m_toolbar->button(name))
            b->setEnabled(!empty);
    ChartRenderer::populate(*m_chart, m_spec, ChartStyle::fromPalette(palette(), font()));
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        redraw();
}

} // namespace jsna::ui::charts
