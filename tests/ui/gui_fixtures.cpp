// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/gui_fixtures.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include "core/project/project.h"
#include "core/store/database.h"

namespace jsna::test {

void writeSmallProject(const QString& path)
{
    auto project = project::Project::create(path, QString::fromLatin1(small_project::kTitle));
    project->database().exec(R"sql(
INSERT INTO areas(code, name, area_type, parent_code) VALUES
    ('E92000001', 'England', 'england', NULL),
    ('E12000007', 'London', 'region', 'E92000001'),
    ('E09000099', 'Testborough', 'upper-tier-la', 'E12000007'),
    ('E05000001', 'North Ward', 'ward', 'E09000099'),
    ('E05000002', 'South Ward', 'ward', 'E09000099'),
    ('E01000001', 'Testborough 001A', 'lsoa', 'E05000001'),
    ('E01000002', 'Testborough 001B', 'lsoa', 'E05000001'),
    ('E01000003', 'Testborough 002A', 'lsoa', 'E05000002'),
    ('E01000004', 'Testborough 002B', 'lsoa', 'E05000002');
INSERT INTO area_lookups(child_code, relation, vintage, parent_code) VALUES
    ('E01000001', 'lsoa-ward', '2021', 'E05000001'), ('E01000002', 'lsoa-ward', '2021', 'E05000001'),
    ('E01000003', 'lsoa-ward', '2021', 'E05000002'), ('E01000004', 'lsoa-ward', '2021', 'E05000002');
INSERT INTO indicators(id, name, unit, value_type, multiplier, polarity, domain) VALUES
    (1, 'Smoking prevalence in adults', '%', 'proportion', 100, 'low-is-good', 'Health improvement'),
    (2, 'Life expectancy at birth', 'years', 'life-expectancy', 1, 'high-is-good', 'Healthcare and premature mortality'),
    (3, 'Physically active adults', '%', 'proportion', 100, 'high-is-good', 'Health improvement'),
    (4, 'Population aged 65 and over', '%', 'proportion', 100, 'not-applicable', 'Wider determinants');
INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age, category_type, category,
                             value, lower95, upper95) VALUES
    (1, 'E92000001', '2020', 20200000, 'Persons', '18+ yrs', '', '', 13.5, 13.4, 13.6),
    (1, 'E92000001', '2021', 20210000, 'Persons', '18+ yrs', '', '', 13.0, 12.9, 13.1),
    (1, 'E09000099', '2020', 20200000, 'Persons', '18+ yrs', '', '', 17.0, 15.5, 18.5),
    (1, 'E09000099', '2021', 20210000, 'Persons', '18+ yrs', '', '', 16.0, 14.5, 17.5),
    (1, 'E09000099', '2021', 20210000, 'Persons', '18+ yrs', 'Deprivation quintile', 'Most deprived quintile', 24.0, NULL, NULL),
    (1, 'E09000099', '2021', 20210000, 'Persons', '18+ yrs', 'Deprivation quintile', 'Middle quintile', 15.0, NULL, NULL),
    (1, 'E09000099', '2021', 20210000, 'Persons', '18+ yrs', 'Deprivation quintile', 'Least deprived quintile', 6.0, NULL, NULL),
    (1, 'E05000001', '2021', 20210000, 'Persons', '18+ yrs', '', '', 20.0, NULL, NULL),
    (2, 'E92000001', '2019 - 21', 20190000, 'Persons', 'All ages', '', '', 80.7, 80.6, 80.8),
    (2, 'E09000099', '2019 - 21', 20190000, 'Persons', 'All ages', '', '', 82.0, 81.5, 82.5),
    (3, 'E92000001', '2021', 20210000, 'Persons', '19+ yrs', '', '', 66.0, 65.9, 66.1),
    (3, 'E09000099', '2021', 20210000, 'Persons', '19+ yrs', '', '', 65.0, 62.0, 68.0),
    (3, 'E09000099', '2021', 20210000, 'Persons', '19+ yrs', 'Ethnic group', 'White', 68.0, NULL, NULL),
    (3, 'E09000099', '2021', 20210000, 'Persons', '19+ yrs', 'Ethnic group', 'Asian', 51.0, NULL, NULL),
    (4, 'E92000001', '2021', 20210000, 'Persons', 'All ages', '', '', 18.5, 18.4, 18.6),
    (4, 'E09000099', '2021', 20210000, 'Persons', 'All ages', '', '', 12.0, 11.5, 12.5);
INSERT INTO populations(area_code, year, sex, age_band, count) VALUES
    ('E09000099', 2020, 'Male', '0-4', 990), ('E09000099', 2020, 'Female', '0-4', 940),
    ('E09000099', 2020, 'Male', '5-9', 1090), ('E09000099', 2020, 'Female', '5-9', 1040),
    ('E09000099', 2021, 'Male', '0-4', 1000), ('E09000099', 2021, 'Female', '0-4', 950),
    ('E09000099', 2021, 'Male', '5-9', 1100), ('E09000099', 2021, 'Female', '5-9', 1050);
INSERT INTO deprivation(area_code, edition, lsoa_vintage, score, rank, decile) VALUES
    ('E01000001', 'IMD2019', 2011, 45.1, 1200, 1), ('E01000002', 'IMD2019', 2011, 35.2, 5000, 2),
    ('E01000003', 'IMD2019', 2011, 18.0, 15000, 5), ('E01000004', 'IMD2019', 2011, 6.3, 29000, 9);
)sql");
}

struct MessageBoxCatcher::State
{
    QTimer timer;
    QStringList texts;
};

MessageBoxCatcher::MessageBoxCatcher()
    : m_state(new State)
{
    m_state->timer.setInterval(20);
    QObject::connect(&m_state->timer, &QTimer::timeout, [state = m_state] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box || !box->isVisible())
                continue;
            state->texts.append(box->text() + u'\n' + box->informativeText());
            box->done(QMessageBox::Ok);
        }
    });
    m_state->timer.start();
}

MessageBoxCatcher::~MessageBoxCatcher()
{
    delete m_state;
}

const QStringList& MessageBoxCatcher::texts() const
{
    return m_state->texts;
}

} // namespace jsna::test
