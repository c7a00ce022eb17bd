// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/breakdown_order.h"

#include <array>

#include <QRegularExpression>

namespace jsna::epidemiology {

BreakdownKind breakdownKindOf(const QString& categoryType)
{
    const QString t = categoryType.toLower();
    if (t.contains(u"depriv") || t.contains(u"imd"))
        return BreakdownKind::Deprivation;
    if (t.contains(u"ethnic"))
        return BreakdownKind::Ethnicity;
    if (t == u"sex")
        return BreakdownKind::Sex;
    if (t.startsWith(u"age"))
        return BreakdownKind::Age;
    return BreakdownKind::Other;
}

QString breakdownKindLabel(BreakdownKind kind)
{
    switch (kind) {
    case BreakdownKind::Deprivation:
        return QStringLiteral("Deprivation");
    case BreakdownKind::Sex:
        return QStringLiteral("Sex");
    case BreakdownKind::Age:
        return QStringLiteral("Age band");
    case BreakdownKind::Ethnicity:
        return QStringLiteral("Ethnic group");
    case BreakdownKind::Other:
        break;
    }
    return QStringLiteral("Other");
}

int deprivationRank(const QString& category, int groupCount)
{
    static constexpr std::array<const char16_t*, 10> kOrdinals{
        u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth", u"ninth", u"tenth"};
    static const QRegularExpression word(QStringLiteral("[a-z]+|\\d+"));
    const QString text = category.toLower();
    int ordinal = 0;
    int digit = 0;
    bool fromLeast = false;
    bool fromMost = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.startsWith(u"imd"))
            continue;
        if (w.at(0).isDigit()) {
            if (w.size() >= 4) // a year, as in "(2019)"
                continue;
            const int n = w.toInt();
            if (n >= 1 && n <= groupCount && !digit)
                digit = n;
            continue;
        }
        for (std::size_t i = 0; i < kOrdinals.size(); ++i)
            if (w == QStringView(kOrdinals[i]) && !ordinal)
                ordinal = static_cast<int>(i) + 1;
        if (w == u"least" || w == u"less")
            fromLeast = true;
        else if (w == u"most" || w == u"more")
            fromMost = true;
    }
    const int n = ordinal ? ordinal : (digit ? digit : 1);
    if (fromLeast)
        return groupCount + 1 - n;
    if (fromMost || digit)
        return n;
    return 0;
}

int ageBandStart(const QString& age)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    if (age.trimmed().startsWith(u'<'))
        return 0;
    const QRegularExpressionMatch match = number.match(age);
    return match.hasMatch() ? match.captured().toInt() : -1;
}

} // namespace jsna::epidemiology
