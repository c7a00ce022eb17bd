// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/stage_overview.h"
#include "ui/models/row_table_model.h"

namespace jsna::ui::models {

// Item role carrying a row's project::Comparison (as int), for the RAG badge delegate.
inline constexpr int kComparisonRole = Qt::UserRole + 1;

using ComparisonModel = RowTableModel<project::IndicatorComparison>;
using GroupGapModel = RowTableModel<project::GroupGap>;
using WardDeprivationModel = RowTableModel<project::WardDeprivation>;
using ChapterSourceModel = RowTableModel<project::ChapterSource>;

// Indicator | Period | Value | England | Compared with England (RAG, kComparisonRole).
ComparisonModel* createComparisonModel(QObject* parent);
// Indicator | Breakdown | Highest | Lowest | Ratio | Group to reach.
GroupGapModel* createGroupGapModel(QObject* parent);
// Ward | LSOAs | In most deprived 20%.
WardDeprivationModel* createWardDeprivationModel(QObject* parent);
// Chapter (domain) | Indicators | Values | Latest period.
ChapterSourceModel* createChapterSourceModel(QObject* parent);

} // namespace jsna::ui::models
