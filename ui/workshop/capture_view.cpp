// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/capture_view.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedLayout>

#include "core/evidence/evidence_notifier.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/indicators/indicator_repository.h"
#include "core/project/project.h"
#include "core/workshop/note_input.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "ui/workshop/capture_input.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/kind_bar.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/note_card_delegate.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

CaptureView::CaptureView(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_model(new NoteListModel(project, stack, this))
    , m_list(new QListView(this))
    , m_input(new CaptureInput(this))
    , m_group(new QComboBox(this))
    , m_kinds(new KindBar(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_list->setModel(m_model);
    m_list->setModelColumn(int(NoteListModel::Column::Text));
    m_list->setItemDelegate(new NoteCardDelegate(m_list));
    m_list->setUniformItemSizes(true); // every card has one height: 10,000 notes lay out at once
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setDragEnabled(true);
    m_list->setAccessibleName(tr("Notes"));
    m_list->installEventFilter(this);

    m_empty->setText(
        tr("<p style='font-size:large'><b>No notes yet</b></p>"
           "<p>Type what the room says below and press Enter. Every note is saved the moment it is "
           "filed.</p>"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto* stackHolder = new QWidget(this);
    auto* stacked = new QStackedLayout(stackHolder);
    stacked->addWidget(m_list);
    stacked->addWidget(m_empty);
    auto updateEmpty = [this, stacked] {
        stacked->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_list);
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);

    // The compose area: kind, attribution, the capture line and what just happened.
    auto* compose = new QFrame(this);
    compose->setObjectName(QStringLiteral("captureCompose"));
    compose->setFrameShape(QFrame::StyledPanel);
    compose->setBackgroundRole(QPalette::AlternateBase);
    compose->setAutoFillBackground(true);
    auto* composeLayout = new QVBoxLayout(compose);
    composeLayout->setContentsMargins(12, 10, 12, 8);
    composeLayout->setSpacing(6);
    auto* top = new QHBoxLayout;
    top->addWidget(m_kinds);
    top->addStretch();
    auto* groupLabel = new QLabel(tr("Said &by:"), compose);
    groupLabel->setBuddy(m_group);
    top->addWidget(groupLabel);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setMinimumContentsLength(22);
    m_group->lineEdit()->setPlaceholderText(tr("not attributed"));
    m_group->setToolTip(tr("Who said it: a stakeholder group (Ctrl+G). Kept for the following notes."));
    top->addWidget(m_group);
    composeLayout->addLayout(top);

    m_input->setFont(scaledFont(font(), 1.2));
    m_input->setPlaceholderText(tr("Type a note and press Enter   ·   ? question   ! action   i: idea   * "
                                   "insight   = conclusion   #tag   @evidence"));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumHeight(QFontMetrics(m_input->font()).height() + 18);
    m_input->setAccessibleName(tr("New note"));
    composeLayout->addWidget(m_input);
    m_status->setFont(scaledFont(font(), 0.9));
    composeLayout->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(stackHolder, 1);
    layout->addWidget(compose);
    setFocusProxy(m_input);

    connect(m_input, &CaptureInput::submitted, this, &CaptureView::fileNote);
    connect(m_input, &QLineEdit::textChanged, this, &CaptureView::previewKind);
    m_input->installEventFilter(this); // Ctrl+1..6: see eventFilter()
    connect(m_kinds, &KindBar::kindChosen, this, [this](NoteKind kind) {
        setDraftKind(kind);
        m_input->setFocus();
    });
    auto* link = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    link->setContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QShortcut::activated, this, [this] {
        m_input->setFocus();
        m_input->startLink();
    });
    auto* group = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    group->setContext(Qt::WidgetWithChildrenShortcut);
    connect(group, &QShortcut::activated, this, [this] {
        m_group->setFocus();
        m_group->lineEdit()->selectAll();
    });
    connect(m_group->lineEdit(), &QLineEdit::returnPressed, m_input, qOverload<>(&QWidget::setFocus));

    // Follow the latest note unless the user has scrolled back to read.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followLatest = value >= m_list->verticalScrollBar()->maximum() - 2; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followLatest)
            m_list->scrollToBottom();
    });
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::focusNotesRequested, this,
            [this](qint64 workshopId, const QList<qint64>& ids) {
                if (workshopId == m_model->workshopId())
                    showNotes(ids);
            });
    connect(&notifier, &WorkshopNotifier::participantsChanged, this, &CaptureView::reloadGroups);
    evidence::EvidenceNotifier& evidenceNotifier = evidence::EvidenceNotifier::of(project);
    for (auto signal :
         {&evidence::EvidenceNotifier::evidenceAdded, &evidence::EvidenceNotifier::evidenceChanged,
          &evidence::EvidenceNotifier::evidenceRemoved})
        connect(&evidenceNotifier, signal, this, &CaptureView::reloadLinkTargets);
    reloadLinkTargets();
    reloadGroups();
    updateEmpty();
    showStatus(
        tr("Enter files the note. Ctrl+1–6 set the kind, Ctrl+L links evidence, Ctrl+G says who said it."));
}

void CaptureView::setWorkshop(qint64 workshopId)
{
    m_model->setWorkshop(workshopId);
    reloadGroups();
    m_input->setEnabled(workshopId != 0);
    m_list->scrollToBottom();
    m_followLatest = true;
}

qint64 CaptureView::workshopId() const
{
    return m_model->workshopId();
}

void CaptureView::showNotes(const QList<qint64>& noteIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : noteIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, int(NoteListModel::Column::Text));
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_list->scrollTo(first);
}

void CaptureView::reloadLinkTargets()
{
    QList<LinkTarget> targets;
    for (const evidence::EvidenceItem& item : evidence::EvidenceRepository(m_project).all())
        targets << LinkTarget{{NoteLink::Target::Evidence, item.id}, item.data.finding};
    for (const indicators::Indicator& indicator : indicators::IndicatorRepository(m_project.database()).all())
        targets << LinkTarget{{NoteLink::Target::Indicator, indicator.id}, indicator.name};
    m_input->setLinkTargets(targets);
}

void CaptureView::reloadGroups()
{
    const QString current = m_group->currentText();
    QStringList groups = defaultStakeholderGroups();
    if (m_model->workshopId() != 0) {
        for (const QString& used : NoteRepository(m_project).stakeholderGroupsUsed(m_model->workshopId()))
            if (!groups.contains(used, Qt::CaseInsensitive))
                groups << used;
    }
    m_group->clear();
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

void CaptureView::fileNote()
{
    if (m_model->workshopId() == 0) {
        showStatus(tr("Choose or create a workshop first."), true);
        return;
    }
    const CapturedInput captured = parseCaptureInput(m_input->text(), m_draftKind);
    if (captured.text.isEmpty()) {
        if (m_input->text().trimmed().isEmpty())
            m_input->reset(); // stray spaces; a lone prefix ("?") stays for the words to follow
        return;
    }
    NoteData draft;
    draft.kind = captured.kind;
    draft.text = captured.text;
    draft.stakeholderGroup = m_group->currentText().trimmed();
    draft.links = m_input->linksInText();
    try {
        const Note note = commands::fileNote(m_project, m_stack, m_model->workshopId(), draft);
        m_input->reset();
        setDraftKind(NoteKind::Observation);
        m_followLatest = true;
        m_list->scrollToBottom();
        showNotes({note.id});
        showStatus(
            tr("%1 filed at %2 and saved.")
                .arg(noteKindLabel(note.data.kind), note.created().toString(QStringLiteral("HH:mm:ss"))));
        if (!draft.stakeholderGroup.isEmpty() && m_group->findText(draft.stakeholderGroup) < 0)
            m_group->addItem(draft.stakeholderGroup);
        emit noteFiled(note.id);
    } catch (const ProjectError& error) {
        // The text stays in the line, so nothing typed is lost.
        showStatus(tr("Not filed: %1").arg(error.message()), true);
    }
}

void CaptureView::setDraftKind(NoteKind kind)
{
    m_draftKind = kind;
    previewKind();
}

void CaptureView::previewKind()
{
    const NoteKind shown = parseCaptureInput(m_input->text(), m_draftKind).kind;
    m_kinds->showKind(shown);
}

void CaptureView::applyKindShortcut(NoteKind kind)
{
    const QList<qint64> selected = selectedNoteIds();
    if (m_list->hasFocus() && !selected.isEmpty()) {
        run([&] { commands::setNotesKind(m_project, m_stack, selected, kind); });
        return;
    }
    setDraftKind(kind);
    m_input->setFocus();
}

QList<qint64> CaptureView::selectedNoteIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes())
        ids << m_model->noteIdAt(index.row());
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_model->rowOf(a) < m_model->rowOf(b); });
    return ids;
}

bool CaptureView::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+1..6 set the kind here, though the main window may use Ctrl+digits for its pages: the
    // capture line and the list claim the keys (ShortcutOverride) while they have focus.
    if ((watched == m_input || watched == m_list) &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int kind = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::ControlModifier && kind >= 0 && kind < kNoteKindCount) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                applyKindShortcut(NoteKind(kind));
            return true;
        }
    }
    // Only while the list itself has focus, not an editor inside it.
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->hasFocus())
        return handleListKey(static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

bool CaptureView::handleListKey(QKeyEvent* event)
{
    const QList<qint64> selected = selectedNoteIds();
    const qint64 current = m_model->noteIdAt(m_list->currentIndex().row());
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (selected.isEmpty())
            return false;
        run([&] {
            const int row = m_model->rowOf(selected.constFirst());
            commands::removeNotes(m_project, m_stack, selected);
            const int next = std::min(row, m_model->rowCount() - 1);
            if (next >= 0)
                m_list->setCurrentIndex(m_model->index(next, int(NoteListModel::Column::Text)));
            showStatus(selected.size() == 1
                           ? tr("Deleted the note. Ctrl+Z brings it back.")
                           : tr("Deleted %1 notes. Ctrl+Z brings them back.").arg(selected.size()));
        });
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!alt || current == 0)
            return false;
        run([&] { commands::moveNote(m_project, m_stack, current, event->key() == Qt::Key_Up ? -1 : +1); });
        showNotes({current});
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        if (selected.isEmpty())
            return false;
        run([&] {
            commands::changeNoteVotes(m_project, m_stack, selected, event->key() == Qt::Key_Minus ? -1 : +1);
        });
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_list->currentIndex().isValid())
            return false;
        m_list->edit(m_list->currentIndex());
        return true;
    case Qt::Key_Escape:
        m_input->setFocus();
        return true;
    default:
        return false;
    }
}

void CaptureView::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? kindColour(NoteKind::Action) : palette.color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

void CaptureView::run(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const ProjectError& error) {
        showStatus(error.message(), true);
    }
}

} // namespace jsna::ui::workshop
