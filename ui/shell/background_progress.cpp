// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/background_progress.h"

#include <QProgressDialog>

namespace jsna::ui {

namespace {
constexpr int kScale = 1000; // the dialog shows per mille steps, whatever the work's range
}

BackgroundProgress::BackgroundProgress(QObject* parent)
    : QObject(parent)
{}

void BackgroundProgress::attach(QProgressDialog* dialog)
{
    connect(this, &BackgroundProgress::rangeChanged, dialog, &QProgressDialog::setRange);
    connect(this, &BackgroundProgress::valueChanged, dialog, &QProgressDialog::setValue);
    connect(this, &BackgroundProgress::labelChanged, dialog, &QProgressDialog::setLabelText);
    connect(dialog, &QProgressDialog::canceled, this, &BackgroundProgress::cancel);
}

void BackgroundProgress::setRange(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    m_lastPermille = -1;
    emit rangeChanged(0, maximum > minimum ? kScale : 0);
}

void BackgroundProgress::setValue(qint64 value)
{
    const qint64 span = m_maximum - m_minimum;
    if (span <= 0)
        return;
    const int permille = static_cast<int>(std::clamp<qint64>((value - m_minimum) * kScale / span, 0, kScale));
    // Only real steps cross threads, however often the worker reports.
    if (m_lastPermille.exchange(permille) != permille)
        emit valueChanged(permille);
}

void BackgroundProgress::setLabel(const QString& label)
{
    emit labelChanged(label);
}

bool BackgroundProgress::isCanceled() const
{
    return m_canceled;
}

void BackgroundProgress::cancel()
{
    m_canceled = true;
}

} // namespace jsna::ui
