// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/headline_index.h"

#include <algorithm>
#include <utility>

#include "core/store/database.h"

namespace jsna::epidemiology {

using indicators::IndicatorValue;

namespace {

// The rows of one (indicator, sex, age) seen so far: how many, and those of the latest period.
struct Candidate
{
    qint64 rows = 0;
    qint64 areasInLatest = 0;
    HeadlineSet set;
};

// Persons when it is published for at least half as many rows as the best-covered split; otherwise
// the (sex, age) with the most rows. Ties go to "All ages".
bool preferred(const Candidate& a, const Candidate& b, qint64 mostRows)
{
    const auto persons = [mostRows](const Candidate& c) {
        return c.set.sex == u"Persons" && 2 * c.rows >= mostRows;
    };
    if (persons(a) != persons(b))
        return persons(a);
    if (a.rows != b.rows)
        return a.rows > b.rows;
    const bool allA = a.set.age.startsWith(u"All ages");
    const bool allB = b.set.age.startsWith(u"All ages");
    if (allA != allB)
        return allA;
    return a.set.age < b.set.age;
}

} // namespace

const IndicatorValue* HeadlineSet::find(const QString& areaCode) const
{
    const auto it = byArea.constFind(areaCode);
    return it == byArea.cend() ? nullptr : &values.at(*it);
}

HeadlineIndex HeadlineIndex::build(store::Database& database)
{
    // One pass in table order. Columns are read lazily: a row of an older period than the latest seen
    // for its (indicator, sex, age) costs four columns, not nineteen.
    store::Statement statement = database.prepare(
        "SELECT indicator_id, sex, age, period_sortable, period, area_code, value, lower95, upper95, lower998,"
        " upper998, count, denominator, value_note, method, confidence, provenance"
        " FROM indicator_values WHERE category_type = ''");
    QHash<qint64, QList<Candidate>> candidates;
    HeadlineIndex index;
    while (statement.step()) {
        ++index.m_rowsScanned;
        const qint64 indicatorId = statement.int64(0);
        const QString sex = statement.text(1);
        const QString age = statement.text(2);
        const qint64 sortable = statement.int64(3);
        QList<Candidate>& list = candidates[indicatorId];
        Candidate* candidate = nullptr;
        for (Candidate& c : list) {
            if (c.set.sex == sex && c.set.age == age) {
                candidate = &c;
                break;
            }
        }
        if (!candidate) {
            list.append(Candidate{});
            candidate = &list.last();
            candidate->set.indicatorId = indicatorId;
            candidate->set.sex = sex;
            candidate->set.age = age;
            candidate->set.periodSortable = sortable - 1;
        }
        ++candidate->rows;
        if (sortable < candidate->set.periodSortable)
            continue;
        HeadlineSet& set = candidate->set;
        if (sortable > set.periodSortable) {
            set.periodSortable = sortable;
            set.period = statement.text(4);
            set.values.clear();
            set.byArea.clear();
        }
        IndicatorValue v;
        v.indicatorId = indicatorId;
        v.areaCode = statement.text(5);
        v.period = set.period;
        v.periodSortable = sortable;
        v.sex = set.sex;
        v.age = set.age;
        v.value = statement.optionalReal(6);
        v.lower95 = statement.optionalReal(7);
        v.upper95 = statement.optionalReal(8);
        v.lower998 = statement.optionalReal(9);
        v.upper998 = statement.optionalReal(10);
        v.count = statement.optionalReal(11);
        v.denominator = statement.optionalReal(12);
        v.valueNote = statement.text(13);
        v.method = statement.text(14);
        v.confidence = statement.text(15);
        v.provenance = statement.text(16);
        set.byArea.insert(v.areaCode, set.values.size());
        set.values.append(std::move(v));
    }
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        qint64 mostRows = 0;
        for (const Candidate& c : *it)
            mostRows = std::max(mostRows, c.rows);
        qsizetype best = 0;
        for (qsizetype i = 1; i < it->size(); ++i)
            if (preferred(it->at(i), it->at(best), mostRows))
                best = i;
        QList<HeadlineSet> sets;
        sets.append(std::move((*it)[best].set));
        const QString& sex = sets.first().sex;
        if (sex == u"Male" || sex == u"Female") {
            const QString other = sex == u"Male" ? QStringLiteral("Female") : QStringLiteral("Male");
            for (Candidate& c : *it)
                if (c.set.sex == other && c.set.age == sets.first().age)
                    sets.append(std::move(c.set));
        }
        index.m_sets.insert(it.key(), std::move(sets));
    }
    return index;
}

const HeadlineSet* HeadlineIndex::of(qint64 indicatorId) const
{
    const auto it = m_sets.constFind(indicatorId);
    return it == m_sets.cend() || it->isEmpty() ? nullptr : &it->first();
}

QList<const HeadlineSet*> HeadlineIndex::setsOf(qint64 indicatorId) const
{
    QList<const HeadlineSet*> sets;
    const auto it = m_sets.constFind(indicatorId);
    if (it != m_sets.cend())
        for (const HeadlineSet& set : *it)
            sets.append(&set);
    return sets;
}

} // namespace jsna::epidemiology
