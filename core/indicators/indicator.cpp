// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicator.h"

#include <array>
#include <utility>

#include "core/foundation/project_error.h"

namespace jsna::indicators {

namespace {

constexpr std::array<std::pair<Polarity, const char16_t*>, 3> kPolarities{{
    {Polarity::LowIsGood, u"low-is-good"},
    {Polarity::HighIsGood, u"high-is-good"},
    {Polarity::NotApplicable, u"not-applicable"},
}};

constexpr std::array<std::pair<ValueType, const char16_t*>, 9> kValueTypes{{
    {ValueType::Proportion, u"proportion"},
    {ValueType::CrudeRate, u"crude-rate"},
    {ValueType::Dsr, u"dsr"},
    {ValueType::Isr, u"isr"},
    {ValueType::Mean, u"mean"},
    {ValueType::LifeExpectancy, u"life-expectancy"},
    {ValueType::Count, u"count"},
    {ValueType::Ratio, u"ratio"},
    {ValueType::Other, u"other"},
}};

template <typename Enum, std::size_t N>
QString spell(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [key, text] : table)
        if (key == value)
            return QString::fromUtf16(text);
    return {};
}

template <typename Enum, std::size_t N>
Enum parse(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& text, const char* what)
{
    for (const auto& [key, spelling] : table)
        if (text == QStringView(spelling))
            return key;
    throw ProjectError(QStringLiteral("unknown %1 '%2'").arg(QLatin1String(what), text));
}

} // namespace

QString toStorage(Polarity polarity)
{
    return spell(kPolarities, polarity);
}

QString toStorage(ValueType type)
{
    return spell(kValueTypes, type);
}

Polarity polarityFromStorage(const QString& text)
{
    return parse(kPolarities, text, "polarity");
}

ValueType valueTypeFromStorage(const QString& text)
{
    return parse(kValueTypes, text, "value type");
}

QString polarityLabel(Polarity polarity)
{
    switch (polarity) {
    case Polarity::LowIsGood:
        return QStringLiteral("Low is good");
    case Polarity::HighIsGood:
        return QStringLiteral("High is good");
    case Polarity::NotApplicable:
        break;
    }
    return QStringLiteral("Not applicable (higher/lower)");
}

QString valueTypeLabel(ValueType type)
{
    switch (type) {
    case ValueType::Proportion:
        return QStringLiteral("Proportion");
    case ValueType::CrudeRate:
        return QStringLiteral("Crude rate");
    case ValueType::Dsr:
        return QStringLiteral("Directly standardised rate");
    case ValueType::Isr:
        return QStringLiteral("Indirectly standardised ratio");
    case ValueType::Mean:
        return QStringLiteral("Mean");
    case ValueType::LifeExpectancy:
        return QStringLiteral("Life expectancy");
    case ValueType::Count:
        return QStringLiteral("Count");
    case ValueType::Ratio:
        return QStringLiteral("Ratio");
    case ValueType::Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace jsna::indicators
