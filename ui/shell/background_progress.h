// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QObject>

#include "core/foundation/progress.h"

class QProgressDialog;

namespace jsna::ui {

// Progress for work on a worker thread, shown in a progress dialog on the GUI thread: the worker's
// calls become queued signals, and the dialog's Cancel sets a flag the worker polls.
class BackgroundProgress final : public QObject, public Progress
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundProgress)

public:
    explicit BackgroundProgress(QObject* parent = nullptr);

    // Shows progress in dialog and cancels when its Cancel button is pressed.
    void attach(QProgressDialog* dialog);

    void setRange(qint64 minimum, qint64 maximum) override;
    void setValue(qint64 value) override;
    void setLabel(const QString& label) override;
    bool isCanceled() const override;
    void cancel();

signals:
    void rangeChanged(int minimum, int maximum);
    void valueChanged(int value);
    void labelChanged(const QString& label);

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<qint64> m_minimum{0};
    std::atomic<qint64> m_maximum{0};
    std::atomic<int> m_lastPermille{-1};
};

} // namespace jsna::ui
