// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/age_bands.h"

namespace jsna::indicators {

const QStringList& fiveYearAgeBands()
{
    static const QStringList kBands = [] {
        QStringList bands;
        for (int start = 0; start < 90; start += 5)
            bands.append(QStringLiteral("%1-%2").arg(start).arg(start + 4));
        bands.append(QStringLiteral("90+"));
        return bands;
    }();
    return kBands;
}

QString fiveYearAgeBandFor(int age)
{
    return fiveYearAgeBands().at(std::min(age, 90) / 5);
}

} // namespace jsna::indicators
