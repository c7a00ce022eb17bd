// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/app_settings.h"

#include <QDir>

namespace jsna::ui {

namespace {
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kLastProject = QStringLiteral("session/lastProject");
const QString kCurrentPage = QStringLiteral("session/currentPage");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(kRecentFiles).toStringList().mid(0, kMaxRecentFiles);
}

void AppSettings::setRecentFiles(const QStringList& files)
{
    m_settings.setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

QString AppSettings::lastFolder() const
{
    return m_settings.value(kLastFolder, QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings.setValue(kLastFolder, folder);
}

QString AppSettings::lastProject() const
{
    return m_settings.value(kLastProject).toString();
}

void AppSettings::setLastProject(const QString& path)
{
    m_settings.setValue(kLastProject, path);
}

int AppSettings::currentPage() const
{
    return m_settings.value(kCurrentPage, 0).toInt();
}

void AppSettings::setCurrentPage(int page)
{
    m_settings.setValue(kCurrentPage, page);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace jsna::ui
