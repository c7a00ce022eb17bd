// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_toolbar.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace jsna::ui::charts {

ChartToolbar::ChartToolbar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const auto add = [this, layout](const QString& name, const QString& text, const QString& tip,
                                    QStyle::StandardPixmap icon) {
        auto* b = new QToolButton;
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        layout->addWidget(b);
        return b;
    };
    connect(add(QStringLiteral("copyData"), tr("Copy data"), tr("Copy the numbers behind this chart as a table"),
                QStyle::SP_FileDialogDetailedView),
            &QToolButton::clicked, this, &ChartToolbar::copyRequested);
    connect(add(QStringLiteral("exportPng"), tr("PNG"), tr("Export the chart as a PNG image"), QStyle::SP_DialogSaveButton),
            &QToolButton::clicked, this, [this] { emit exportRequested(QStringLiteral("png")); });
    connect(add(QStringLiteral("exportSvg"), tr("SVG"), tr("Export the chart as an SVG drawing"), QStyle::SP_DialogSaveButton),
            &QToolButton::clicked, this, [this] { emit exportRequested(QStringLiteral("svg")); });
    connect(add(QStringLiteral("print"), tr("Print"), tr("Print the chart"), QStyle::SP_FileIcon), &QToolButton::clicked,
            this, &ChartToolbar::printRequested);
    auto* evidence = add(QStringLiteral("addEvidence"), tr("Add to evidence\u2026"),
                         tr("Record a finding from this chart, with its exact selection, in the project's evidence"),
                         QStyle::SP_DialogApplyButton);
    connect(evidence, &QToolButton::clicked, this, &ChartToolbar::evidenceRequested);
}

QToolButton* ChartToolbar::button(const QString& objectName) const
{
    return findChild<QToolButton*>(objectName);
}

} // namespace jsna::ui::charts
