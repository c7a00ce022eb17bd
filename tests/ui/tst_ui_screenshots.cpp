// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the main window at 1280x800 in a light and a dark palette to PNG files
// (build/ui-shots/*.png) for review, and checks that no text on a page is clipped. Uses the demo
// project when the tree has the demo generator, otherwise the small test project.
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/progress.h"
#include "core/project/project.h"
#if __has_include("core/demo/demo_file.h")
#include "core/demo/demo_file.h"
#endif
#include "tests/ui/gui_fixtures.h"
#include "ui/overview/overview_page.h"
#include "ui/shell/help_dialogs.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/project_properties_dialog.h"

using jsna::ui::MainWindow;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x25);
    const QColor base(0x2a, 0x2c, 0x30);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor muted(0x9a, 0xa0, 0xa6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x35, 0x3a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x46, 0x49, 0x4e));
    p.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x74, 0x7a));
    return p;
}

// Labels whose text does not fit their width (no word wrap, no elision).
QStringList clippedLabels(QWidget* root)
{
    QStringList clipped;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || label->pixmap().isNull() == false)
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text()) + 2 * label->margin() +
                           label->contentsMargins().left() + label->contentsMargins().right();
        if (needed > label->width() + 1)
            clipped.append(QStringLiteral("%1 (%2 > %3)").arg(label->text()).arg(needed).arg(label->width()));
    }
    return clipped;
}

} // namespace

class TestUiScreenshots final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QDir m_out{QStringLiteral(JSNA_UI_SHOTS_DIR)};

    // Lets queued refreshes and the layout requests they post run before a grab.
    static void settle()
    {
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
    }

    void shoot(const QString& theme)
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(m_out.filePath(QStringLiteral("%1-welcome.png").arg(theme))));
        QVERIFY(window.controller().openProject(m_project));
        const QStringList names{QStringLiteral("overview"), QStringLiteral("stage1-epidemiology"),
                                QStringLiteral("stage2-workshops"), QStringLiteral("stage3-engagement"),
                                QStringLiteral("report")};
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(page);
            settle();
            QVERIFY(
                window.grab().save(m_out.filePath(QStringLiteral("%1-%2.png").arg(theme, names.at(page)))));
            // The whole page, scrolled content included, for review of what lies below the fold.
            QWidget* content = window.page(page)->widget();
            QVERIFY(content->grab().save(
                m_out.filePath(QStringLiteral("%1-%2-full.png").arg(theme, names.at(page)))));
            const QStringList clipped = clippedLabels(window.page(page));
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        }
        jsna::ui::ProjectPropertiesDialog dialog(*window.controller().project(),
                                                 *window.controller().undoStack(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(m_out.filePath(QStringLiteral("%1-properties.png").arg(theme))));
        dialog.close();
        jsna::ui::UserGuideDialog guide(&window);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QVERIFY(guide.grab().save(m_out.filePath(QStringLiteral("%1-user-guide.png").arg(theme))));
        guide.close();
        jsna::ui::ShortcutsDialog shortcuts(window.actions().menus, &window);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        QVERIFY(shortcuts.grab().save(m_out.filePath(QStringLiteral("%1-shortcuts.png").arg(theme))));
        shortcuts.close();
        window.controller().closeProject();
        settle();
        // The welcome page again, now with a recent project.
        QVERIFY(window.grab().save(m_out.filePath(QStringLiteral("%1-welcome-recent.png").arg(theme))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_screenshots"));
        QSettings().clear(); // recent files of earlier runs would show on the welcome page
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_project = m_dir.filePath(QStringLiteral("shots.jsna"));
#if __has_include("core/demo/demo_file.h")
        jsna::NullProgress progress;
        jsna::demo::writeDemoProject(m_project, progress);
#else
        jsna::test::writeSmallProject(m_project);
#endif
    }

    void lightPalette()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        shoot(QStringLiteral("light"));
    }

    void darkPaletteShots()
    {
        QApplication::setPalette(darkPalette());
        shoot(QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestUiScreenshots)
#include "tst_ui_screenshots.moc"
