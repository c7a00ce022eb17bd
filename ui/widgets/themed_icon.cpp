// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/themed_icon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace jsna::ui {

namespace {

// The icons are drawn with stroke="#000000"; this engine substitutes the palette colour.
class ThemedSvgIconEngine final : public QIconEngine
{
public:
    ThemedSvgIconEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new ThemedSvgIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("jsna-themed-svg"); }
    QString iconName() override { return m_name; }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        return svg.replace("#000000", colour.name().toLatin1());
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgIconEngine(name, file.readAll()));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/jsna-workbench.svg"));
}

} // namespace jsna::ui
