// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/epidemiology_data.h"

#include <algorithm>
#include <mutex>
#include <utility>

#include <QThread>

#include "core/geography/area_repository.h"
#include "core/indicators/indicator_repository.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"

namespace jsna::epidemiology {

using geography::Area;
using project::ChangeNotifier;

namespace {

bool isLocalAuthority(const QString& type)
{
    return type == QStringView(geography::area_type::kUpperTierLa) ||
           type == QStringView(geography::area_type::kLowerTierLa);
}

} // namespace

// What the worker thread shares with the GUI thread: its connection (to interrupt it) and its result.
struct EpidemiologyData::Preload
{
    std::mutex mutex;
    store::Database* database = nullptr;
    bool cancelled = false;
    std::optional<HeadlineIndex> result;
    QString error;
};

EpidemiologyData::EpidemiologyData(project::Project& project, QObject* parent)
    : QObject(parent)
    , m_project(project)
{
    connect(&project.notifier(), &ChangeNotifier::tablesChanged, this, &EpidemiologyData::onTablesChanged);
    connect(&project.notifier(), &ChangeNotifier::metadataChanged, this, [this](const QString& key) {
        if (key == u"area_code") {
            m_focus.reset();
            emit changed();
        }
    });
}

EpidemiologyData::~EpidemiologyData()
{
    stopPreload();
}

void EpidemiologyData::preloadHeadlines()
{
    if (m_headlines || m_worker)
        return;
    auto preload = std::make_shared<Preload>();
    const QString path = m_project.path();
    m_preload = preload;
    m_worker = QThread::create([preload, path] {
        // Forgets the connection before it closes, so interrupt() never reaches a closed one.
        struct Forget
        {
            Preload& p;
            ~Forget()
            {
                std::lock_guard lock(p.mutex);
                p.database = nullptr;
            }
        };
        try {
            store::Database db(path, store::Database::Mode::ReadOnly);
            {
                std::lock_guard lock(preload->mutex);
                if (preload->cancelled)
                    return;
                preload->database = &db;
            }
            Forget forget{*preload};
            HeadlineIndex index = HeadlineIndex::build(db);
            std::lock_guard lock(preload->mutex);
            preload->result = std::move(index);
        } catch (const ProjectError& error) {
            std::lock_guard lock(preload->mutex);
            preload->error = error.describe();
        }
    });
    connect(m_worker, &QThread::finished, this, [this, preload] {
        if (preload == m_preload)
            finishPreload();
    });
    m_worker->start();
}

void EpidemiologyData::finishPreload()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    std::shared_ptr<Preload> preload = std::exchange(m_preload, nullptr);
    if (preload->result && !m_headlines) {
        m_headlines = std::make_unique<HeadlineIndex>(std::move(*preload->result));
        emit headlinesReady();
    }
    // On failure (e.g. a file that cannot be opened twice) headlines() builds on this thread instead.
}

void EpidemiologyData::stopPreload()
{
    if (!m_worker)
        return;
    {
        std::lock_guard lock(m_preload->mutex);
        m_preload->cancelled = true;
        if (m_preload->database)
            m_preload->database->interrupt();
    }
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_preload.reset();
}

const QList<indicators::Indicator>& EpidemiologyData::indicators()
{
    if (!m_indicators) {
        m_indicators = indicators::IndicatorRepository(m_project.database()).all();
        m_indicatorIndex.clear();
        for (qsizetype i = 0; i < m_indicators->size(); ++i)
            m_indicatorIndex.insert(m_indicators->at(i).id, i);
    }
    return *m_indicators;
}

const indicators::Indicator* EpidemiologyData::indicator(qint64 id)
{
    indicators();
    const auto it = m_indicatorIndex.constFind(id);
    return it == m_indicatorIndex.cend() ? nullptr : &m_indicators->at(*it);
}

void EpidemiologyData::loadAreas()
{
    geography::AreaRepository repository(m_project.database());
    QList<Area> all;
    for (const QString& type : repository.countByType().keys())
        all.append(repository.byType(type));
    std::sort(all.begin(), all.end(), [](const Area& a, const Area& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0 || (a.name == b.name && a.code < b.code);
    });
    m_areaIndex.clear();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_areaIndex.insert(all.at(i).code, i);
    m_areas = std::move(all);
}

const QList<Area>& EpidemiologyData::areas()
{
    if (!m_areas)
        loadAreas();
    return *m_areas;
}

const Area* EpidemiologyData::area(const QString& code)
{
    areas();
    const auto it = m_areaIndex.constFind(code);
    return it == m_areaIndex.cend() ? nullptr : &m_areas->at(*it);
}

QList<Area> EpidemiologyData::areasOfType(const QString& type)
{
    QList<Area> result;
    for (const Area& a : areas())
        if (a.type == type)
            result.append(a);
    return result;
}

QString EpidemiologyData::englandCode()
{
    if (area(QStringLiteral("E92000001")))
        return QStringLiteral("E92000001");
    for (const Area& a : areas())
        if (a.type == QStringView(geography::area_type::kEngland))
            return a.code;
    return {};
}

QString EpidemiologyData::parentCode(const QString& areaCode)
{
    const Area* a = area(areaCode);
    if (!a || a->parentCode.isEmpty() || a->parentCode == englandCode())
        return {};
    return a->parentCode;
}

QList<Area> EpidemiologyData::profileAreas()
{
    QList<Area> result;
    for (const Area& a : areas())
        if (isLocalAuthority(a.type))
            result.append(a);
    for (const Area& a : areas())
        if (!isLocalAuthority(a.type) && a.type != QStringView(geography::area_type::kLsoa))
            result.append(a);
    return result;
}

QString EpidemiologyData::focusAreaCode()
{
    if (m_focus)
        return *m_focus;
    QString code = m_project.meta(QStringLiteral("area_code"));
    if (code.isEmpty() || !area(code)) {
        // The local authority with the most latest headline values: the project's own borough.
        QHash<QString, int> counts;
        const HeadlineIndex& index = headlines();
        for (const indicators::Indicator& indicator : indicators())
            if (const HeadlineSet* set = index.of(indicator.id))
                for (const indicators::IndicatorValue& v : set->values)
                    ++counts[v.areaCode];
        code.clear();
        int best = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const Area* a = area(it.key());
            if (!a || !isLocalAuthority(a->type))
                continue;
            if (it.value() > best || (it.value() == best && it.key() < code)) {
                best = it.value();
                code = it.key();
            }
        }
    }
    m_focus = code;
    return code;
}

const HeadlineIndex& EpidemiologyData::headlines()
{
    finishPreload();
    if (!m_headlines)
        m_headlines = std::make_unique<HeadlineIndex>(HeadlineIndex::build(m_project.database()));
    return *m_headlines;
}

void EpidemiologyData::setHeadlines(HeadlineIndex index)
{
    m_headlines = std::make_unique<HeadlineIndex>(std::move(index));
}

void EpidemiologyData::invalidate()
{
    stopPreload();
    m_indicators.reset();
    m_indicatorIndex.clear();
    m_areas.reset();
    m_areaIndex.clear();
    m_headlines.reset();
    m_focus.reset();
    emit changed();
}

void EpidemiologyData::onTablesChanged(const QList<ChangeNotifier::Table>& tables)
{
    for (ChangeNotifier::Table table : tables) {
        switch (table) {
        case ChangeNotifier::Table::Areas:
        case ChangeNotifier::Table::Indicators:
        case ChangeNotifier::Table::IndicatorValues:
        case ChangeNotifier::Table::Populations:
        case ChangeNotifier::Table::Deprivation:
        case ChangeNotifier::Table::AreaLookups:
            invalidate();
            return;
        default:
            break;
        }
    }
}

} // namespace jsna::epidemiology
