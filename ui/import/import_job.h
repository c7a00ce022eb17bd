// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <optional>

#include <QFutureWatcher>
#include <QObject>

#include "core/foundation/progress.h"
#include "ui/import/wizard_state.h"

namespace jsna::ui::import {

// One import (or dry run) on a worker thread through a connection of its own to the project file.
// The worker's progress calls become queued signals; cancel() is polled by the worker, which then
// rolls back. Threading contract: start(), cancel() and the signals belong to the GUI thread; the
// Progress overrides are called from the worker.
class ImportJob final : public QObject, public Progress
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    struct Outcome
    {
        std::optional<io::ImportReport> report;
        QString error; // a ProjectError's describe() when the import stopped as a whole
    };

    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    void start(const QString& projectPath, const QString& file, const io::ImportOptions& options);
    void cancel();
    // True from start() until finished() has been emitted (not only while the worker runs).
    bool isRunning() const { return m_running; }
    // Valid after finished().
    const Outcome& outcome() const { return m_outcome; }

    void setRange(qint64 minimum, qint64 maximum) override;
    void setValue(qint64 value) override;
    void setLabel(const QString& label) override;
    bool isCanceled() const override;

signals:
    void progressed(int permille);
    void labelChanged(const QString& label);
    void finished();

private:
    QFutureWatcher<Outcome> m_watcher;
    Outcome m_outcome;
    bool m_running = false;
    std::atomic<bool> m_canceled{false};
    std::atomic<qint64> m_minimum{0};
    std::atomic<qint64> m_maximum{0};
    std::atomic<int> m_lastPermille{-1};
};

} // namespace jsna::ui::import
