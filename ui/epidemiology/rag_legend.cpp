// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/rag_legend.h"

#include <QLabel>

#include "ui/charts/chart_style.h"

namespace jsna::ui::epidemiology {

QString ragLegendHtml(const QList<charts::Tone>& tones, const QString& prefix)
{
    const charts::ChartStyle style;
    QString html = prefix.isEmpty() ? QString() : prefix.toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp;");
    for (charts::Tone tone : tones)
        html += QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>&nbsp;&nbsp;")
                    .arg(style.colour(tone).name(), style.textOn(tone).name(), charts::toneLabel(tone).toHtmlEscaped());
    return html;
}

QLabel* makeRagLegend(const QList<charts::Tone>& tones, const QString& prefix)
{
    auto* label = new QLabel(ragLegendHtml(tones, prefix));
    label->setTextFormat(Qt::RichText);
    label->setObjectName(QStringLiteral("ragLegend"));
    return label;
}

} // namespace jsna::ui::epidemiology
