// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QWizardPage;

namespace jsna::ui::import {

// Small building blocks the wizard's pages share, styled from the palette so light and dark themes work.

// A bold label one step above the body text.
QLabel* makeHeading(const QString& text, QWidget* parent = nullptr);
// Secondary text in the muted (placeholder) colour, word-wrapped.
QLabel* makeMuted(const QString& text, QWidget* parent = nullptr);

// Sets a page's title in the wizard's larger heading style (the wizard uses rich-text titles).
void setPageTitle(QWizardPage* page, const QString& title);

// The wizard's side panel: the steps, with the current one marked and the finished ones ticked.
class StepList final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepList)

public:
    explicit StepList(const QStringList& steps, QWidget* parent = nullptr);
    // current is an index into steps; skipped steps are shown as not needed.
    void setCurrent(int current, const QList<int>& skipped);

private:
    QList<QLabel*> m_labels;
    QStringList m_steps;
};

// A figure with a caption ("12,345" over "rows to add").
class Tile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tile)

public:
    explicit Tile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const;
    // Colours the figure to draw the eye (rejected rows): an empty colour restores the default.
    void setAccent(const QString& colour);

private:
    QLabel* m_value;
    QLabel* m_caption;
};

// A message with a coloured bar on its left: information, success, warning or error.
class Notice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notice)

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit Notice(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_text;
};

} // namespace jsna::ui::import
