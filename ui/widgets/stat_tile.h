// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace jsna::ui {

// A headline figure with its caption and an optional detail line ("1,234 / Indicator values /
// latest 2023"), drawn as a card in the palette's base colour. Tiles in a row share the width
// equally; a detail too long for its tile is elided, with the whole text in the tooltip.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    QString detail() const;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_caption;
    QLabel* m_detail;
    QString m_fullDetail; // m_detail shows it elided to the tile's width
};

} // namespace jsna::ui
