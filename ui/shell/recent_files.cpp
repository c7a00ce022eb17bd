// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "ui/shell/app_settings.h"

namespace jsna::ui {

RecentFiles::RecentFiles(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

QStringList RecentFiles::files() const
{
    return m_settings.recentFiles();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    m_settings.setRecentFiles(list);
    emit changed();
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    m_settings.setRecentFiles(list);
    emit changed();
}

void RecentFiles::clear()
{
    m_settings.setRecentFiles({});
    emit changed();
}

void RecentFiles::populateMenu(QMenu* menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString& path : list) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        QString text = QStringLiteral("&%1  %2")
                           .arg(number % 10)
                           .arg(info.fileName().replace(u'&', QStringLiteral("&&")));
        if (!exists)
            text += tr(" (missing)");
        QAction* action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        ++number;
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
    menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("&Clear Recent Projects"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace jsna::ui
