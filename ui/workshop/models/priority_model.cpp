// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/priority_model.h"

#include <QHash>

#include "core/foundation/project_error.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

PriorityModel::PriorityModel(project::Project& project, QUndoStack& stack, QObject* parent)
    : RowSyncModel(parent)
    , m_project(project)
    , m_stack(stack)
{
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    auto refreshFor = [this](qint64 workshopId) {
        if (workshopId == m_workshopId)
            refresh();
    };
    connect(&notifier, &WorkshopNotifier::themesChanged, this, refreshFor);
    connect(&notifier, &WorkshopNotifier::scoresChanged, this, refreshFor);
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, [this] { refresh(); });
    connect(&notifier, &WorkshopNotifier::criteriaChanged, this, &PriorityModel::reloadAll);
}

void PriorityModel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    reloadAll();
}

void PriorityModel::reloadAll()
{
    const QList<Criterion> criteria = PriorityRepository(m_project).criteria();
    if (criteria != m_criteria) { // columns change: a reset
        beginResetModel();
        m_criteria = criteria;
        m_rows.clear();
        endResetModel();
    }
    refresh();
}

void PriorityModel::refresh()
{
    QList<Row> fresh;
    if (m_workshopId != 0) {
        const QList<Theme> themes = ThemeRepository(m_project).themesOf(m_workshopId);
        const QList<ThemeScore> scores = PriorityRepository(m_project).scoresOf(m_workshopId);
        QHash<QPair<qint64, qint64>, int> scoreOf;
        for (const ThemeScore& score : scores)
            scoreOf.insert({score.themeId, score.criterionId}, score.score);
        QHash<qint64, RankedTheme> rankOf;
        for (const RankedTheme& ranked : rankThemes(themes, m_criteria, scores))
            rankOf.insert(ranked.themeId, ranked);
        // Rows stay in the themes' own order, so a score typed in does not move the row being edited;
        // views sort by the Rank column through a proxy where they want the ranking.
        for (const Theme& theme : themes) {
            Row row{theme, rankOf.value(theme.id), {}};
            for (const Criterion& criterion : std::as_const(m_criteria)) {
                const auto score = scoreOf.constFind({theme.id, criterion.id});
                row.scores.append(score == scoreOf.cend() ? std::nullopt : std::optional<int>(*score));
            }
            fresh.append(row);
        }
    }
    syncRows(m_rows, fresh, [](const Row& row) { return row.theme.id; });
}

int PriorityModel::criterionIndex(int column) const
{
    const int index = column - int(Column::FirstCriterion);
    return index >= 0 && index < m_criteria.size() ? index : -1;
}

int PriorityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriorityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::FirstCriterion) + int(m_criteria.size());
}

QVariant PriorityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int criterion = criterionIndex(index.column());
    switch (role) {
    case ThemeIdRole:
        return row.theme.id;
    case CriterionIdRole:
        return criterion >= 0 ? QVariant(m_criteria.at(criterion).id) : QVariant();
    case ScoreFractionRole:
        if (index.column() == int(Column::Score))
            return row.ranked.score / kMaxScore;
        return criterion >= 0 && row.scores.at(criterion)
                   ? QVariant(double(*row.scores.at(criterion)) / kMaxScore)
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == int(Column::Theme) ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (criterion >= 0)
            return tr("%1: %2 (0 to %3; Delete clears)")
                .arg(row.theme.data.title, m_criteria.at(criterion).data.name)
                .arg(kMaxScore);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    if (criterion >= 0)
        return row.scores.at(criterion) ? QVariant(*row.scores.at(criterion)) : QVariant();
    switch (Column(index.column())) {
    case Column::Rank:
        return row.ranked.rank;
    case Column::Theme:
        return row.theme.data.title;
    case Column::Score:
        return role == Qt::EditRole ? QVariant(row.ranked.score)
                                    : QVariant(QString::number(row.ranked.score, 'f', 2));
    case Column::Votes:
        return row.theme.data.votes;
    case Column::FirstCriterion:
        break;
    }
    return {};
}

QVariant PriorityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int criterion = criterionIndex(section);
    if (criterion >= 0) {
        const CriterionData& data = m_criteria.at(criterion).data;
        if (role == Qt::DisplayRole)
            return tr("%1\n×%2").arg(data.name, QString::number(data.weight, 'g', 3));
        if (role == Qt::ToolTipRole)
            return data.description;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Rank:
        return tr("Rank");
    case Column::Theme:
        return tr("Theme");
    case Column::Score:
        return tr("Score");
    case Column::Votes:
        return tr("Votes");
    case Column::FirstCriterion:
        break;
    }
    return {};
}

Qt::ItemFlags PriorityModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (criterionIndex(index.column()) >= 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PriorityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const int criterion = criterionIndex(index.column());
    if (role != Qt::EditRole || criterion < 0 || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    std::optional<int> score;
    if (value.isValid() && !value.toString().trimmed().isEmpty()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < 0 || number > kMaxScore)
            return false;
        score = number;
    }
    try {
        commands::setScore(m_project, m_stack, m_rows.at(index.row()).theme.id, m_criteria.at(criterion).id,
                           score);
        return true;
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
}

} // namespace jsna::ui::workshop
