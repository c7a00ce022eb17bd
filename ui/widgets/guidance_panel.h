// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace jsna::ui {

// "What to do next": numbered steps derived from the project's data. Steps are rich text and may
// hold links (jsna:open, jsna:import, jsna:page/2, ...) that the page passes on to the window.
class GuidancePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidancePanel)

public:
    explicit GuidancePanel(QWidget* parent = nullptr);

    void setSteps(const QStringList& steps);
    const QStringList& steps() const { return m_steps; }
    // The steps without markup, for tests and accessibility.
    QString plainText() const;

signals:
    void linkActivated(const QString& link);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon;
    QStringList m_steps;
    QVBoxLayout* m_stepsLayout;
    QList<QWidget*> m_rows;
};

} // namespace jsna::ui
