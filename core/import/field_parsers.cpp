// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/field_parsers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/geography/area.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = lower(c);
    return out;
}

bool removePrefix(std::string& text, std::string_view prefix)
{
    if (text.size() < prefix.size() || std::string_view(text).substr(0, prefix.size()) != prefix)
        return false;
    text.erase(0, prefix.size());
    return true;
}

bool removeSuffix(std::string& text, std::string_view suffix)
{
    if (text.size() < suffix.size() || std::string_view(text).substr(text.size() - suffix.size()) != suffix)
        return false;
    text.erase(text.size() - suffix.size());
    return true;
}

// Removes thousands separators that form strict groups of three; false when they do not.
bool ungroup(std::string_view integerPart, char separator, std::string& out)
{
    if (integerPart.find(separator) == std::string_view::npos) {
        out.append(integerPart);
        return true;
    }
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t end = integerPart.find(separator, start);
        const std::string_view group =
            integerPart.substr(start, end == std::string_view::npos ? end : end - start);
        const bool sizeOk = first ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
        if (!sizeOk)
            return false;
        for (const char c : group) {
            if (!isDigit(c))
                return false;
        }
        out.append(group);
        if (end == std::string_view::npos)
            return true;
        start = end + 1;
        first = false;
    }
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QString normalizedHeader(std::string_view header)
{
    QString out;
    out.reserve(static_cast<qsizetype>(header.size()));
    for (const char c : header) {
        if (isDigit(c) || (c >= 'a' && c <= 'z'))
            out.append(QLatin1Char(c));
        else if (c >= 'A' && c <= 'Z')
            out.append(QLatin1Char(lower(c)));
    }
    return out;
}

QString normalizedHeader(const QString& header)
{
    const QByteArray utf8 = header.toUtf8();
    return normalizedHeader(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

ParsedNumber parseNumber(std::string_view text, bool decimalComma)
{
    static constexpr std::array<std::string_view, 6> kEmpty{"na", "n/a", "null", "none", "nan", "#n/a"};
    static constexpr std::array<std::string_view, 11> kSuppressed{"*",   "..",  ":",   "-",   "x", "c",
                                                                  "[c]", "[x]", "[z]", "[u]", "~"};
    ParsedNumber result;
    std::string_view t = trimmed(text);
    if (t.empty())
        return result;
    // Fast path for the common case, a plain decimal ("12.345", "-3", "1000"): straight to from_chars.
    if (!decimalComma && t.size() <= 32 &&
        std::all_of(t.begin(), t.end(), [](char c) { return isDigit(c) || c == '.' || c == '-'; }) &&
        (isDigit(t.front()) || (t.front() == '-' && t.size() > 1 && isDigit(t[1])))) {
        const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), result.value);
        if (ec == std::errc() && ptr == t.data() + t.size() && std::isfinite(result.value)) {
            result.kind = ParsedNumber::Kind::Number;
            return result;
        }
        result.value = 0;
    }
    if (t.size() <= 4) {
        const std::string low = lowerAscii(t);
        for (const std::string_view marker : kEmpty) {
            if (low == marker)
                return result;
        }
        for (const std::string_view marker : kSuppressed) {
            if (low == marker) {
                result.kind = ParsedNumber::Kind::Suppressed;
                return result;
            }
        }
    }
    result.kind = ParsedNumber::Kind::Bad;
    if (t.back() == '%')
        t = trimmed(t.substr(0, t.size() - 1));
    if (t.empty() || t.size() > 64)
        return result;

    // Split sign, mantissa and exponent, then normalise the mantissa to digits[.digits].
    std::string canonical;
    if (t.front() == '-' || t.front() == '+') {
        if (t.front() == '-')
            canonical.push_back('-');
        t.remove_prefix(1);
    }
    std::string_view exponent;
    if (const std::size_t e = t.find_first_of("eE"); e != std::string_view::npos) {
        exponent = t.substr(e + 1);
        t = t.substr(0, e);
        std::string_view digits = exponent;
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
            digits.remove_prefix(1);
        if (digits.empty() || digits.size() > 4)
            return result;
        for (const char c : digits) {
            if (!isDigit(c))
                return result;
        }
    }
    char decimal = '.';
    char group = ',';
    if (decimalComma && t.find(',') != std::string_view::npos) {
        decimal = ',';
        group = '.';
    } else if (decimalComma) {
        group = '\0'; // "1.5" in a ';' file without commas: a decimal point
    }
    const std::size_t point = t.find(decimal);
    const std::string_view integerPart = t.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view() : t.substr(point + 1);
    if (integerPart.empty() && fraction.empty())
        return result;
    if (group != '\0') {
        if (!ungroup(integerPart, group, canonical))
            return result;
    } else {
        canonical.append(integerPart);
    }
    if (point != std::string_view::npos) {
        canonical.push_back('.');
        canonical.append(fraction);
    }
    for (std::size_t i = canonical.front() == '-' ? 1 : 0; i < canonical.size(); ++i) {
        if (!isDigit(canonical[i]) && canonical[i] != '.')
            return result;
    }
    if (!exponent.empty()) {
        canonical.push_back('e');
        canonical.append(exponent.front() == '+' ? exponent.substr(1) : exponent);
    }
    double value = 0;
    const char* end = canonical.data() + canonical.size();
    const auto [ptr, ec] = std::from_chars(canonical.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return result;
    result.kind = ParsedNumber::Kind::Number;
    result.value = value;
    return result;
}

std::optional<qint64> parseInteger(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.size() <= 18 && std::all_of(text.begin(), text.end(), isDigit)) {
        qint64 value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value); // cannot fail: 18 digits fit
        return value;
    }
    const ParsedNumber number = parseNumber(text);
    if (number.kind != ParsedNumber::Kind::Number || number.value != std::floor(number.value) ||
        std::fabs(number.value) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(number.value);
}

std::string_view canonicalSex(std::string_view text)
{
    static constexpr std::array<std::string_view, 9> kPersons{
        "persons", "person", "all", "all persons", "total", "both", "both sexes", "p", "t"};
    static constexpr std::array<std::string_view, 5> kMale{"male", "males", "m", "1", "men"};
    static constexpr std::array<std::string_view, 5> kFemale{"female", "females", "f", "2", "women"};
    text = trimmed(text);
    // The common spellings first, without allocating.
    if (text == "Persons" || text == "Male" || text == "Female")
        return text == "Persons" ? std::string_view("Persons")
               : text == "Male"  ? std::string_view("Male")
                                 : std::string_view("Female");
    if (text.size() > 12)
        return {};
    const std::string low = lowerAscii(text);
    for (const std::string_view spelling : kPersons) {
        if (low == spelling)
            return "Persons";
    }
    for (const std::string_view spelling : kMale) {
        if (low == spelling)
            return "Male";
    }
    for (const std::string_view spelling : kFemale) {
        if (low == spelling)
            return "Female";
    }
    return {};
}

std::optional<QString> parseSex(std::string_view text)
{
    const std::string_view sex = canonicalSex(text);
    if (sex.empty())
        return std::nullopt;
    return QString::fromLatin1(sex.data(), static_cast<qsizetype>(sex.size()));
}

std::optional<QString> parseAgeBand(std::string_view text)
{
    std::string band = lowerAscii(trimmed(text));
    if (!removePrefix(band, "aged "))
        removePrefix(band, "age ");
    for (const std::string_view unit : {" years", " yrs", "yrs"}) {
        if (removeSuffix(band, unit))
            break;
    }
    for (const std::string_view over : {" and over", " and above", " plus", "plus", "+"}) {
        if (removeSuffix(band, over)) {
            const std::optional<qint64> start = parseInteger(band);
            if (start && *start == 90)
                return QStringLiteral("90+");
            return std::nullopt;
        }
    }
    std::size_t dash = band.find(" to ");
    std::size_t width = 4;
    if (dash == std::string::npos) {
        dash = band.find('-');
        width = 1;
    }
    if (dash == std::string::npos)
        return std::nullopt;
    const std::optional<qint64> from = parseInteger(band.substr(0, dash));
    const std::optional<qint64> to = parseInteger(band.substr(dash + width));
    if (!from || !to || *from < 0 || *from >= 90 || *from % 5 != 0 || *to != *from + 4)
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(*from).arg(*to);
}

qint64 sortablePeriod(std::string_view period)
{
    for (std::size_t i = 0; i + 4 <= period.size(); ++i) {
        const bool fourDigits =
            isDigit(period[i]) && isDigit(period[i + 1]) && isDigit(period[i + 2]) && isDigit(period[i + 3]);
        const bool boundedBefore = i == 0 || !isDigit(period[i - 1]);
        const bool boundedAfter = i + 4 == period.size() || !isDigit(period[i + 4]);
        if (fourDigits && boundedBefore && boundedAfter) {
            const qint64 year = (period[i] - '0') * 1000 + (period[i + 1] - '0') * 100 +
                                (period[i + 2] - '0') * 10 + (period[i + 3] - '0');
            return year * 10000;
        }
    }
    return 0;
}

QString areaTypeFromLabel(std::string_view label)
{
    const std::string low = lowerAscii(trimmed(label));
    const auto has = [&low](std::string_view part) {
        return low.find(part) != std::string::npos;
    };
    if (low.rfind("england", 0) == 0 || low == "country")
        return QString::fromUtf16(geography::area_type::kEngland);
    if (has("region"))
        return QString::fromUtf16(geography::area_type::kRegion);
    if (has("counties") || has("county & ua") || has("upper tier"))
        return QString::fromUtf16(geography::area_type::kUpperTierLa);
    if (has("districts") || has("lower tier"))
        return QString::fromUtf16(geography::area_type::kLowerTierLa);
    if (has("ward"))
        return QString::fromUtf16(geography::area_type::kWard);
    if (has("msoa"))
        return QString::fromUtf16(geography::area_type::kMsoa);
    if (has("lsoa"))
        return QString::fromUtf16(geography::area_type::kLsoa);
    QString slug;
    for (const char c : low) {
        if (isDigit(c) || (c >= 'a' && c <= 'z'))
            slug.append(QLatin1Char(c));
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("other") : slug;
}

} // namespace jsna::import
