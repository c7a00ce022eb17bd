// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "ui/charts/chart_spec.h"

class QLabel;

namespace jsna::ui::epidemiology {

// A one-line key of benchmark colours ("■ Better ■ Similar ■ Worse ...") as rich text, for the views
// whose tables use Fingertips' colours.
QString ragLegendHtml(const QList<charts::Tone>& tones, const QString& prefix = {});
QLabel* makeRagLegend(const QList<charts::Tone>& tones, const QString& prefix = {});

} // namespace jsna::ui::epidemiology
