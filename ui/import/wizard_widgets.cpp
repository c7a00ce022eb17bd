// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/wizard_widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace jsna::ui::import {

namespace {

void scaleFont(QWidget* widget, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

} // namespace

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    scaleFont(label, 1.1, true);
    return label;
}

QLabel* makeMuted(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

void setPageTitle(QWizardPage* page, const QString& title)
{
    page->setTitle(QStringLiteral("<span style=\"font-size: 14pt; font-weight: 600;\">%1</span>")
                       .arg(title.toHtmlEscaped()));
}

StepList::StepList(const QStringList& steps, QWidget* parent)
    : QFrame(parent)
    , m_steps(steps)
{
    setObjectName(QStringLiteral("ImportSteps"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFixedWidth(190);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 18, 0, 18);
    layout->setSpacing(2);
    auto* heading = makeMuted(tr("IMPORT DATA"), this);
    QFont small = heading->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setWeight(QFont::DemiBold);
    small.setLetterSpacing(QFont::PercentageSpacing, 108);
    heading->setFont(small);
    heading->setContentsMargins(18, 0, 12, 8);
    layout->addWidget(heading);
    for (int i = 0; i < steps.size(); ++i) {
        auto* label = new QLabel(this);
        label->setContentsMargins(14, 7, 12, 7);
        label->setTextFormat(Qt::RichText);
        m_labels.append(label);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    setCurrent(0, {});
}

void StepList::setCurrent(int current, const QList<int>& skipped)
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString text = palette().color(QPalette::Text).name();
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel* label = m_labels.at(i);
        const QString name = m_steps.at(i).toHtmlEscaped();
        QString marker = QString::number(i + 1);
        QString colour = muted;
        QString weight = QStringLiteral("400");
        QString border = QStringLiteral("transparent");
        if (skipped.contains(i)) {
            marker = QStringLiteral("–");
        } else if (i < current) {
            marker = QStringLiteral("✓");
            colour = text;
        } else if (i == current) {
            colour = text;
            weight = QStringLiteral("600");
            border = QStringLiteral("#2b7bbd");
        }
        label->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid %1; %2 }")
                                 .arg(border, i == current
                                                  ? QStringLiteral("background: rgba(43, 123, 189, 0.10);")
                                                  : QString()));
        label->setText(
            QStringLiteral("<span style=\"color:%1; font-weight:%2;\">%3&nbsp;&nbsp;&nbsp;%4</span>")
                .arg(colour, weight, marker, name));
    }
}

Tile::Tile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("\u2013"), this))
    , m_caption(makeMuted(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    scaleFont(m_value, 1.7, true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(0);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Tile::setValue(const QString& value)
{
    m_value->setText(value);
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + value);
}

QString Tile::value() const
{
    return m_value->text();
}

void Tile::setAccent(const QString& colour)
{
    m_value->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
}

Notice::Notice(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text);
    setObjectName(QStringLiteral("ImportNotice"));
    hide();
}

void Notice::showMessage(Kind kind, const QString& text)
{
    // Colours of the Fingertips palette (better, similar, worse) plus the app's accent blue.
    const char* bar = "#2b7bbd";
    const char* tint = "rgba(43, 123, 189, 0.10)";
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        bar = "#4f8f00";
        tint = "rgba(146, 208, 80, 0.16)";
        break;
    case Kind::Warning:
        bar = "#d49a00";
        tint = "rgba(255, 192, 0, 0.16)";
        break;
    case Kind::Error:
        bar = "#c00000";
        tint = "rgba(192, 0, 0, 0.10)";
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#ImportNotice { border-left: 4px solid %1; background: %2; }")
                      .arg(QLatin1String(bar), QLatin1String(tint)));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Notice::text() const
{
    return m_text->text();
}

} // namespace jsna::ui::import
