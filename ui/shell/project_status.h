// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace jsna::project {
class Project;
}

namespace jsna::ui {

class BadgeLabel;

// The status bar's view of the open project: its file path, schema version, and badges for a
// read-only file and for synthetic demo data.
class ProjectStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStatus)

public:
    explicit ProjectStatus(QStatusBar* bar);

    void update(project::Project* project);

    QLabel* pathLabel() const { return m_path; }
    QLabel* schemaLabel() const { return m_schema; }
    BadgeLabel* readOnlyBadge() const { return m_readOnly; }
    BadgeLabel* syntheticBadge() const { return m_synthetic; }

private:
    QLabel* m_path;
    QLabel* m_schema;
    BadgeLabel* m_readOnly;
    BadgeLabel* m_synthetic;
};

} // namespace jsna::ui
