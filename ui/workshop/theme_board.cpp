// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/theme_board.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>

#include "core/foundation/project_error.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/note_filter_proxy.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/models/theme_model.h"
#include "ui/workshop/note_card_delegate.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(scaledFont(parent->font(), 1.15, true));
    return label;
}

} // namespace

ThemeBoard::ThemeBoard(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_notes(new NoteListModel(project, stack, this))
    , m_filter(new NoteFilterProxy(this))
    , m_themes(new ThemeModel(project, stack, this))
    , m_notesView(new QListView(this))
    , m_themesView(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_prompt = [this] {
        return QInputDialog::getText(this, tr("New theme"), tr("Theme title:")).trimmed();
    };
    m_filter->setSourceModel(m_notes);
    m_filter->setTheme(NoteFilterProxy::kNoTheme);
    m_notesView->setModel(m_filter);
    m_notesView->setModelColumn(int(NoteListModel::Column::Text));
    m_notesView->setItemDelegate(new NoteCardDelegate(m_notesView));
    m_notesView->setUniformItemSizes(true);
    m_notesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_notesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notesView->setDragEnabled(true);
    m_notesView->setDragDropMode(QAbstractItemView::DragOnly);
    m_notesView->setDefaultDropAction(Qt::CopyAction);
    m_notesView->setFrameShape(QFrame::NoFrame);
    m_notesView->installEventFilter(this);

    m_themesView->setModel(m_themes);
    m_themesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_themesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_themesView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_themesView->setAcceptDrops(true);
    m_themesView->setDropIndicatorShown(true);
    m_themesView->setDragDropMode(QAbstractItemView::DropOnly);
    m_themesView->setDefaultDropAction(Qt::CopyAction);
    m_themesView->verticalHeader()->hide();
    m_themesView->horizontalHeader()->setSectionResizeMode(int(ThemeModel::Column::Title),
                                                           QHeaderView::Stretch);
    m_themesView->horizontalHeader()->setSectionResizeMode(int(ThemeModel::Column::Notes),
                                                           QHeaderView::ResizeToContents);
    m_themesView->horizontalHeader()->setSectionResizeMode(int(ThemeModel::Column::Votes),
                                                           QHeaderView::ResizeToContents);
    m_themesView->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() * 2);
    m_themesView->setAlternatingRowColors(true);
    m_themesView->installEventFilter(this);

    auto* notesPanel = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPanel);
    notesLayout->setContentsMargins(0, 0, 6, 0);
    auto* notesTop = new QHBoxLayout;
    notesTop->addWidget(heading(tr("Notes"), notesPanel));
    notesTop->addStretch();
    notesTop->addWidget(new QLabel(tr("Show:"), notesPanel));
    notesTop->addWidget(m_show);
    notesLayout->addLayout(notesTop);
    notesLayout->addWidget(m_notesView, 1);

    auto* themesPanel = new QWidget(this);
    auto* themesLayout = new QVBoxLayout(themesPanel);
    themesLayout->setContentsMargins(6, 0, 0, 0);
    themesLayout->addWidget(heading(tr("Themes"), themesPanel));
    themesLayout->addWidget(m_themesView, 1);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("New theme from selection"), themesPanel);
    create->setToolTip(tr("Ctrl+T"));
    auto* assign = new QPushButton(tr("Assign to theme"), themesPanel);
    assign->setToolTip(tr("Assign the selected notes to the selected theme (A)"));
    auto* takeOut = new QPushButton(tr("Take out of theme"), themesPanel);
    auto* remove = new QPushButton(tr("Delete theme"), themesPanel);
    buttons->addWidget(create);
    buttons->addWidget(assign);
    buttons->addWidget(takeOut);
    buttons->addStretch();
    buttons->addWidget(remove);
    themesLayout->addLayout(buttons);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(
        tr("Drag notes onto a theme, or select notes and press A to put them in the selected theme. "
           "+ and − enter dot votes for the selected theme or notes."));
    themesLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(notesPanel);
    splitter->addWidget(themesPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(create, &QPushButton::clicked, this, &ThemeBoard::newThemeFromSelection);
    connect(assign, &QPushButton::clicked, this, &ThemeBoard::assignSelectionToCurrentTheme);
    connect(takeOut, &QPushButton::clicked, this,
            [this] { run([&] { commands::setNotesTheme(m_project, m_stack, selectedNoteIds(), 0); }); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 theme = currentThemeId())
            run([&] { commands::removeTheme(m_project, m_stack, theme); });
    });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ThemeBoard::newThemeFromSelection);
    connect(m_show, &QComboBox::activated, this,
            [this] { m_filter->setTheme(m_show->currentData().toLongLong()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_themes, signal, this, &ThemeBoard::reloadFilterChoices);
    connect(m_themes, &QAbstractItemModel::dataChanged, this, &ThemeBoard::reloadFilterChoices);
    connect(m_themes, &QAbstractItemModel::modelReset, this, &ThemeBoard::reloadFilterChoices);
    reloadFilterChoices();
}

void ThemeBoard::setWorkshop(qint64 workshopId)
{
    m_notes->setWorkshop(workshopId);
    m_themes->setWorkshop(workshopId);
}

void ThemeBoard::reloadFilterChoices()
{
    const qint64 current = m_filter->theme();
    m_show->clear();
    m_show->addItem(tr("Not in a theme"), NoteFilterProxy::kNoTheme);
    m_show->addItem(tr("All notes"), NoteFilterProxy::kAnyTheme);
    for (int row = 0; row < m_themes->rowCount(); ++row)
        m_show->addItem(m_themes->index(row, 0).data().toString(), m_themes->themeIdAt(row));
    const int index = m_show->findData(current);
    m_show->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        m_filter->setTheme(NoteFilterProxy::kNoTheme);
}

QList<qint64> ThemeBoard::selectedNoteIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_notesView->selectionModel()->selectedIndexes())
        ids << index.data(NoteListModel::NoteIdRole).toLongLong();
    return ids;
}

qint64 ThemeBoard::currentThemeId() const
{
    return m_themes->themeIdAt(m_themesView->currentIndex().row());
}

void ThemeBoard::newThemeFromSelection()
{
    if (m_notes->workshopId() == 0)
        return;
    const QList<qint64> ids = selectedNoteIds();
    const QString title = m_prompt();
    if (title.isEmpty())
        return;
    run([&] {
        const auto theme = commands::addThemeWithNotes(m_project, m_stack, m_notes->workshopId(), title, ids);
        m_themesView->setCurrentIndex(m_themes->index(m_themes->rowOf(theme.id), 0));
    });
}

void ThemeBoard::assignSelectionToCurrentTheme()
{
    const qint64 theme = currentThemeId();
    const QList<qint64> ids = selectedNoteIds();
    if (theme == 0 || ids.isEmpty()) {
        m_status->setText(tr("Select one or more notes and a theme first."));
        return;
    }
    run([&] { commands::setNotesTheme(m_project, m_stack, ids, theme); });
}

bool ThemeBoard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plus = key->key() == Qt::Key_Plus || key->key() == Qt::Key_Equal;
    const bool minus = key->key() == Qt::Key_Minus;
    if (watched == m_notesView && m_notesView->hasFocus()) {
        if (key->key() == Qt::Key_A && key->modifiers() == Qt::NoModifier) {
            assignSelectionToCurrentTheme();
            return true;
        }
        if ((plus || minus) && !selectedNoteIds().isEmpty()) {
            run([&] { commands::changeNoteVotes(m_project, m_stack, selectedNoteIds(), plus ? 1 : -1); });
            return true;
        }
    }
    if (watched == m_themesView && m_themesView->hasFocus() && currentThemeId() != 0) {
        if (plus || minus) {
            run([&] { commands::changeThemeVotes(m_project, m_stack, currentThemeId(), plus ? 1 : -1); });
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            run([&] { commands::removeTheme(m_project, m_stack, currentThemeId()); });
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ThemeBoard::run(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const ProjectError& error) {
        m_status->setText(error.message());
    }
}

} // namespace jsna::ui::workshop
