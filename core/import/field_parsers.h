// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

#include <QString>

namespace jsna::import {

// Parsing of single CSV fields (raw UTF-8 views), shared by the importers. Nothing here throws: the
// importers turn a failed parse into a rejected row with the field's line and column.

std::string_view trimmed(std::string_view text);

// A header reduced to lower-case letters and digits, so "Lower CI 95.0 limit" (Fingertips),
// "LowerCI95.0limit" (fingertipsR) and "Lower.CI.95.0.limit" (R's read.csv) all read "lowerci950limit".
QString normalizedHeader(std::string_view header);
QString normalizedHeader(const QString& header);

struct ParsedNumber
{
    enum class Kind
    {
        Empty,      // blank, NA, N/A, null
        Suppressed, // *, .., :, -, x, c, [c], [x], [z], [u], ~ (statistical disclosure markers)
        Number,
        Bad,
    };
    Kind kind = Kind::Empty;
    double value = 0;

    bool isMissing() const { return kind == Kind::Empty || kind == Kind::Suppressed; }
    std::optional<double> optional() const
    {
        return kind == Kind::Number ? std::optional<double>(value) : std::nullopt;
    }
};

// Reads a decimal number. Thousands separators are accepted in strict groups of three ("1,234,567.5");
// a trailing % is dropped. With decimalComma (files delimited by ';', as Excel writes them in much of
// Europe) the roles swap: "1.234,5". NaN, infinities and hexadecimal are Bad.
ParsedNumber parseNumber(std::string_view text, bool decimalComma = false);

// A whole number (indicator IDs, years, ranks); Bad for fractions.
std::optional<qint64> parseInteger(std::string_view text);

// Persons, Male or Female from the spellings files use (Persons, All, Total, M, Males, 1, F, 2, ...).
std::optional<QString> parseSex(std::string_view text);
// The same as a view of a static string; empty when the spelling is unknown.
std::string_view canonicalSex(std::string_view text);

// An age band in the 5-year bands of the European Standard Population ("0-4" ... "85-89", "90+"),
// from "0-4", "00-04", "0 to 4", "Aged 0 to 4", "90+", "90 and over"; nullopt otherwise.
std::optional<QString> parseAgeBand(std::string_view text);

// The first four-digit year in a period such as "2019 - 21" or "2020/21", times 10000 (as Fingertips'
// "Time period Sortable"), or 0 when there is none.
qint64 sortablePeriod(std::string_view period);

// A stored area type from a Fingertips "Area Type" label when the code's prefix does not say it
// ("Counties & UAs (from Apr 2023)" -> "upper-tier-la", "ICBs" -> "icbs").
QString areaTypeFromLabel(std::string_view label);

} // namespace jsna::import
