// SPDX-License-Identifier: GPL-3.0-or-later
// bench_epidemiology: offscreen timings of the Stage 1 views on the demo project and on a generated
// project of about a million indicator values (the targets: an area profile of 100 indicators
// drawn in under 300 ms; switching area, indicator or breakdown in under 100 ms).
//
//   QT_QPA_PLATFORM=offscreen bench_epidemiology [--values N] [--demo FILE|none] [--large FILE] [--rounds N]
//                                                [--keep DIR]
// --demo and --large reuse existing projects (a missing --large file is generated there); --keep DIR
// writes the generated projects into DIR instead of a temporary folder.
//
// Each figure is the wall time of the view's re-query plus a forced repaint, and the process CPU time
// over the same span (a fairer figure on a loaded machine). The headline index (the views' cached
// aggregate) is timed on its own: it is built once per project on a worker thread.
#include <algorithm>
#include <cstdio>
#include <ctime>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <QChartView>

#include "core/demo/demo_file.h"
#include "core/epidemiology/area_profile.h"
#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/headline_index.h"
#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/project/project.h"
#include "tests/core/epidemiology/epi_fixture.h"
#include "ui/charts/chart_panel.h"
#include "ui/epidemiology/area_profile_view.h"
#include "ui/epidemiology/compare_areas_view.h"
#include "ui/epidemiology/funnel_view.h"
#include "ui/epidemiology/population_view.h"
#include "ui/epidemiology/epi_selection.h"
#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/epidemiology/inequalities_view.h"
#include "ui/epidemiology/trends_view.h"

using namespace jsna;
using jsna::ui::epidemiology::EpidemiologyWorkspace;

namespace {

double cpuMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

struct Sample
{
    double wall = 0;
    double cpu = 0;
};

struct Stats
{
    QString name;
    double target = 0;
    QList<Sample> samples;

    double median(bool cpu) const
    {
        QList<double> v;
        for (const Sample& s : samples)
            v.append(cpu ? s.cpu : s.wall);
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double max(bool cpu) const
    {
        double m = 0;
        for (const Sample& s : samples)
            m = std::max(m, cpu ? s.cpu : s.wall);
        return m;
    }
    void print() const
    {
        const bool ok = median(false) < target;
        std::printf("  %-46s median %7.1f ms  max %7.1f ms  (cpu median %7.1f ms)  target < %3.0f ms  %s\n",
                    qPrintable(name), median(false), max(false), median(true), target, ok ? "ok" : "OVER");
    }
};

template <typename F>
Sample measure(F&& f)
{
    QElapsedTimer timer;
    const double cpu = cpuMs();
    timer.start();
    f();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

void benchProject(const QString& label, const QString& path, int rounds)
{
    std::printf("\n%s: %s\n", qPrintable(label), qPrintable(path));
    auto project = project::Project::open(path);
    std::printf("  %lld indicator values, %lld bytes\n",
                static_cast<long long>(indicators::IndicatorValueRepository(project->database()).count()),
                static_cast<long long>(QFileInfo(path).size()));

    // The cached aggregate on its own, on this thread's connection.
    const Sample index = measure([&] {
        const jsna::epidemiology::HeadlineIndex built = jsna::epidemiology::HeadlineIndex::build(project->database());
        std::printf("  headline index: %lld indicators from %lld headline rows\n",
                    static_cast<long long>(built.size()), static_cast<long long>(built.rowsScanned()));
    });
    std::printf("  %-46s %7.1f ms (cpu %7.1f ms), once per project, on a worker thread\n", "build headline index",
                index.wall, index.cpu);

    QUndoStack stack;
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    EpidemiologyWorkspace workspace(*project, stack);
    workspace.resize(1440, 900);
    workspace.show();
    while (!workspace.data().headlinesLoaded())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    std::printf("  %-46s %7.1f ms\n", "workspace open until the index is ready", static_cast<double>(sinceOpen.elapsed()));

    auto& selection = workspace.selection();
    QStringList areas;
    for (const geography::Area& a : workspace.data().profileAreas())
        if (a.type == u"upper-tier-la" || a.type == u"lower-tier-la")
            areas.append(a.code);
    QList<qint64> indicatorIds;
    for (const indicators::Indicator& i : workspace.data().indicators())
        indicatorIds.append(i.id);
    if (areas.isEmpty() || indicatorIds.isEmpty()) {
        std::printf("  nothing to measure\n");
        return;
    }

    // Area profile: the first draw, then switching areas.
    workspace.showPage(EpidemiologyWorkspace::Page::Profile);
    auto* profile = workspace.profile();
    Stats first{QStringLiteral("area profile drawn (first, %1 indicators)").arg(indicatorIds.size()), 300, {}};
    first.samples.append(measure([&] {
        profile->refreshNow();
        profile->tree()->viewport()->repaint();
    }));
    Stats area{QStringLiteral("switch area (profile re-queried and drawn)"), 100, {}};
    for (int i = 0; i < rounds; ++i) {
        const QString code = areas.at((i * 7 + 1) % areas.size());
        area.samples.append(measure([&] {
            selection.setAreaCode(code);
            profile->tree()->viewport()->repaint();
        }));
    }

    // Trends: switching indicator.
    workspace.showPage(EpidemiologyWorkspace::Page::Trends);
    QApplication::processEvents();
    Stats trend{QStringLiteral("switch indicator (trend chart)"), 100, {}};
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = indicatorIds.at((i * 3 + 1) % indicatorIds.size());
        trend.samples.append(measure([&] {
            selection.setIndicatorId(id);
            workspace.trends()->panel()->chartView()->viewport()->repaint();
        }));
    }

    // Inequalities (on the project's own area, which has the breakdowns): switching indicator
    // (re-query, SII) and switching breakdown.
    selection.setAreaCode(workspace.data().focusAreaCode());
    workspace.showPage(EpidemiologyWorkspace::Page::Inequalities);
    QApplication::processEvents();
    auto* inequalities = workspace.inequalities();
    Stats inequalityIndicator{QStringLiteral("switch indicator (inequalities, SII)"), 100, {}};
    Stats breakdown{QStringLiteral("switch breakdown (inequality chart)"), 100, {}};
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = indicatorIds.at((i * 5 + 2) % indicatorIds.size());
        inequalityIndicator.samples.append(measure([&] {
            selection.setIndicatorId(id);
            inequalities->panel()->chartView()->viewport()->repaint();
        }));
        const int count = inequalities->breakdowns()->count();
        if (count > 1)
            breakdown.samples.append(measure([&] {
                inequalities->selectBreakdown((inequalities->breakdowns()->currentRow() + 1) % count);
                inequalities->panel()->chartView()->viewport()->repaint();
            }));
    }

    // Compare areas, funnel and population: switching area while each is shown.
    Stats compare{QStringLiteral("switch area (compare-areas table)"), 100, {}};
    Stats funnel{QStringLiteral("switch indicator (funnel plot)"), 100, {}};
    Stats population{QStringLiteral("switch area (population pyramid)"), 100, {}};
    workspace.showPage(EpidemiologyWorkspace::Page::Compare);
    QApplication::processEvents();
    for (int i = 0; i < rounds; ++i) {
        const QString code = areas.at((i * 11 + 3) % areas.size());
        compare.samples.append(measure([&] {
            selection.setAreaCode(code);
            workspace.compare()->table()->viewport()->repaint();
        }));
    }
    // Funnels exist for proportions, rates and ratios only: switch among those.
    QList<qint64> funnelIds;
    for (const indicators::Indicator& ind : workspace.data().indicators())
        if (ind.valueType == indicators::ValueType::Proportion || ind.valueType == indicators::ValueType::CrudeRate ||
            ind.valueType == indicators::ValueType::Dsr || ind.valueType == indicators::ValueType::Isr)
            funnelIds.append(ind.id);
    workspace.showPage(EpidemiologyWorkspace::Page::Funnel);
    QApplication::processEvents();
    for (int i = 0; i < rounds && !funnelIds.isEmpty(); ++i) {
        const qint64 id = funnelIds.at((i * 3 + 2) % funnelIds.size());
        funnel.samples.append(measure([&] {
            selection.setIndicatorId(id);
            workspace.funnel()->panel()->chartView()->viewport()->repaint();
        }));
    }
    std::printf("  (last funnel: %lld areas%s)\n", static_cast<long long>(workspace.funnel()->funnel().points.size()),
                qPrintable(workspace.funnel()->funnel().unavailable.isEmpty()
                               ? QString()
                               : QStringLiteral(", ") + workspace.funnel()->funnel().unavailable));
    workspace.showPage(EpidemiologyWorkspace::Page::Population);
    QApplication::processEvents();
    for (int i = 0; i < rounds; ++i) {
        const QString code = areas.at((i * 13 + 5) % areas.size());
        population.samples.append(measure([&] {
            selection.setAreaCode(code);
            workspace.population()->panel()->chartView()->viewport()->repaint();
        }));
    }
    for (const Stats* s : {&first, &area, &trend, &inequalityIndicator, &breakdown, &compare, &funnel, &population})
        if (!s->samples.isEmpty())
            s->print();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 values = option(QStringLiteral("--values"), QStringLiteral("1000000")).toLongLong();
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("15")).toInt();
    QTemporaryDir temp;
    const QString keep = option(QStringLiteral("--keep"), QString());
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    const auto generated = [&](const QString& name) {
        return keep.isEmpty() ? temp.filePath(name) : QDir(keep).filePath(name);
    };
    try {
        QString demo = option(QStringLiteral("--demo"), QString());
        if (demo.isEmpty()) {
            demo = generated(QStringLiteral("demo.jsna"));
            NullProgress progress;
            QElapsedTimer t;
            t.start();
            demo::writeDemoProject(demo, progress, {}, true);
            std::printf("demo project generated in %lld ms\n", static_cast<long long>(t.elapsed()));
        }
        if (demo != u"none")
            benchProject(QStringLiteral("Demo project"), demo, rounds);

        QString large = option(QStringLiteral("--large"), QString());
        if (large.isEmpty() || !QFileInfo::exists(large)) {
            if (large.isEmpty())
                large = generated(QStringLiteral("large.jsna"));
            QFile::remove(large);
            QElapsedTimer t;
            t.start();
            test::createLargeProject(large, values);
            std::printf("\nproject with %lld values generated in %lld ms\n", static_cast<long long>(values),
                        static_cast<long long>(t.elapsed()));
        }
        benchProject(QStringLiteral("Generated project"), large, rounds);
    } catch (const ProjectError& error) {
        std::fprintf(stderr, "bench_epidemiology: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
