// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/project_status.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

#include "core/project/project.h"
#include "ui/widgets/badge_label.h"

namespace jsna::ui {

ProjectStatus::ProjectStatus(QStatusBar* bar)
    : QObject(bar)
    , m_path(new QLabel(bar))
    , m_schema(new QLabel(bar))
    , m_readOnly(new BadgeLabel(tr("Read-only"), bar))
    , m_synthetic(new BadgeLabel(tr("Synthetic demo data"), bar))
{
    m_path->setObjectName(QStringLiteral("status.path"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setMinimumWidth(120);
    m_schema->setObjectName(QStringLiteral("status.schema"));
    m_readOnly->setObjectName(QStringLiteral("status.readOnly"));
    m_readOnly->setToolTip(tr("This project is open read-only: it was saved by a newer JSNA Workbench."));
    m_synthetic->setObjectName(QStringLiteral("status.synthetic"));
    // Amber with near-black text: readable on light and dark status bars alike.
    m_synthetic->setColours(QColor(0xFF, 0xC0, 0x00), QColor(0x1A, 0x1A, 0x1A));
    m_synthetic->setToolTip(
        tr("Every figure in this project is made up, for learning the workbench. Do not publish it."));
    bar->addWidget(m_path, 1);
    bar->addPermanentWidget(m_synthetic);
    bar->addPermanentWidget(m_readOnly);
    bar->addPermanentWidget(m_schema);
    update(nullptr);
}

void ProjectStatus::update(project::Project* project)
{
    if (!project) {
        m_path->setText(tr("No project open"));
        m_path->setToolTip(QString());
        m_schema->clear();
        m_schema->hide();
        m_readOnly->hide();
        m_synthetic->hide();
        return;
    }
    const QString path = QDir::toNativeSeparators(project->path());
    m_path->setText(path);
    m_path->setToolTip(path);
    m_schema->setText(tr("Schema v%1").arg(project->schemaVersion()));
    m_schema->show();
    m_readOnly->setVisible(project->isReadOnly());
    m_synthetic->setVisible(project->isSynthetic());
}

} // namespace jsna::ui
