// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/epidemiology/screenshot_support.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace jsna::test {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x25);
    const QColor base(0x17, 0x19, 0x1C);
    const QColor text(0xE8, 0xEA, 0xED);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1F, 0x22, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2D, 0x30, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xC4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Mid, QColor(0x3A, 0x3F, 0x46));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4F, 0x57));
    p.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x13));
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x71, 0x7A));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x71, 0x7A));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x71, 0x7A));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF6, 0xF7, 0xF9));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF3, 0xF5, 0xF7));
    p.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::Button, QColor(0xEE, 0xF0, 0xF3));
    p.setColor(QPalette::ButtonText, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::Highlight, QColor(0x1D, 0x5A, 0x9A));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x63, 0x68));
    p.setColor(QPalette::Mid, QColor(0xC8, 0xCC, 0xD0));
    return p;
}

QString saveScreenshot(QWidget* widget, const QString& name)
{
    QString dir = qEnvironmentVariable("JSNA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    widget->grab().save(path, "PNG");
    return path;
}

} // namespace jsna::test
