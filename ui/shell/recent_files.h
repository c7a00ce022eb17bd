// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace jsna::ui {

class AppSettings;

// The recently opened projects (newest first, at most ten), kept in AppSettings, and the File >
// Open Recent menu built from them. Missing files stay listed but disabled, marked "(missing)", so
// a project on an unplugged drive is not forgotten; opening one that fails can remove it.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    explicit RecentFiles(AppSettings& settings, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    // Rebuilds menu: one action per file, a separator and "Clear Recent Projects".
    void populateMenu(QMenu* menu);

signals:
    void openRequested(const QString& path);
    void changed();

private:
    AppSettings& m_settings;
};

} // namespace jsna::ui
