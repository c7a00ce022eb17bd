// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

#include "ui/overview/overview_page.h"
#include "ui/shell/main_window.h"
#include "ui/widgets/stat_tile.h"

namespace jsna::test {

// The value shown on a page's stat tile, after showing the page (which refreshes it).
inline QString tileValue(ui::MainWindow& window, int page, const QString& tile)
{
    window.showPage(page);
    ui::StatTile* found = window.page(page)->tile(tile);
    return found ? found->value() : QStringLiteral("<no tile %1>").arg(tile);
}

// The rows of a page's result table ("table.<name>"), after showing the page, or -1 when there is
// no such table.
inline int tableRows(ui::MainWindow& window, int page, const QString& table)
{
    window.showPage(page);
    auto* view = window.page(page)->findChild<QTreeView*>(QStringLiteral("table.") + table);
    return view && view->model() ? view->model()->rowCount() : -1;
}

} // namespace jsna::test
