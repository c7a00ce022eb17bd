// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/search_result_model.h"

#include <QDateTime>
#include <QTextDocumentFragment>

namespace jsna::ui::workshop {

using namespace jsna::workshop;

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SearchResultModel::setHits(const QList<NoteHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NoteHit& hit = m_hits.at(index.row());
    switch (role) {
    case NoteIdRole:
        return hit.noteId;
    case WorkshopIdRole:
        return hit.workshopId;
    case HtmlRole:
        return hit.html;
    case KindRole:
        return int(hit.kind);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Column::Note:
        return QTextDocumentFragment::fromHtml(hit.html).toPlainText();
    case Column::Kind:
        return noteKindLabel(hit.kind);
    case Column::Workshop:
        return hit.workshopTitle;
    case Column::Group:
        return hit.stakeholderGroup;
    case Column::Time:
        return QDateTime::fromMSecsSinceEpoch(hit.createdMs).toString(QStringLiteral("d MMM HH:mm"));
    case Column::Count:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Note:
        return tr("Note");
    case Column::Kind:
        return tr("Kind");
    case Column::Workshop:
        return tr("Workshop");
    case Column::Group:
        return tr("Said by");
    case Column::Time:
        return tr("When");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace jsna::ui::workshop
