// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/stat_tile.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include "ui/widgets/typography.h"

namespace jsna::ui {

StatTile::StatTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(makeLabel(QStringLiteral("\u2013"), TextStyle::Figure, this))
    , m_caption(makeLabel(caption, TextStyle::Subheading, this))
    , m_detail(makeLabel(QString(), TextStyle::Caption, this))
{
    setObjectName(QStringLiteral("StatTile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_detail->setWordWrap(false);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
}

void StatTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_fullDetail = detail;
    m_detail->setToolTip(detail);
    m_detail->setText(detail.isEmpty() ? QStringLiteral(" ") : detail);
    if (width() > 0)
        resizeEvent(nullptr);
    setAccessibleName(QStringLiteral("%1: %2 %3").arg(m_caption->text(), value, detail).trimmed());
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_fullDetail;
}

QSize StatTile::minimumSizeHint() const
{
    return {140, QFrame::minimumSizeHint().height()};
}

void StatTile::resizeEvent(QResizeEvent* event)
{
    if (event)
        QFrame::resizeEvent(event);
    const int available =
        contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right();
    const QString shown =
        m_detail->fontMetrics().elidedText(m_fullDetail, Qt::ElideRight, std::max(available, 0));
    m_detail->setText(shown.isEmpty() ? QStringLiteral(" ") : shown);
}

} // namespace jsna::ui
