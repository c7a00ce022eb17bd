// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_job.h"

#include <algorithm>

#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

#include "core/foundation/project_error.h"

namespace jsna::ui::import {

namespace {
constexpr int kScale = 1000;
}

QString formatFileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString describeBriefly(const ProjectError& error)
{
    return ProjectError(error.message(), QFileInfo(error.file()).fileName(), error.line(), error.column())
        .describe();
}

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        m_running = false;
        emit finished();
    });
}

ImportJob::~ImportJob()
{
    // The worker holds this object as its Progress: stop it and wait before going away.
    m_canceled = true;
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString& projectPath, const QString& file, const io::ImportOptions& options)
{
    m_canceled = false;
    m_lastPermille = -1;
    m_outcome = {};
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, projectPath, file, options]() -> Outcome {
        try {
            return {io::importFileIntoProject(projectPath, file, options, *this), {}};
        } catch (const ProjectError& error) {
            return {std::nullopt, describeBriefly(error)};
        } catch (const std::exception& error) {
            return {std::nullopt, QString::fromLocal8Bit(error.what())};
        }
    }));
}

void ImportJob::cancel()
{
    m_canceled = true;
}

void ImportJob::setRange(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

void ImportJob::setValue(qint64 value)
{
    const qint64 span = m_maximum - m_minimum;
    if (span <= 0)
        return;
    const int permille = static_cast<int>(std::clamp<qint64>((value - m_minimum) * kScale / span, 0, kScale));
    if (m_lastPermille.exchange(permille) != permille)
        emit progressed(permille);
}

void ImportJob::setLabel(const QString& label)
{
    emit labelChanged(label);
}

bool ImportJob::isCanceled() const
{
    return m_canceled;
}

} // namespace jsna::ui::import
