// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace jsna::ui {

// The application's own settings (QSettings under the organisation and application names): window
// geometry and state, recent projects, the last folder and page. The one process-wide store allowed;
// project data never goes here (it travels in the .jsna file). Tests isolate it with
// QStandardPaths::setTestModeEnabled(true).
class AppSettings final
{
public:
    AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    static constexpr int kMaxRecentFiles = 10;

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    QString lastFolder() const;
    void setLastFolder(const QString& folder);
    // The project open when the window last closed (empty after File > Close Project).
    QString lastProject() const;
    void setLastProject(const QString& path);
    int currentPage() const;
    void setCurrentPage(int page);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace jsna::ui
