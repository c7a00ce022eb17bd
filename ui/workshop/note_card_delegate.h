// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jsna::ui::workshop {

// Draws a note of a NoteListModel as a card: a bar and chip in the kind's colour, the time, who said
// it, its theme and votes, then up to two lines of text with #tags and @links picked out. Every card
// has the same height, so a list of 10,000 notes lays out at once (setUniformItemSizes).
// Editing uses a line edit whose typing is written through after a pause (debounced), each editing
// session one undo step.
class NoteCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteCardDelegate)

public:
    static constexpr int kDebounceMs = 400;

    explicit NoteCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace jsna::ui::workshop
