// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jsna::stats {

// A standard population for direct standardisation: ordered age bands with their weights.
// The built-in ones are the 2013 European Standard Population in the 19-band form OHID and
// PHEindicatormethods use (0-4 ... 85-89, 90+) and the 20-band form that splits 0-4 into <1 and 1-4.
class StandardPopulation
{
public:
    StandardPopulation() = default;
    // Throws StatsError when the lists differ in length, are empty, a weight is negative or not finite,
    // or a band name repeats.
    StandardPopulation(std::string name, std::vector<std::string> bands, std::vector<double> weights);

    static const StandardPopulation& esp2013();
    static const StandardPopulation& esp2013With20Bands();
    // "esp2013" or "esp2013-20" (case-insensitive); nullptr when the name is not a built-in standard.
    static const StandardPopulation* builtIn(std::string_view name);

    const std::string& name() const { return m_name; }
    std::size_t size() const { return m_bands.size(); }
    const std::string& band(std::size_t i) const { return m_bands[i]; }
    double weight(std::size_t i) const { return m_weights[i]; }
    const std::vector<double>& weights() const { return m_weights; }
    double total() const { return m_total; }

    // Index of a band by its label. Labels match after removing spaces and case, and "90+",
    // "90 +" and "90plus" are the same band; a bare start age ("5") matches the band starting there.
    std::optional<std::size_t> find(std::string_view label) const;

private:
    std::string m_name;
    std::vector<std::string> m_bands;
    std::vector<double> m_weights;
    double m_total = 0.0;
};

} // namespace jsna::stats
