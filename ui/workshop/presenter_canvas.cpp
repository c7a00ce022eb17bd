// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/presenter_canvas.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/models/theme_model.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using jsna::workshop::NoteKind;

namespace {

QFont presenterFont(const QFont& base, double pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(8, int(pixels)));
    font.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return font;
}

// Draws wrapped text in rect (at most maxLines lines); returns the height used.
qreal drawWrapped(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font, int maxLines)
{
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal limit = metrics.lineSpacing() * maxLines;
    QRectF bounds =
        painter.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 1e6), Qt::TextWordWrap, text);
    const qreal height = std::min(bounds.height(), limit);
    painter.save();
    painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width(), height + 1));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 1e6), Qt::TextWordWrap, text);
    painter.restore();
    return height;
}

} // namespace

PresenterCanvas::PresenterCanvas(NoteListModel* notes, ThemeModel* themes, QWidget* parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_themes(themes)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(notes), static_cast<QAbstractItemModel*>(themes)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::rowsRemoved, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::layoutChanged, this, qOverload<>(&QWidget::update));
    }
}

void PresenterCanvas::setShowsThemes(bool themes)
{
    m_showThemes = themes;
    update();
}

void PresenterCanvas::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void PresenterCanvas::setTypeScale(double scale)
{
    m_scale = std::clamp(scale, 0.5, 2.5);
    update();
}

void PresenterCanvas::setHeading(const QString& heading)
{
    m_heading = heading;
    update();
}

void PresenterCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const PresenterColours colours = presenterColours(m_dark);
    painter.fillRect(rect(), colours.background);
    // Type is sized from the window, so it fills a projector and stays readable from the back.
    const double unit = std::max(12.0, std::min(height() / 26.0, width() / 40.0)) * m_scale;
    const QRectF area = QRectF(rect()).adjusted(unit * 1.5, unit, -unit * 1.5, -unit);

    painter.setPen(colours.text);
    painter.setFont(presenterFont(font(), unit * 1.25, true));
    const QString mode = m_showThemes ? tr("Themes") : tr("Latest notes");
    const QFontMetricsF modeMetrics(presenterFont(font(), unit * 0.8, true));
    const qreal modeWidth = modeMetrics.horizontalAdvance(mode);
    const qreal headingHeight = unit * 1.9;
    painter.drawText(
        QRectF(area.left(), area.top(), area.width() - modeWidth - unit, headingHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(m_heading, Qt::ElideRight, area.width() - modeWidth - unit));
    painter.setFont(presenterFont(font(), unit * 0.8, true));
    painter.setPen(colours.accent);
    painter.drawText(QRectF(area.right() - modeWidth, area.top(), modeWidth, headingHeight),
                     Qt::AlignRight | Qt::AlignVCenter, mode);
    painter.fillRect(
        QRectF(area.left(), area.top() + headingHeight, area.width(), std::max(2.0, unit * 0.08)),
        colours.accent);

    const QRectF body = area.adjusted(0, headingHeight + unit * 0.9, 0, 0);
    if (m_showThemes)
        paintThemes(painter, body, unit);
    else
        paintNotes(painter, body, unit);
}

void PresenterCanvas::paintNotes(QPainter& painter, const QRectF& area, double unit)
{
    const PresenterColours colours = presenterColours(m_dark);
    if (m_notes->rowCount() == 0) {
        painter.setPen(colours.muted);
        painter.setFont(presenterFont(font(), unit * 1.1));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Notes appear here as they are filed."));
        return;
    }
    qreal y = area.top();
    const int column = int(NoteListModel::Column::Text);
    for (int row = m_notes->rowCount() - 1; row >= 0 && y < area.bottom() - unit * 2; --row) {
        const QModelIndex index = m_notes->index(row, column);
        const bool newest = row == m_notes->rowCount() - 1;
        const auto kind = NoteKind(index.data(NoteListModel::KindRole).toInt());
        const QFont chipFont = presenterFont(font(), unit * 0.62, true);
        const QFontMetricsF chipMetrics(chipFont);
        const QString label = jsna::workshop::noteKindLabel(kind).toUpper();
        const QRectF chip(area.left() + unit * 0.6, y, chipMetrics.horizontalAdvance(label) + unit * 0.9,
                          unit * 1.05);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColour(kind));
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter.setFont(chipFont);
        painter.setPen(Qt::white);
        painter.drawText(chip, Qt::AlignCenter, label);

        QStringList meta;
        meta << index.data(NoteListModel::CreatedRole).toDateTime().toString(QStringLiteral("HH:mm"));
        const QString group = index.data(NoteListModel::GroupRole).toString();
        if (!group.isEmpty())
            meta << group;
        const int votes = index.data(NoteListModel::VotesRole).toInt();
        if (votes > 0)
            meta << (votes == 1 ? tr("1 vote") : tr("%1 votes").arg(votes));
        painter.setFont(presenterFont(font(), unit * 0.72));
        painter.setPen(colours.muted);
        painter.drawText(QRectF(chip.right() + unit * 0.5, y, area.right() - chip.right(), chip.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, meta.join(QStringLiteral("  ·  ")));

        painter.setPen(colours.text);
        const QRectF textRect(area.left() + unit * 0.6, y + chip.height() + unit * 0.25,
                              area.width() - unit * 0.6, area.bottom() - y);
        const qreal used =
            drawWrapped(painter, textRect, index.data(NoteListModel::TextRole).toString(),
                        presenterFont(font(), unit * (newest ? 1.45 : 1.15), newest), newest ? 4 : 3);
        const qreal bottom = textRect.top() + used;
        if (newest)
            painter.fillRect(QRectF(area.left(), y, unit * 0.18, bottom - y), colours.accent);
        y = bottom + unit * 0.55;
        painter.fillRect(QRectF(area.left(), y, area.width(), 1), colours.rule);
        y += unit * 0.55;
    }
}

void PresenterCanvas::paintThemes(QPainter& painter, const QRectF& area, double unit)
{
    const PresenterColours colours = presenterColours(m_dark);
    const int count = m_themes->rowCount();
    if (count == 0) {
        painter.setPen(colours.muted);
        painter.setFont(presenterFont(font(), unit * 1.1));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No themes yet."));
        return;
    }
    // Most votes first: the room's dot voting at a glance.
    QList<int> rows;
    for (int row = 0; row < count; ++row)
        rows << row;
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_themes->index(a, int(ThemeModel::Column::Votes)).data().toInt() >
               m_themes->index(b, int(ThemeModel::Column::Votes)).data().toInt();
    });
    const int columns = count <= 4 ? 2 : 3;
    const int lines = (count + columns - 1) / columns;
    const qreal gap = unit * 0.7;
    const qreal cardWidth = (area.width() - gap * (columns - 1)) / columns;
    const qreal cardHeight = std::min(unit * 5.2, (area.height() - gap * (lines - 1)) / lines);
    for (int i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        const QRectF card(area.left() + (i % columns) * (cardWidth + gap),
                          area.top() + (i / columns) * (cardHeight + gap), cardWidth, cardHeight);
        if (card.bottom() > area.bottom() + 1)
            break;
        painter.setPen(QPen(colours.rule, 1));
        painter.setBrush(colours.card);
        painter.drawRoundedRect(card, unit * 0.4, unit * 0.4);
        const QRectF inner = card.adjusted(unit * 0.7, unit * 0.55, -unit * 0.7, -unit * 0.55);
        painter.setPen(colours.text);
        drawWrapped(painter, inner, m_themes->index(row, int(ThemeModel::Column::Title)).data().toString(),
                    presenterFont(font(), unit * 1.15, true), 2);
        const int votes = m_themes->index(row, int(ThemeModel::Column::Votes)).data().toInt();
        const int notes = m_themes->index(row, int(ThemeModel::Column::Notes)).data().toInt();
        const qreal baseline = inner.bottom() - unit * 0.9;
        const qreal dot = unit * 0.55;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.accent);
        const int shown = std::min(votes, 12);
        for (int v = 0; v < shown; ++v)
            painter.drawEllipse(
                QRectF(inner.left() + v * dot * 1.35, baseline + (unit * 0.9 - dot) / 2, dot, dot));
        painter.setPen(colours.muted);
        painter.setFont(presenterFont(font(), unit * 0.72));
        const QString summary = (votes == 1 ? tr("1 vote") : tr("%1 votes").arg(votes)) +
                                QStringLiteral("  ·  ") +
                                (notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
        painter.drawText(QRectF(inner.left(), baseline, inner.width(), unit * 0.9),
                         Qt::AlignRight | Qt::AlignVCenter, summary);
    }
}

} // namespace jsna::ui::workshop
