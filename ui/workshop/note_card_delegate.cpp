// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/note_card_delegate.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTimer>

#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using jsna::workshop::NoteKind;

namespace {

constexpr int kMargin = 6;   // around a card
constexpr int kPadding = 10; // inside a card
constexpr int kBodyLines = 2;

QFont smallFont(const QFont& base)
{
    return scaledFont(base, 0.86);
}

// #tags and @links in the note's text, drawn in the link colour.
QList<QTextLayout::FormatRange> highlights(const QString& text, const QPalette& palette)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?<![\w#&@])[#@][\w][\w-]*)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QList<QTextLayout::FormatRange> ranges;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QTextLayout::FormatRange range;
        range.start = int(match.capturedStart());
        range.length = int(match.capturedLength());
        range.format.setForeground(palette.color(QPalette::Link));
        if (text.at(range.start) == u'@')
            range.format.setFontWeight(QFont::DemiBold);
        ranges << range;
    }
    return ranges;
}

// Lays out text in up to maxLines lines of width, eliding the last; returns the height used.
int drawBody(QPainter* painter, const QString& text, const QFont& font, const QPalette& palette,
             const QRectF& rect, int maxLines)
{
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    layout.setFormats(highlights(text, palette));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    bool elided = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (++lines == maxLines) {
            elided = line.textStart() + line.textLength() < text.size();
            break;
        }
    }
    layout.endLayout();
    if (!elided) {
        layout.draw(painter, rect.topLeft());
    } else {
        // Every line but the last as laid out (with the tag colours), the last elided.
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        painter->save();
        painter->setClipRect(QRectF(rect.left(), rect.top(), rect.width(), last.y()), Qt::IntersectClip);
        layout.draw(painter, rect.topLeft());
        painter->restore();
        const QString rest = text.mid(last.textStart()).simplified();
        painter->drawText(QPointF(rect.left(), rect.top() + last.y() + metrics.ascent()),
                          metrics.elidedText(rest, Qt::ElideRight, rect.width()));
    }
    return int(y);
}

// A rounded chip with text; returns its width.
qreal drawChip(QPainter* painter, const QPointF& topLeft, qreal height, const QString& text,
               const QFont& font, const QColor& fill, const QColor& textColour, const QColor& outline = {})
{
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(text) + height * 0.9;
    const QRectF chip(topLeft, QSizeF(width, height));
    painter->setPen(outline.isValid() ? QPen(outline, 1) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, height / 2, height / 2);
    painter->setFont(font);
    painter->setPen(textColour);
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

} // namespace

NoteCardDelegate::NoteCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QSize NoteCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics body(option.font);
    const int height = 2 * kMargin + 2 * kPadding + small.height() + 6 + kBodyLines * body.lineSpacing();
    return {200, height};
}

void NoteCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const auto kind = NoteKind(index.data(NoteListModel::KindRole).toInt());
    const QColor colour = kindColour(kind);

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    QColor fill = palette.color(QPalette::Base);
    if (selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.16f);
        painter->fillPath(shape, fill);
        fill = tint;
    }
    painter->fillPath(shape, fill);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                         selected ? 1.5 : 0.8));
    painter->drawPath(shape);
    // The kind's bar down the left edge.
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), colour);
    painter->restore();

    const QFont small = smallFont(option.font);
    const QFont chipFont = scaledFont(option.font, 0.78, true);
    const QFontMetricsF smallMetrics(small);
    const QRectF content = card.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding);
    const qreal headerHeight = smallMetrics.height();
    const QColor muted = palette.color(QPalette::PlaceholderText);

    // Header: time, kind, who said it ... theme, votes, links.
    qreal x = content.left();
    painter->setFont(small);
    painter->setPen(muted);
    const QString time =
        index.data(NoteListModel::CreatedRole).toDateTime().toString(QStringLiteral("HH:mm"));
    painter->drawText(QRectF(x, content.top(), 60, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, time);
    x += smallMetrics.horizontalAdvance(time) + 8;
    x += drawChip(painter, QPointF(x, content.top()), headerHeight,
                  jsna::workshop::noteKindLabel(kind).toUpper(), chipFont, colour, Qt::white) +
         8;
    const QString group = index.data(NoteListModel::GroupRole).toString();
    qreal right = content.right();
    QStringList extras;
    const int links = index.data(NoteListModel::LinkCountRole).toInt();
    if (links > 0)
        extras << tr("%1 linked").arg(links);
    const int votes = index.data(NoteListModel::VotesRole).toInt();
    if (votes > 0)
        extras << tr("▲ %1").arg(votes);
    if (index.data(NoteListModel::AgreedRole).toBool())
        extras << tr("✓ agreed");
    if (!extras.isEmpty()) {
        const QString text = extras.join(QStringLiteral("   "));
        const qreal width = smallMetrics.horizontalAdvance(text);
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(right - width, content.top(), width, headerHeight),
                          Qt::AlignRight | Qt::AlignVCenter, text);
        right -= width + 10;
    }
    const QString theme = index.data(NoteListModel::ThemeTitleRole).toString();
    if (!theme.isEmpty()) {
        const QString label =
            smallMetrics.elidedText(theme, Qt::ElideRight, std::max<qreal>(40, (right - x) / 2));
        const qreal width = smallMetrics.horizontalAdvance(label) + headerHeight * 0.9;
        drawChip(painter, QPointF(right - width, content.top()), headerHeight, label, small,
                 palette.color(QPalette::AlternateBase), palette.color(QPalette::Text),
                 palette.color(QPalette::Mid));
        right -= width + 10;
    }
    if (!group.isEmpty()) {
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRectF(x, content.top(), std::max<qreal>(0, right - x), headerHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(group, Qt::ElideRight, std::max<qreal>(0, right - x)));
    }

    // Body: the note.
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF body(content.left(), content.top() + headerHeight + 6, content.width(),
                      content.bottom() - content.top());
    drawBody(painter, index.data(NoteListModel::TextRole).toString(), option.font, palette, body, kBodyLines);

    if (focused && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6);
    }
    painter->restore();
}

QWidget* NoteCardDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setFrame(true);
    if (auto* model = qobject_cast<NoteListModel*>(const_cast<QAbstractItemModel*>(index.model())))
        model->beginEditBurst();
    // Typing is written through after a pause, so nothing typed is ever only on screen for long.
    auto* debounce = new QTimer(editor);
    debounce->setSingleShot(true);
    debounce->setInterval(kDebounceMs);
    connect(editor, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this,
            [this, editor] { emit const_cast<NoteCardDelegate*>(this)->commitData(editor); });
    return editor;
}

void NoteCardDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    const QString text = index.data(NoteListModel::TextRole).toString();
    if (line->text() != text && !line->isModified()) // never disturb the cursor while the user types
        line->setText(text);
}

void NoteCardDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    if (line->text().trimmed() != index.data(NoteListModel::TextRole).toString())
        model->setData(index, line->text(), Qt::EditRole);
}

void NoteCardDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex&) const
{
    const QFontMetrics small(smallFont(option.font));
    const QRect content =
        option.rect.adjusted(kMargin + kPadding + 4, kMargin / 2 + kPadding + small.height() + 2,
                             -kMargin - kPadding, -kMargin / 2 - kPadding + 4);
    editor->setGeometry(content);
}

} // namespace jsna::ui::workshop
