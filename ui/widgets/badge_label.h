// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLabel>

namespace jsna::ui {

// A short status word on a rounded background ("Read-only", "Synthetic demo data"). By default it
// uses the palette (mid fill, window text); setColours fixes colours that carry meaning.
class BadgeLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeLabel)

public:
    explicit BadgeLabel(const QString& text, QWidget* parent = nullptr);

    void setColours(const QColor& fill, const QColor& text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_fill;
    QColor m_text;
};

} // namespace jsna::ui
