// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/epidemiology/epi_view.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace jsna::ui::epidemiology {

class IndicatorTreeModel;

// The indicator browser: search (name, definition, domain, source), indicators grouped by domain, and
// the definition panel (unit, value type, polarity, source, caveats, latest period) of the selected one.
class IndicatorBrowser final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorBrowser)

public:
    enum class Destination
    {
        Trends,
        Inequalities,
        Funnel,
    };
    Q_ENUM(Destination)

    explicit IndicatorBrowser(EpiContext context, QWidget* parent = nullptr);

    IndicatorTreeModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* search() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    QTextBrowser* definition() const { return m_definition; }
    EvidenceDraft evidenceDraft() const override { return {}; }

signals:
    void openRequested(qint64 indicatorId, jsna::ui::epidemiology::IndicatorBrowser::Destination destination);

protected:
    void refresh() override;
    bool dependsOn(EpiSelection::Part part) const override;

private:
    void showDefinition();

    QLineEdit* m_search;
    QTreeView* m_tree;
    IndicatorTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTextBrowser* m_definition;
};

} // namespace jsna::ui::epidemiology
