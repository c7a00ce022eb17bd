// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/guidance_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocumentFragment>

#include "ui/widgets/themed_icon.h"
#include "ui/widgets/typography.h"

namespace jsna::ui {

namespace {
constexpr int kAccentWidth = 4;
constexpr int kIconSize = 20;
} // namespace

GuidancePanel::GuidancePanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_stepsLayout(new QVBoxLayout)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kAccentWidth + 14, 12, 16, 12);
    layout->setSpacing(12);
    updateIcon();
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout;
    column->setSpacing(6);
    column->addWidget(makeLabel(tr("What to do next"), TextStyle::Subheading, this));
    m_stepsLayout->setSpacing(4);
    column->addLayout(m_stepsLayout);
    layout->addLayout(column, 1);
}

void GuidancePanel::setSteps(const QStringList& steps)
{
    m_steps = steps;
    qDeleteAll(m_rows);
    m_rows.clear();
    int number = 1;
    for (const QString& step : steps) {
        auto* row = new QWidget(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(8);
        auto* index = makeLabel(QStringLiteral("%1.").arg(number++), TextStyle::Body, row);
        index->setAlignment(Qt::AlignRight | Qt::AlignTop);
        index->setMinimumWidth(index->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
        auto* text = makeLabel(step, TextStyle::Body, row);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setOpenExternalLinks(false);
        connect(text, &QLabel::linkActivated, this, &GuidancePanel::linkActivated);
        rowLayout->addWidget(index, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_stepsLayout->addWidget(row);
        m_rows.append(row);
    }
}

void GuidancePanel::updateIcon()
{
    m_icon->setPixmap(themedIcon(QStringLiteral("next")).pixmap(kIconSize, kIconSize));
}

// The icon is drawn in the palette's text colour: redraw it when the palette changes.
void GuidancePanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
}

QString GuidancePanel::plainText() const
{
    QStringList lines;
    for (const QString& step : m_steps)
        lines.append(QTextDocumentFragment::fromHtml(step).toPlainText());
    return lines.join(u'\n');
}

void GuidancePanel::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(area, 6, 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    QPainterPath accent;
    accent.addRoundedRect(QRectF(area.left(), area.top(), kAccentWidth + 6, area.height()), 6, 6);
    QPainterPath clip;
    clip.addRect(QRectF(area.left(), area.top(), kAccentWidth, area.height()));
    painter.drawPath(accent.intersected(clip));
    QFrame::paintEvent(event);
}

} // namespace jsna::ui
