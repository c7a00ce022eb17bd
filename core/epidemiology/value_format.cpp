// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/value_format.h"

#include <cmath>

#include <QLocale>

namespace jsna::epidemiology {

namespace {

QString grouped(double value, int decimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return english.toString(value, 'f', decimals);
}

} // namespace

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    return grouped(value, std::fabs(value) < 1000.0 ? 1 : 0);
}

QString formatIndicatorValue(double value, const QString& unit)
{
    const QString number = formatNumber(value);
    if (std::isnan(value) || unit.isEmpty())
        return number;
    if (unit == u"%")
        return number + u'%';
    return number + u' ' + unit;
}

QString formatCount(double count)
{
    if (std::isnan(count))
        return QStringLiteral("-");
    return grouped(count, count == std::floor(count) ? 0 : 1);
}

} // namespace jsna::epidemiology
