// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/overview_page.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include "core/foundation/project_error.h"
#include "ui/widgets/guidance_panel.h"
#include "ui/widgets/stat_tile.h"
#include "ui/widgets/typography.h"

namespace jsna::ui {

namespace {
constexpr int kMaximumContentWidth = 1180;
}

OverviewPage::OverviewPage(const QString& title, const QString& subtitle, QWidget* parent)
    : QScrollArea(parent)
    , m_title(makeLabel(title, TextStyle::PageTitle))
    , m_subtitle(makeLabel(subtitle, TextStyle::Caption))
    , m_tiles(new QHBoxLayout)
    , m_guidance(new GuidancePanel)
    , m_sections(new QGridLayout)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);

    auto* viewport = new QWidget;
    auto* centre = new QHBoxLayout(viewport);
    centre->setContentsMargins(0, 0, 0, 0);
    auto* content = new QWidget;
    content->setMaximumWidth(kMaximumContentWidth);
    centre->addStretch(0);
    centre->addWidget(content, 1);
    centre->addStretch(0);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(0);
    m_title->setAccessibleName(title);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_subtitle);
    layout->addSpacing(20);
    m_tiles->setSpacing(12);
    layout->addLayout(m_tiles);
    layout->addSpacing(20);
    layout->addWidget(m_guidance);
    layout->addSpacing(28);
    m_sections->setHorizontalSpacing(32);
    m_sections->setVerticalSpacing(28);
    m_sections->setColumnStretch(0, 1);
    m_sections->setColumnStretch(1, 1);
    layout->addLayout(m_sections);
    layout->addStretch(1);
    setWidget(viewport);

    connect(m_guidance, &GuidancePanel::linkActivated, this, &OverviewPage::linkActivated);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setProject(project::Project* project)
{
    m_project = project;
    m_dirty = true;
    if (!m_project) {
        clear();
        return;
    }
    markDirty();
}

void OverviewPage::setImportAvailable(bool available)
{
    m_importAvailable = available;
}

void OverviewPage::markDirty()
{
    m_dirty = true;
    if (!isVisible() || m_refreshQueued)
        return;
    // Coalesce a burst of change signals (one per table in an import) into one refresh.
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_dirty && isVisible())
            refreshSafely();
    });
}

void OverviewPage::refreshNow()
{
    m_dirty = true;
    refreshSafely();
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QScrollArea::showEvent(event);
    if (m_dirty)
        refreshSafely();
}

void OverviewPage::refreshSafely()
{
    m_dirty = false;
    if (!m_project) {
        clear();
        return;
    }
    try {
        refresh(*m_project);
    } catch (const ProjectError& error) {
        m_guidance->setSteps(
            {tr("This page could not read the project: %1").arg(error.describe().toHtmlEscaped()),
             tr("Run <b>jsna check</b> on the file, or open a saved copy.")});
    }
}

StatTile* OverviewPage::tile(const QString& name) const
{
    return findChild<StatTile*>(QStringLiteral("tile.") + name);
}

void OverviewPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void OverviewPage::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
}

StatTile* OverviewPage::addTile(const QString& name, const QString& caption)
{
    auto* tile = new StatTile(caption);
    tile->setObjectName(QStringLiteral("tile.") + name);
    m_tiles->addWidget(tile, 1);
    return tile;
}

void OverviewPage::addSection(QWidget* section, bool wide)
{
    if (wide && m_sectionColumn != 0) {
        ++m_sectionRow;
        m_sectionColumn = 0;
    }
    m_sections->addWidget(section, m_sectionRow, m_sectionColumn, 1, wide ? 2 : 1, Qt::AlignTop);
    if (wide || m_sectionColumn == 1) {
        ++m_sectionRow;
        m_sectionColumn = 0;
    } else {
        m_sectionColumn = 1;
    }
}

QString OverviewPage::addDataStep() const
{
    const QString demo =
        tr("<a href=\"jsna:open-demo\">open the demo project</a> to explore a synthetic borough");
    if (m_importAvailable) {
        return tr("This project holds no data yet. <a href=\"jsna:import\">Import data</a> (File \u203a "
                  "Import "
                  "Data\u2026) from a Fingertips export or a CSV file, or %1.")
            .arg(demo);
    }
    return tr("This project holds no data yet. Add data with the <b>jsna</b> command line, or %1.").arg(demo);
}

} // namespace jsna::ui
