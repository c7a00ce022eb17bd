// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/geography/area.h"

namespace jsna::epidemiology {

class EpidemiologyData;

// One 5-year band of a population pyramid: counts, and shares of the whole population (percent).
struct PyramidBand
{
    QString band;
    double male = 0;
    double female = 0;
    double malePercent = 0;
    double femalePercent = 0;
    double comparatorMalePercent = 0;
    double comparatorFemalePercent = 0;
};

struct PyramidData
{
    geography::Area area;
    geography::Area comparator;
    int year = 0;
    QList<int> years;          // years with populations, ascending
    QList<PyramidBand> bands;  // youngest first, the 19 bands 0-4 .. 90+
    double total = 0;
    double comparatorTotal = 0;
    bool hasComparator() const { return comparatorTotal > 0; }
    bool isEmpty() const { return total <= 0; }
};

// The area's population by sex and 5-year band in year (the latest when 0) against a comparator
// (England when comparatorCode is empty): two primary-key lookups.
PyramidData pyramidFor(EpidemiologyData& data, const QString& areaCode, int year, const QString& comparatorCode = {});

} // namespace jsna::epidemiology
