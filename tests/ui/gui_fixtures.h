// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jsna::test {

// A small project with known rows, written with SQL so GUI tests do not depend on the demo generator:
// England, a region, "Testborough" (E09000099) with 2 wards and 4 LSOAs; 4 indicators in 3 domains
// whose latest Testborough values are worse (smoking), better (life expectancy), similar (activity)
// and lower with no polarity (aged 65+) than England; a deprivation-quintile breakdown of smoking
// (24 / 15 / 6: ratio 4) and an ethnic-group breakdown of activity (68 / 51); populations for 2020-21;
// IMD2019 deciles 1, 2, 5, 9.
namespace small_project {
inline constexpr int kAreas = 9;
inline constexpr int kIndicators = 4;
inline constexpr int kValues = 16;
inline constexpr int kPopulationRows = 8;
inline constexpr int kDomains = 3;
inline const char kTitle[] = "Testborough JSNA";
inline const char kAreaCode[] = "E09000099";
} // namespace small_project

void writeSmallProject(const QString& path);

// Records, then closes, every message box that opens while it lives (modal boxes block a test
// otherwise). The texts are "text\ninformative text".
class MessageBoxCatcher final
{
public:
    MessageBoxCatcher();
    ~MessageBoxCatcher();
    MessageBoxCatcher(const MessageBoxCatcher&) = delete;
    MessageBoxCatcher& operator=(const MessageBoxCatcher&) = delete;

    const QStringList& texts() const;

private:
    struct State;
    State* m_state;
};

} // namespace jsna::test
