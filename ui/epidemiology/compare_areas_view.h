// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/epidemiology/epi_view.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace jsna::ui::charts {
class ChartToolbar;
}

namespace jsna::ui::epidemiology {

class TartanModel;

// Compare areas: the "tartan rug" of indicators by areas, coloured by comparison with England and
// sortable by any column (click a header). Areas: all of the selected area's type, or its region's.
class CompareAreasView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareAreasView)

public:
    explicit CompareAreasView(EpiContext context, QWidget* parent = nullptr);

    TartanModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* scope() const { return m_scope; }
    EvidenceDraft evidenceDraft() const override;

protected:
    void refresh() override;
    bool dependsOn(EpiSelection::Part part) const override;

private:
    QLabel* m_title;
    QComboBox* m_scope;
    QTableView* m_table;
    TartanModel* m_model;
    QSortFilterProxyModel* m_proxy;
    charts::ChartToolbar* m_toolbar;
};

} // namespace jsna::ui::epidemiology
