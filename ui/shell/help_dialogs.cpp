// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/help_dialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/project/schema.h"
#include "ui/widgets/themed_icon.h"

namespace jsna::ui {

QString aboutText()
{
    return QObject::tr(
               "<h3>JSNA Workbench %1</h3>"
               "<p>A desktop workbench for Joint Strategic Needs Assessments: the epidemiology review, "
               "stakeholder workshops, community insight and co-design, and the report.</p>"
               "<p>Project file schema version %2.<br>Built with Qt %3 (running on Qt %4).</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.<br>"
               "Demo projects hold synthetic data: they describe no real place or person.</p>")
        .arg(QStringLiteral(JSNA_VERSION))
        .arg(project::currentSchemaVersion())
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void showAboutDialog(QWidget* parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(QObject::tr("About JSNA Workbench"));
    box.setIconPixmap(applicationIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.exec();
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("JSNA Workbench User Guide"));
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& menus, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    for (QAction* menuAction : menus) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        const QString menuName = menuAction->text().remove(u'&');
        for (QAction* action : menu->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            auto* item = new QTreeWidgetItem(
                tree, {QStringLiteral("%1 \u203a %2").arg(menuName, action->text().remove(u'&')),
                       keys.join(QStringLiteral(", "))});
            item->setToolTip(0, action->statusTip());
        }
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 440);
}

} // namespace jsna::ui
