// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/epidemiology_workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "core/project/project.h"
#include "ui/charts/chart_spec.h"
#include "ui/epidemiology/area_profile_view.h"
#include "ui/epidemiology/compare_areas_view.h"
#include "ui/epidemiology/evidence_panel.h"
#include "ui/epidemiology/funnel_view.h"
#include "ui/epidemiology/indicator_browser.h"
#include "ui/epidemiology/inequalities_view.h"
#include "ui/epidemiology/population_view.h"
#include "ui/epidemiology/trends_view.h"

namespace jsna::ui::epidemiology {

using jsna::epidemiology::ConfidenceLevel;
using jsna::epidemiology::EpidemiologyData;

namespace {

QComboBox* searchableBox(const QString& objectName, int characters)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setMinimumContentsLength(characters);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

} // namespace

EpidemiologyWorkspace::EpidemiologyWorkspace(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_data(std::make_unique<EpidemiologyData>(project))
    , m_selection(new EpiSelection(this))
    , m_area(searchableBox(QStringLiteral("areaBox"), 26))
    , m_indicator(searchableBox(QStringLiteral("indicatorBox"), 48))
    , m_level(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_message(new QLabel)
{
    const EpiContext context{project, stack, *m_data, *m_selection};
    m_indicators = new IndicatorBrowser(context);
    m_profile = new AreaProfileView(context);
    m_compare = new CompareAreasView(context);
    m_trends = new TrendsView(context);
    m_inequalities = new InequalitiesView(context);
    m_population = new PopulationView(context);
    m_funnel = new FunnelView(context);
    m_evidence = new EvidencePanel(context);

    m_level->setObjectName(QStringLiteral("levelBox"));
    m_level->addItem(tr("95%"), static_cast<int>(ConfidenceLevel::P95));
    m_level->addItem(tr("99.8%"), static_cast<int>(ConfidenceLevel::P998));
    m_level->setToolTip(tr("Confidence level of the comparisons with England: 95% (Fingertips' default) or 99.8%"
                           " (stronger evidence, fewer chance differences)"));
    m_tabs->setObjectName(QStringLiteral("epidemiologyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_indicators, tr("Indicators"));
    m_tabs->addTab(m_profile, tr("Area profile"));
    m_tabs->addTab(m_compare, tr("Compare areas"));
    m_tabs->addTab(m_trends, tr("Trends"));
    m_tabs->addTab(m_inequalities, tr("Inequalities"));
    m_tabs->addTab(m_population, tr("Population"));
    m_tabs->addTab(m_funnel, tr("Funnel plot"));
    m_message->setObjectName(QStringLiteral("workspaceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Area:")));
    bar->addWidget(m_area);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Indicator:")));
    bar->addWidget(m_indicator, 1);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Confidence:")));
    bar->addWidget(m_level);
    auto* main = new QWidget;
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(bar);
    mainLayout->addWidget(m_tabs, 1);
    mainLayout->addWidget(m_message);
    auto* splitter = new QSplitter;
    splitter->addWidget(main);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_area, &QComboBox::activated, this, [this](int index) {
        m_areaChosen = true;
        m_selection->setAreaCode(m_area->itemData(index).toString());
    });
    connect(m_indicator, &QComboBox::activated, this,
            [this](int index) { m_selection->setIndicatorId(m_indicator->itemData(index).toLongLong()); });
    connect(m_level, &QComboBox::activated, this,
            [this](int index) { m_selection->setLevel(ConfidenceLevel(m_level->itemData(index).toInt())); });
    connect(m_selection, &EpiSelection::changed, this, &EpidemiologyWorkspace::syncBoxes);
    connect(m_data.get(), &EpidemiologyData::changed, this, &EpidemiologyWorkspace::fillChoices);
    connect(m_data.get(), &EpidemiologyData::headlinesReady, this, [this] {
        if (!m_areaChosen && !m_data->focusAreaCode().isEmpty())
            m_selection->setAreaCode(m_data->focusAreaCode());
    });
    connect(m_indicators, &IndicatorBrowser::openRequested, this,
            [this](qint64 id, IndicatorBrowser::Destination destination) {
                m_selection->setIndicatorId(id);
                showPage(destination == IndicatorBrowser::Destination::Trends         ? Page::Trends
                         : destination == IndicatorBrowser::Destination::Inequalities ? Page::Inequalities
                                                                                      : Page::Funnel);
            });
    connect(m_profile, &AreaProfileView::indicatorActivated, this, [this](qint64 id) {
        m_selection->setIndicatorId(id);
        showPage(Page::Trends);
    });
    connect(m_evidence, &EvidencePanel::showRequested, this, &EpidemiologyWorkspace::showEvidence);
    connect(m_evidence, &EvidencePanel::errorOccurred, this, &EpidemiologyWorkspace::showError);
    for (EpiView* view : std::initializer_list<EpiView*>{m_indicators, m_profile, m_compare, m_trends, m_inequalities,
                                                         m_population, m_funnel}) {
        connect(view, &EpiView::errorOccurred, this, &EpidemiologyWorkspace::showError);
        connect(view, &EpiView::evidenceAdded, this, [this] { emit statusMessage(tr("Finding added to the evidence")); });
    }

    fillChoices();
    m_data->preloadHeadlines();
    m_tabs->setCurrentWidget(m_profile);
}

EpidemiologyWorkspace::~EpidemiologyWorkspace()
{
    delete m_tabs; // the views refer to m_data and m_selection
    delete m_evidence;
}

void EpidemiologyWorkspace::fillChoices()
{
    QString area = m_selection->areaCode();
    if (area.isEmpty() || !m_data->area(area)) {
        const QString chosen = m_data->project().meta(QStringLiteral("area_code"));
        m_areaChosen = m_data->area(chosen) != nullptr;
        area = m_areaChosen ? chosen : QString();
        if (area.isEmpty() && m_data->headlinesLoaded())
            area = m_data->focusAreaCode();
        if (area.isEmpty() && !m_data->profileAreas().isEmpty())
            area = m_data->profileAreas().first().code;
    }
    {
        const QSignalBlocker blockArea(m_area);
        const QSignalBlocker blockIndicator(m_indicator);
        m_area->clear();
        for (const geography::Area& a : m_data->profileAreas())
            m_area->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.code), a.code);
        m_indicator->clear();
        for (const indicators::Indicator& i : m_data->indicators())
            m_indicator->addItem(i.name, i.id);
    }
    qint64 indicator = m_selection->indicatorId();
    if (!m_data->indicator(indicator))
        indicator = m_data->indicators().isEmpty() ? 0 : m_data->indicators().first().id;
    m_selection->setAreaCode(area);
    m_selection->setIndicatorId(indicator);
    syncBoxes();
}

void EpidemiologyWorkspace::syncBoxes()
{
    const QSignalBlocker blockArea(m_area);
    const QSignalBlocker blockIndicator(m_indicator);
    const QSignalBlocker blockLevel(m_level);
    m_area->setCurrentIndex(m_area->findData(m_selection->areaCode()));
    m_indicator->setCurrentIndex(m_indicator->findData(m_selection->indicatorId()));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(m_selection->level())));
}

void EpidemiologyWorkspace::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

EpidemiologyWorkspace::Page EpidemiologyWorkspace::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void EpidemiologyWorkspace::showEvidence(const evidence::EvidenceData& selection)
{
    if (!selection.areaCodes.isEmpty() && m_data->area(selection.areaCodes.first())) {
        m_areaChosen = true;
        m_selection->setAreaCode(selection.areaCodes.first());
    }
    if (selection.indicatorId && m_data->indicator(*selection.indicatorId))
        m_selection->setIndicatorId(*selection.indicatorId);
    using charts::ChartKind;
    const QString kind = selection.chartKind;
    if (kind == charts::chartKindId(ChartKind::Trend))
        showPage(Page::Trends);
    else if (kind == charts::chartKindId(ChartKind::Inequality))
        showPage(Page::Inequalities);
    else if (kind == charts::chartKindId(ChartKind::Pyramid))
        showPage(Page::Population);
    else if (kind == charts::chartKindId(ChartKind::Funnel))
        showPage(Page::Funnel);
    else if (kind == u"table")
        showPage(Page::Compare);
    else
        showPage(Page::Profile);
}

void EpidemiologyWorkspace::showError(const QString& message)
{
    m_message->setText(tr("\u26A0 %1").arg(message));
    m_message->show();
    QTimer::singleShot(10000, m_message, &QLabel::hide);
}

} // namespace jsna::ui::epidemiology
