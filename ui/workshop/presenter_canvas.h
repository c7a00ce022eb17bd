// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace jsna::ui::workshop {

class NoteListModel;
class ThemeModel;

// Paints the presenter's content from the models it watches: as many of the latest notes as fit,
// newest first and largest, or the themes as cards with their note counts and votes.
class PresenterCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterCanvas)

public:
    PresenterCanvas(NoteListModel* notes, ThemeModel* themes, QWidget* parent = nullptr);

    bool showsThemes() const { return m_showThemes; }
    void setShowsThemes(bool themes);
    bool isDark() const { return m_dark; }
    void setDark(bool dark);
    double typeScale() const { return m_scale; }
    void setTypeScale(double scale);
    void setHeading(const QString& heading);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintNotes(QPainter& painter, const QRectF& area, double unit);
    void paintThemes(QPainter& painter, const QRectF& area, double unit);

    NoteListModel* m_notes;
    ThemeModel* m_themes;
    QString m_heading;
    bool m_showThemes = false;
    bool m_dark = false;
    double m_scale = 1.0;
};

} // namespace jsna::ui::workshop
