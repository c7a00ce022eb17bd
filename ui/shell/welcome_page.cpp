// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcome_page.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/themed_icon.h"
#include "ui/widgets/typography.h"

namespace jsna::ui {

namespace {
constexpr int kColumnWidth = 620;
constexpr int kLogoSize = 80;
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_new(new QPushButton(themedIcon(QStringLiteral("new")), tr("New Project\u2026")))
    , m_open(new QPushButton(themedIcon(QStringLiteral("open")), tr("Open Project\u2026")))
    , m_demo(new QPushButton(themedIcon(QStringLiteral("demo")), tr("Open Demo Project")))
    , m_recentBox(new QWidget)
    , m_recent(new QListWidget)
{
    auto* column = new QWidget(this);
    column->setFixedWidth(kColumnWidth);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* logo = new QLabel(column);
    logo->setPixmap(applicationIcon().pixmap(kLogoSize, kLogoSize));
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    auto* title = makeLabel(tr("JSNA Workbench"), TextStyle::PageTitle, column);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    layout->addSpacing(6);
    auto* tagline =
        makeLabel(tr("Joint Strategic Needs Assessment: from the epidemiology review, through stakeholder "
                     "workshops and community insight, to the report."),
                  TextStyle::Caption, column);
    tagline->setAlignment(Qt::AlignHCenter);
    layout->addWidget(tagline);
    layout->addSpacing(28);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    for (QPushButton* button : {m_new, m_open, m_demo}) {
        button->setParent(column);
        button->setIconSize(QSize(20, 20));
        button->setMinimumHeight(button->fontMetrics().height() + 22);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }
    m_demo->setToolTip(
        tr("A synthetic borough with wards, LSOAs, indicators, populations and deprivation, for "
           "learning the workbench. It describes no real place."));
    layout->addLayout(buttons);
    layout->addSpacing(32);

    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(8);
    recentLayout->addWidget(makeLabel(tr("Recent projects"), TextStyle::Subheading, m_recentBox));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setIconSize(QSize(18, 18));
    recentLayout->addWidget(m_recent);
    m_recentBox->setParent(column);
    layout->addWidget(m_recentBox);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            themedIcon(QStringLiteral("report")),
            QStringLiteral("%1  \u2014  %2")
                .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(item->text() + tr("  (missing)"));
        }
    }
    const int rows = static_cast<int>(std::min<qsizetype>(files.size(), 6));
    m_recent->setFixedHeight(rows * (m_recent->fontMetrics().height() + 12) + 4);
    m_recentBox->setVisible(!files.isEmpty());
}

} // namespace jsna::ui
