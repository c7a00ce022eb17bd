// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna {

// How long work in core/ reports progress and learns it was cancelled. The GUI adapts it to a
// QPromise, the CLI to a line on stderr. Implementations must be callable from a worker thread.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void setRange(qint64 minimum, qint64 maximum) = 0;
    virtual void setValue(qint64 value) = 0;
    virtual void setLabel(const QString& label) = 0;
    virtual bool isCanceled() const = 0;
};

// For callers that do not care: never cancelled, reports nowhere.
class NullProgress final : public Progress
{
public:
    void setRange(qint64, qint64) override {}
    void setValue(qint64) override {}
    void setLabel(const QString&) override {}
    bool isCanceled() const override { return false; }
};

// Thrown by long work when it sees isCanceled(); the caller's transaction then rolls back.
class Canceled final
{
};

// Throws Canceled if the user asked to stop. Call between units of work.
void throwIfCanceled(const Progress& progress);

} // namespace jsna
