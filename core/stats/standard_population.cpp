// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/standard_population.h"

#include <cctype>
#include <cmath>

#include "core/stats/stats_error.h"

namespace jsna::stats {

namespace {

std::string normaliseLabel(std::string_view label)
{
    std::string text;
    for (const char c : label) {
        if (std::isspace(static_cast<unsigned char>(c)))
            continue;
        text.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    const std::string_view plus = "plus";
    if (text.size() > plus.size() && text.ends_with(plus))
        text.replace(text.size() - plus.size(), plus.size(), "+");
    if (text.ends_with("andover"))
        text.replace(text.size() - 7, 7, "+");
    return text;
}

// "5-9" -> "5", "90+" -> "90", "<1" -> "0": the start age of a band label, or "" if it has none.
std::string startAge(const std::string& normalised)
{
    if (normalised.starts_with("<"))
        return "0";
    std::size_t end = 0;
    while (end < normalised.size() && std::isdigit(static_cast<unsigned char>(normalised[end])))
        ++end;
    return normalised.substr(0, end);
}

std::vector<std::string> esp2013Bands19()
{
    return {"0-4",   "5-9",   "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
            "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"};
}

std::vector<double> esp2013Weights19()
{
    return {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
            7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000};
}

} // namespace

StandardPopulation::StandardPopulation(std::string name, std::vector<std::string> bands,
                                       std::vector<double> weights)
    : m_name(std::move(name))
    , m_bands(std::move(bands))
    , m_weights(std::move(weights))
{
    if (m_bands.empty() || m_bands.size() != m_weights.size())
        throw StatsError("a standard population needs one weight for each of at least one age band");
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        if (!std::isfinite(m_weights[i]) || m_weights[i] < 0.0)
            throw StatsError("standard population weight for band '" + m_bands[i] +
                             "' must be zero or more");
        for (std::size_t j = 0; j < i; ++j) {
            if (normaliseLabel(m_bands[j]) == normaliseLabel(m_bands[i]))
                throw StatsError("standard population band '" + m_bands[i] + "' appears twice");
        }
        m_total += m_weights[i];
    }
    if (!(m_total > 0.0))
        throw StatsError("standard population weights must not all be zero");
}

const StandardPopulation& StandardPopulation::esp2013()
{
    static const StandardPopulation standard("esp2013", esp2013Bands19(), esp2013Weights19());
    return standard;
}

const StandardPopulation& StandardPopulation::esp2013With20Bands()
{
    static const StandardPopulation standard = [] {
        std::vector<std::string> bands = esp2013Bands19();
        std::vector<double> weights = esp2013Weights19();
        bands.front() = "1-4";
        weights.front() = 4000;
        bands.insert(bands.begin(), "<1");
        weights.insert(weights.begin(), 1000);
        return StandardPopulation("esp2013-20", std::move(bands), std::move(weights));
    }();
    return standard;
}

const StandardPopulation* StandardPopulation::builtIn(std::string_view name)
{
    const std::string key = normaliseLabel(name);
    if (key == "esp2013" || key == "esp2013-19")
        return &esp2013();
    if (key == "esp2013-20")
        return &esp2013With20Bands();
    return nullptr;
}

std::optional<std::size_t> StandardPopulation::find(std::string_view label) const
{
    const std::string key = normaliseLabel(label);
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        if (normaliseLabel(m_bands[i]) == key)
            return i;
    }
    // A bare start age ("0", "5", "90") names the band starting there.
    if (!key.empty() && startAge(key) == key) {
        for (std::size_t i = 0; i < m_bands.size(); ++i) {
            if (startAge(normaliseLabel(m_bands[i])) == key)
                return i;
        }
    }
    return std::nullopt;
}

} // namespace jsna::stats
