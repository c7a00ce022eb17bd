// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>

class QThread;

#include "core/epidemiology/headline_index.h"
#include "core/geography/area.h"
#include "core/indicators/indicator.h"
#include "core/project/change_notifier.h"

namespace jsna::project {
class Project;
}

namespace jsna::epidemiology {

// The Stage 1 views' read side of one open project: indicator and area lists, the comparators of an
// area, and the cached HeadlineIndex, all loaded on first use and dropped when the project says its
// areas, indicators or values changed (then changed() tells the views to re-query). GUI thread only.
class EpidemiologyData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpidemiologyData)

public:
    explicit EpidemiologyData(project::Project& project, QObject* parent = nullptr);
    ~EpidemiologyData() override;

    project::Project& project() { return m_project; }

    const QList<indicators::Indicator>& indicators(); // by domain, then name
    const indicators::Indicator* indicator(qint64 id);
    const QList<geography::Area>& areas();            // by name
    const geography::Area* area(const QString& code);
    QList<geography::Area> areasOfType(const QString& type);

    // England (type england or E92000001), or empty.
    QString englandCode();
    // The area's region (or other parent that is not England), or empty.
    QString parentCode(const QString& areaCode);
    // Areas a user would pick as the subject of a profile: local authorities first, then other types.
    QList<geography::Area> profileAreas();
    // The project's focus area (project_meta area_code, else the area with most values), or empty.
    QString focusAreaCode();

    // The latest headline values of every indicator: built with one scan on first use, or taken from
    // the background build when one is running (waiting for it to finish).
    const HeadlineIndex& headlines();
    bool headlinesLoaded() const { return m_headlines != nullptr; }
    // Starts building the headline index on a worker thread with its own read-only connection, so the
    // scan of a large project does not block the window; headlinesReady() follows. No-op when loaded
    // or already building.
    void preloadHeadlines();
    bool isPreloading() const { return m_worker != nullptr; }
    // Installs an index built elsewhere.
    void setHeadlines(HeadlineIndex index);

    // Forgets every cached list; emits changed().
    void invalidate();

signals:
    void changed();
    void headlinesReady();

private:
    void onTablesChanged(const QList<project::ChangeNotifier::Table>& tables);
    void loadAreas();
    void finishPreload();
    void stopPreload();

    struct Preload;

    project::Project& m_project;
    std::optional<QList<indicators::Indicator>> m_indicators;
    QHash<qint64, qsizetype> m_indicatorIndex;
    std::optional<QList<geography::Area>> m_areas;
    QHash<QString, qsizetype> m_areaIndex;
    std::unique_ptr<HeadlineIndex> m_headlines;
    std::optional<QString> m_focus;
    QThread* m_worker = nullptr;
    std::shared_ptr<Preload> m_preload;
};

} // namespace jsna::epidemiology
