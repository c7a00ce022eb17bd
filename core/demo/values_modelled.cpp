// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/values_modelled.h"

#include <array>
#include <cmath>
#include <vector>

#include "core/demo/random.h"
#include "core/demo/value_builder.h"
#include "core/stats/proportion.h"
#include "core/stats/rate.h"

namespace jsna::demo {

namespace {

using Shape = std::array<std::array<double, kBandCount>, 2>;

// Age-specific rates relative to each other (any scale), by sex.
constexpr Shape kViolence{{
    {8, 4, 25, 110, 150, 140, 120, 100, 90, 75, 60, 40, 25, 15, 10, 8, 8, 8, 8},
    {6, 3, 10, 35, 40, 38, 35, 30, 25, 20, 14, 9, 6, 4, 4, 4, 4, 4, 4},
}};
constexpr Shape kSuicide{{
    {0, 0, 1.5, 10, 15, 17, 18, 19, 20, 22, 22, 19, 15, 12, 11, 11, 13, 14, 14},
    {0, 0, 1, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7, 6, 5, 4, 4, 4, 4.5, 4.5, 4.5},
}};

// Ethnic shares of adults and of children (under 18) in the borough and in England.
constexpr std::array<double, 5> kBoroughAdults{0.80, 0.03, 0.10, 0.04, 0.03};
constexpr std::array<double, 5> kBoroughChildren{0.72, 0.06, 0.13, 0.06, 0.03};
constexpr std::array<double, 5> kEnglandAdults{0.85, 0.02, 0.08, 0.035, 0.015};
constexpr std::array<double, 5> kEnglandChildren{0.78, 0.06, 0.10, 0.05, 0.01};

struct Draw
{
    double numerator = 0.0;
    double denominator = 0.0;
    SexBands counts; // DSR only
    SexBands people;
};

class Modeller
{
public:
    Modeller(ValueBuilder& builder, std::size_t spec)
        : m_builder(builder)
        , m_model(builder.model())
        , m_spec(spec)
        , m_s(builder.catalogue()[spec])
        , m_random(Random::stream(m_model.seed, "values/modelled/" + QString::fromUtf16(m_s.name).toStdString()))
        , m_slope(std::log(m_s.gradient) / 0.9)
    {
        if (m_s.model == ModelKind::Dsr) {
            const Shape& shape = m_s.ageShape == AgeShape::Suicide ? kSuicide : kViolence;
            const stats::StandardPopulation& esp = esp2013Bands(m_s.denominator.first, m_s.denominator.last);
            double weighted = 0.0;
            for (int b = m_s.denominator.first; b <= m_s.denominator.last; ++b) {
                const auto bi = static_cast<std::size_t>(b);
                weighted += esp.weight(bi - static_cast<std::size_t>(m_s.denominator.first)) *
                            (shape[0][bi] + shape[1][bi]) / 2.0;
            }
            const double norm = weighted / esp.total();
            for (int s = 0; s < 2; ++s)
                for (int b = 0; b < kBandCount; ++b)
                    m_shape[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)] =
                        shape[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)] / norm;
        }
    }

    void run();

private:
    double linkOf(double level) const
    {
        return m_s.model == ModelKind::Proportion ? std::log(level / (1.0 - level)) : std::log(level);
    }
    double levelOf(double link) const
    {
        return m_s.model == ModelKind::Proportion ? 1.0 / (1.0 + std::exp(-link)) : std::exp(link);
    }
    double effectOf(const DemoArea& area)
    {
        switch (area.kind) {
        case AreaKind::England:
            return 0.0;
        case AreaKind::Region:
            return 0.03 * m_random.normal();
        case AreaKind::Borough:
            return m_s.boroughEffect + 0.05 * m_random.normal();
        case AreaKind::Lsoa:
            return m_s.boroughEffect + 0.2 * m_random.normal();
        default:
            return 0.12 * m_random.normal();
        }
    }
    double surveySize(AreaKind kind)
    {
        const Denominator& d = m_s.denominator;
        const double n = kind == AreaKind::England ? d.surveyEngland : kind == AreaKind::Region ? d.surveyRegion : d.surveyLocal;
        return std::round(n * std::exp(0.1 * m_random.normal()));
    }
    // Draws one area's numerator over its denominator at a level on the link scale (sex -1: persons).
    Draw draw(double link, const SexBands& population, double surveyed, int sex = -1);
    void addDraw(const QString& code, int y, int sex, const Draw& d);
    void addEthnicity(const QString& code, int y, double link, double denominator, bool england);

    ValueBuilder& m_builder;
    const DemoModel& m_model;
    std::size_t m_spec;
    const IndicatorSpec& m_s;
    Random m_random;
    double m_slope;
    Shape m_shape{};
};

Draw Modeller::draw(double link, const SexBands& population, double surveyed, int sex)
{
    Draw d;
    const double level = levelOf(link);
    if (m_s.model == ModelKind::Dsr) {
        d.people = population;
        for (int s = 0; s < 2; ++s) {
            for (int b = m_s.denominator.first; b <= m_s.denominator.last; ++b) {
                const double rate = level * m_shape[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)];
                d.counts.at(s, b) = static_cast<double>(m_random.poisson(population.at(s, b) * rate));
            }
        }
        return d;
    }
    Denominator denominator = m_s.denominator;
    if (sex >= 0 && denominator.sex < 0) { // half of the people, as a sex's share
        denominator.sex = sex;
    }
    d.denominator = surveyed > 0.0 ? surveyed : std::max(1.0, std::round(denominatorOf(denominator, population)));
    const auto n = static_cast<std::int64_t>(d.denominator);
    d.numerator = m_s.model == ModelKind::Proportion ? static_cast<double>(m_random.binomial(n, level))
                                                     : static_cast<double>(m_random.poisson(d.denominator * level));
    return d;
}

void Modeller::addDraw(const QString& code, int y, int sex, const Draw& d)
{
    const stats::ConfidenceLevels& levels = m_builder.levels();
    if (m_s.model == ModelKind::Dsr) {
        const stats::DsrResult dsr = dsrOf(d.counts, d.people, m_s.denominator.first, m_s.denominator.last, sex, levels);
        m_builder.add(m_spec, code, y, sex, dsr.estimate, dsr.totalCount, dsr.totalPopulation);
    } else if (m_s.model == ModelKind::Proportion) {
        m_builder.add(m_spec, code, y, sex, stats::proportion({d.numerator, d.denominator}, levels, m_s.multiplier),
                      d.numerator, d.denominator);
    } else {
        m_builder.add(m_spec, code, y, sex, stats::crudeRate({d.numerator, d.denominator}, levels, m_s.multiplier),
                      d.numerator, d.denominator);
    }
}

void Modeller::addEthnicity(const QString& code, int y, double link, double denominator, bool england)
{
    const bool children = m_s.denominator.first < 3 && m_s.denominator.surveyLocal == 0.0;
    const auto& shares = england ? (children ? kEnglandChildren : kEnglandAdults)
                                 : (children ? kBoroughChildren : kBoroughAdults);
    double meanOdds = 0.0;
    for (std::size_t e = 0; e < shares.size(); ++e)
        meanOdds += shares[e] * m_s.ethnicOdds[e];
    for (std::size_t e = 0; e < shares.size(); ++e) {
        Draw d;
        d.denominator = std::max(1.0, std::round(denominator * shares[e]));
        const double p = levelOf(link + std::log(m_s.ethnicOdds[e] / meanOdds));
        d.numerator = static_cast<double>(m_random.binomial(static_cast<std::int64_t>(d.denominator), p));
        addDraw(code, y, -1, d);
        indicators::IndicatorValue& v = m_builder.values().back();
        v.categoryType = QString::fromUtf16(kEthnicGroupsType);
        v.category = QString::fromUtf16(kEthnicGroups[e]);
    }
}

void Modeller::run()
{
    const bool bySex = m_s.sexOdds[0] > 0.0 || m_s.model == ModelKind::Dsr;
    const bool smallAreas = m_s.wards || m_s.quintiles;
    std::vector<int> areas{m_model.england, m_model.region, m_model.borough};
    areas.insert(areas.end(), m_model.peers.begin(), m_model.peers.end());
    std::vector<double> effects;
    for (const int area : areas)
        effects.push_back(effectOf(m_model.area(area)));
    std::vector<double> lsoaEffects;
    for (const int lsoa : m_model.lsoas)
        lsoaEffects.push_back(effectOf(m_model.area(lsoa)));

    for (int y = 0; y < kYearCount; ++y) {
        const auto yi = static_cast<std::size_t>(y);
        if (std::isnan(m_s.england[yi]))
            continue; // not published that year
        const double englandLink = linkOf(m_s.england[yi] / m_s.multiplier);
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const DemoArea& area = m_model.area(areas[i]);
            const double noise = area.kind == AreaKind::England ? 0.0 : 0.03 * m_random.normal();
            const double link = englandLink + m_slope * area.deprivation + effects[i] + noise;
            const SexBands& people = m_model.populationOf(areas[i])[yi];
            const bool survey = m_s.denominator.surveyLocal > 0.0;
            if (smallAreas && (area.kind == AreaKind::Borough || area.kind == AreaKind::England)) {
                // Drawn for each LSOA (borough) or national decile (England), then summed.
                const bool england = area.kind == AreaKind::England;
                std::vector<Draw> parts;
                const std::size_t count = england ? 10 : m_model.lsoas.size();
                for (std::size_t k = 0; k < count; ++k) {
                    const double partLink = england ? englandLink + m_slope * (0.45 - 0.1 * static_cast<double>(k))
                                                    : englandLink + m_slope * m_model.area(m_model.lsoas[k]).deprivation +
                                                          lsoaEffects[k] + noise;
                    const SexBands& partPeople =
                        england ? m_model.englandDecilePopulation[k][yi] : m_model.populationOf(m_model.lsoas[k])[yi];
                    parts.push_back(draw(partLink, partPeople, 0.0));
                }
                Draw total;
                std::array<Draw, 5> quintile{};
                std::vector<Draw> wards(m_model.areas.size());
                for (std::size_t k = 0; k < count; ++k) {
                    const int q = england ? static_cast<int>(k) / 2 + 1
                                          : quintileOfDecile(m_model.area(m_model.lsoas[k]).imdDecile);
                    for (Draw* into : {&total, &quintile[static_cast<std::size_t>(q - 1)]}) {
                        into->numerator += parts[k].numerator;
                        into->denominator += parts[k].denominator;
                    }
                    if (!england) {
                        Draw& ward = wards[static_cast<std::size_t>(m_model.area(m_model.lsoas[k]).parent)];
                        ward.numerator += parts[k].numerator;
                        ward.denominator += parts[k].denominator;
                    }
                }
                addDraw(area.code, y, -1, total);
                for (int q = 1; m_s.quintiles && q <= 5; ++q) {
                    if (quintile[static_cast<std::size_t>(q - 1)].denominator <= 0.0)
                        continue;
                    addDraw(area.code, y, -1, quintile[static_cast<std::size_t>(q - 1)]);
                    m_builder.values().back().categoryType = QString::fromUtf16(kQuintilesInEngland);
                    m_builder.values().back().category = quintileLabel(q);
                }
                for (const int ward : m_model.wards) {
                    if (!england && m_s.wards)
                        addDraw(m_model.area(ward).code, y, -1, wards[static_cast<std::size_t>(ward)]);
                }
                if (m_s.ethnicOdds[0] > 0.0)
                    addEthnicity(area.code, y, link, total.denominator, england);
                continue;
            }
            if (bySex && m_s.model != ModelKind::Dsr) {
                const double n = survey ? surveySize(area.kind) : 0.0;
                Draw persons;
                for (int sex : {kMale, kFemale}) {
                    const double sexLink = link + std::log(m_s.sexOdds[static_cast<std::size_t>(sex)]);
                    const Draw d = draw(sexLink, people, survey ? std::round(n / 2.0) : 0.0, sex);
                    addDraw(area.code, y, sex, d);
                    persons.numerator += d.numerator;
                    persons.denominator += d.denominator;
                }
                addDraw(area.code, y, -1, persons);
                if (m_s.ethnicOdds[0] > 0.0 && (area.kind == AreaKind::Borough || area.kind == AreaKind::England))
                    addEthnicity(area.code, y, link, persons.denominator, area.kind == AreaKind::England);
                continue;
            }
            const Draw d = draw(link, people, survey ? surveySize(area.kind) : 0.0);
            for (int sex : bySex ? std::vector<int>{-1, kMale, kFemale} : std::vector<int>{-1})
                addDraw(area.code, y, sex, d);
            if (m_s.ethnicOdds[0] > 0.0 && (area.kind == AreaKind::Borough || area.kind == AreaKind::England))
                addEthnicity(area.code, y, link, d.denominator, area.kind == AreaKind::England);
        }
    }
}

} // namespace

void addModelledValues(ValueBuilder& builder, std::size_t spec)
{
    Modeller(builder, spec).run();
}

} // namespace jsna::demo
