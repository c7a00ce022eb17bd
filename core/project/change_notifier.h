// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace jsna::project {

// What changed in the open project, said after the transaction that changed it has committed, so
// listeners never see uncommitted state. Views refresh only what a signal names.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject* parent = nullptr);

    // Tables whose rows were added, replaced or removed in bulk (an import, the demo generator).
    enum class Table
    {
        Areas,
        Indicators,
        IndicatorValues,
        Populations,
        Deprivation,
        AreaLookups,
        EventCounts,
        Settings,
    };
    Q_ENUM(Table)

signals:
    void tablesChanged(const QList<jsna::project::ChangeNotifier::Table>& tables);
    void metadataChanged(const QString& key);
};

} // namespace jsna::project
