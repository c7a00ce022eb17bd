// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/navigation_bar.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/widgets/themed_icon.h"
#include "ui/widgets/typography.h"

namespace jsna::ui {

namespace {
constexpr int kWidth = 248;
}

NavigationBar::NavigationBar(QWidget* parent)
    : QWidget(parent)
    , m_caption(makeLabel(tr("PROJECT"), TextStyle::Caption, this))
    , m_title(makeLabel(QString(), TextStyle::Heading, this))
    , m_detail(makeLabel(QString(), TextStyle::Caption, this))
    , m_list(new QListWidget(this))
{
    setFixedWidth(kWidth);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("Navigation"));
    m_list->setAccessibleName(tr("Pages"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Palette roles only, so the sidebar follows light and dark palettes.
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget#Navigation { background: palette(base); outline: 0; }"
        "QListWidget#Navigation::item { padding: 7px 8px; border-radius: 6px; color: palette(text); }"
        "QListWidget#Navigation::item:hover:!selected { background: palette(alternate-base); }"
        "QListWidget#Navigation::item:selected { background: palette(highlight); color: "
        "palette(highlighted-text); }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 20, 12, 12);
    layout->setSpacing(2);
    m_caption->setContentsMargins(8, 0, 8, 0);
    m_title->setContentsMargins(8, 0, 8, 0);
    m_detail->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(16);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &NavigationBar::currentPageChanged);
}

int NavigationBar::addPage(const QString& icon, const QString& text, const QString& toolTip)
{
    auto* item = new QListWidgetItem(themedIcon(icon), text, m_list);
    item->setToolTip(toolTip);
    item->setSizeHint(QSize(0, fontMetrics().height() + 20));
    return m_list->count() - 1;
}

void NavigationBar::setProjectTitle(const QString& title, const QString& detail)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

int NavigationBar::currentPage() const
{
    return m_list->currentRow();
}

void NavigationBar::setCurrentPage(int page)
{
    m_list->setCurrentRow(page);
}

void NavigationBar::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(width() - 1, 0, width() - 1, height());
}

} // namespace jsna::ui
