// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshop_stage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/workshop_export.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/capture_view.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/conclusions_view.h"
#include "ui/workshop/models/workshop_list_model.h"
#include "ui/workshop/presenter_window.h"
#include "ui/workshop/priority_view.h"
#include "ui/workshop/search_view.h"
#include "ui/workshop/theme_board.h"
#include "ui/workshop/workshop_details.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

namespace {

// A workshop in the sidebar: its title, and its date underneath.
class WorkshopItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {200, QFontMetrics(option.font).lineSpacing() * 2 + 16};
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect area = option.rect.adjusted(10, 8, -10, -8);
        const QFont bold = scaledFont(option.font, 1.0, true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            area, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, area.width()));
        const QString date =
            index.model()->index(index.row(), int(WorkshopListModel::Column::Date)).data().toString();
        painter->setFont(scaledFont(option.font, 0.9));
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                          date.isEmpty() ? QObject::tr("No date set") : date);
        painter->restore();
    }
};

} // namespace

WorkshopStage::WorkshopStage(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_workshops(new WorkshopListModel(project, this))
{
    m_capture = new CaptureView(project, stack, this);
    m_details = new WorkshopDetails(project, stack, this);
    m_themes = new ThemeBoard(project, stack, this);
    m_priorities = new PriorityView(project, stack, this);
    m_conclusions = new ConclusionsView(project, stack, this);
    m_search = new SearchView(project, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_capture, tr("&Capture"));
    m_tabs->addTab(m_details, tr("&Details and participants"));
    m_tabs->addTab(m_themes, tr("&Themes and votes"));
    m_tabs->addTab(m_priorities, tr("&Prioritise"));
    m_tabs->addTab(m_conclusions, tr("C&onclusions"));
    m_tabs->addTab(m_search, tr("&Search all notes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorkshopStage::loadTab);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x1c));
    m_banner->setPalette(warning);
    m_banner->hide();

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(16, 12, 16, 12);
    mainLayout->addWidget(buildHeader());
    mainLayout->addWidget(m_banner);
    mainLayout->addWidget(m_tabs, 1);

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* emptyText = new QLabel(
        tr("<h2>Stakeholder workshops</h2><p>Test the Stage 1 findings with the people who live and "
           "work with them, and capture what the room says as it is said.</p>"),
        empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto* create = new QPushButton(tr("New workshop…"), empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(create, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(create, &QPushButton::clicked, this, [this] { newWorkshop(); });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(main);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar());
    layout->addWidget(m_pages, 1);

    auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::Key_F5), [this] { showPresenter(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { showTab(Tab::Search); });
    connect(m_search, &SearchView::noteActivated, this, &WorkshopStage::openNote);

    auto& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::writeFailed, this, &WorkshopStage::showError);
    connect(&notifier, &WorkshopNotifier::workshopChanged, this, &WorkshopStage::updateHeader);
    for (auto signal : {&WorkshopNotifier::notesAdded, &WorkshopNotifier::notesRemoved})
        connect(&notifier, signal, this, &WorkshopStage::updateHeader);
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, [this] {
        if (!WorkshopRepository(m_project).find(m_workshopId))
            selectWorkshop(m_workshops->workshopIdAt(0)); // deleted: show another
        updateHeader();
    });
    selectWorkshop(m_workshops->workshopIdAt(0));
}

WorkshopStage::~WorkshopStage() = default;

QWidget* WorkshopStage::buildSidebar()
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("workshopSidebar"));
    sidebar->setBackgroundRole(QPalette::AlternateBase);
    sidebar->setAutoFillBackground(true);
    sidebar->setFixedWidth(260);
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(10, 14, 10, 10);
    auto* title = new QLabel(tr("Workshops"), sidebar);
    title->setFont(scaledFont(font(), 1.15, true));
    layout->addWidget(title);
    m_list = new QListView(sidebar);
    m_list->setModel(m_workshops);
    m_list->setItemDelegate(new WorkshopItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Workshops"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New…"), sidebar);
    add->setToolTip(tr("New workshop"));
    auto* remove = new QPushButton(tr("Delete"), sidebar);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { newWorkshop(); });
    connect(remove, &QPushButton::clicked, this, &WorkshopStage::deleteWorkshop);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = m_workshops->workshopIdAt(current.row());
                if (id != 0 && id != m_workshopId)
                    selectWorkshop(id);
            });
    return sidebar;
}

QWidget* WorkshopStage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    auto* text = new QVBoxLayout;
    m_title = new QLabel(header);
    m_title->setFont(scaledFont(font(), 1.6, true));
    m_meta = new QLabel(header);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(m_title);
    text->addWidget(m_meta);
    layout->addLayout(text, 1);
    auto* presenter = new QPushButton(tr("Presenter view"), header);
    presenter->setToolTip(tr("A second window for the projector (F5)"));
    auto* exports = new QPushButton(tr("Export"), header);
    auto* menu = new QMenu(exports);
    menu->addAction(tr("Workshop summary (HTML)…"), this, [this] { exportHtml(); });
    menu->addAction(tr("Notes (CSV)…"), this, [this] { exportCsv(); });
    exports->setMenu(menu);
    layout->addWidget(presenter, 0, Qt::AlignTop);
    layout->addWidget(exports, 0, Qt::AlignTop);
    connect(presenter, &QPushButton::clicked, this, &WorkshopStage::showPresenter);
    return header;
}

void WorkshopStage::selectWorkshop(qint64 workshopId)
{
    if (workshopId == m_workshopId && !m_loadedTabs.isEmpty())
        return; // already showing it
    m_workshopId = workshopId;
    m_pages->setCurrentIndex(workshopId != 0 ? 1 : 0);
    const int row = m_workshops->rowOf(workshopId);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_workshops->index(row, 0));
    // Only the tab on show loads now; the others when they are shown (a 10,000-note workshop opens
    // in one load, not four).
    m_loadedTabs.clear();
    loadTab(m_tabs->currentIndex());
    if (m_presenter)
        m_presenter->setWorkshop(workshopId);
    updateHeader();
}

void WorkshopStage::loadTab(int index)
{
    if (index < 0 || m_loadedTabs.contains(index))
        return;
    m_loadedTabs.insert(index);
    switch (Tab(index)) {
    case Tab::Capture:
        m_capture->setWorkshop(m_workshopId);
        break;
    case Tab::Details:
        m_details->setWorkshop(m_workshopId);
        break;
    case Tab::Themes:
        m_themes->setWorkshop(m_workshopId);
        break;
    case Tab::Prioritise:
        m_priorities->setWorkshop(m_workshopId);
        break;
    case Tab::Conclusions:
        m_conclusions->setWorkshop(m_workshopId);
        break;
    case Tab::Search:
        break; // searches every workshop
    }
}

void WorkshopStage::updateHeader()
{
    const auto workshop = WorkshopRepository(m_project).find(m_workshopId);
    if (!workshop) {
        m_title->clear();
        m_meta->clear();
        return;
    }
    const WorkshopData& w = workshop->data;
    m_title->setText(w.title);
    QStringList meta;
    if (w.date.isValid())
        meta << QLocale().toString(w.date, QLocale::LongFormat);
    if (w.online)
        meta << (w.place.isEmpty() ? tr("Online") : tr("Online (%1)").arg(w.place));
    else if (!w.place.isEmpty())
        meta << w.place;
    if (!w.facilitator.isEmpty())
        meta << tr("facilitated by %1").arg(w.facilitator);
    const qint64 notes = NoteRepository(m_project).countOf(m_workshopId);
    meta << (notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
}

void WorkshopStage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    if (tab == Tab::Search)
        m_search->focusQuery();
    else if (tab == Tab::Capture)
        m_capture->setFocus();
}

void WorkshopStage::showPresenter()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_project, m_stack, this);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_presenter->setWorkshop(m_workshopId);
    m_presenter->show();
    m_presenter->raise();
}

void WorkshopStage::newWorkshop(const QString& title)
{
    QString name = title;
    if (name.isEmpty())
        name = QInputDialog::getText(this, tr("New workshop"), tr("Title:")).trimmed();
    if (name.isEmpty())
        return;
    try {
        const Workshop workshop =
            commands::addWorkshop(m_project, m_stack, {name, QDate::currentDate(), {}, false, {}, {}, {}});
        selectWorkshop(workshop.id);
        showTab(Tab::Capture);
    } catch (const ProjectError& error) {
        showError(error.message());
    }
}

void WorkshopStage::deleteWorkshop()
{
    const auto workshop = WorkshopRepository(m_project).find(m_workshopId);
    if (!workshop)
        return;
    const qint64 notes = NoteRepository(m_project).countOf(m_workshopId);
    if (QMessageBox::question(this, tr("Delete workshop"),
                              tr("Delete “%1” and its %2 notes? Edit ▸ Undo brings it all back.")
                                  .arg(workshop->data.title)
                                  .arg(notes)) != QMessageBox::Yes)
        return;
    try {
        commands::removeWorkshop(m_project, m_stack, m_workshopId);
    } catch (const ProjectError& error) {
        showError(error.message());
    }
}

void WorkshopStage::exportHtml(const QString& path)
{
    const QString file = !path.isEmpty()
                             ? path
                             : QFileDialog::getSaveFileName(this, tr("Export workshop summary"),
                                                            m_title->text() + QStringLiteral(".html"),
                                                            tr("Web page (*.html)"));
    if (file.isEmpty() || m_workshopId == 0)
        return;
    try {
        exportWorkshopHtml(m_project, m_workshopId, file);
    } catch (const ProjectError& error) {
        showError(error.describe());
    }
}

void WorkshopStage::exportCsv(const QString& path)
{
    const QString file =
        !path.isEmpty()
            ? path
            : QFileDialog::getSaveFileName(this, tr("Export notes"), m_title->text() + QStringLiteral(".csv"),
                                           tr("CSV (*.csv)"));
    if (file.isEmpty() || m_workshopId == 0)
        return;
    try {
        exportWorkshopCsv(m_project, m_workshopId, file);
    } catch (const ProjectError& error) {
        showError(error.describe());
    }
}

void WorkshopStage::openNote(qint64 workshopId, qint64 noteId)
{
    selectWorkshop(workshopId);
    showTab(Tab::Capture);
    m_capture->showNotes({noteId});
    m_capture->list()->setFocus();
}

void WorkshopStage::showError(const QString& message)
{
    m_banner->setText(tr("Could not save a change: %1").arg(message));
    m_banner->show();
}

} // namespace jsna::ui::workshop
