// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace jsna::ui {

// A headline figure with its caption and an optional detail line ("1,234 / Indicator values /
// latest 2023"), drawn as a card in the palette's base colour.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    QString detail() const;

private:
    QLabel* m_value;
    QLabel* m_caption;
    QLabel* m_detail;
};

} // namespace jsna::ui
