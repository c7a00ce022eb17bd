// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/formatting.h"

#include <cmath>

#include <QLocale>

namespace jsna::ui::models {

namespace {

// The user's locale, except that the bare C locale (a minimal system, a test run) reads as British
// English so large numbers keep their thousands separators.
QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale;
}

} // namespace

QString formatNumber(double value)
{
    return displayLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
}

QString formatValue(double value, const QString& unit)
{
    const QString number = formatNumber(value);
    if (unit.isEmpty())
        return number;
    if (unit == u"%")
        return number + unit;
    return number + u' ' + unit;
}

QString formatCount(qint64 count)
{
    return displayLocale().toString(count);
}

QString countOf(qint64 count, const QString& singular, const QString& plural)
{
    return formatCount(count) + u' ' + (count == 1 ? singular : plural);
}

} // namespace jsna::ui::models
