// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/conclusions_view.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>

#include "core/evidence/evidence_notifier.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/indicators/indicator_repository.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/note_filter_proxy.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/note_card_delegate.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

namespace {

constexpr int kTargetRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

} // namespace

ConclusionsView::ConclusionsView(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_notes(new NoteListModel(project, stack, this))
    , m_filter(new NoteFilterProxy(this))
    , m_list(new QListView(this))
    , m_evidence(new QListWidget(this))
    , m_agree(new QPushButton(tr("Mark as agreed"), this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(m_notes);
    m_filter->setKind(NoteKind::Conclusion);
    m_list->setModel(m_filter);
    m_list->setModelColumn(int(NoteListModel::Column::Text));
    m_list->setItemDelegate(new NoteCardDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setSpacing(3);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto* title = new QLabel(tr("Conclusions"), left);
    title->setFont(scaledFont(font(), 1.15, true));
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_agree);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(
        tr("File conclusions with “=” in the capture line. Space marks the selected conclusion as agreed; "
           "agreed conclusions and the evidence they rest on feed the report."));
    leftLayout->addWidget(m_status);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto* evidenceTitle = new QLabel(tr("Evidence it rests on"), right);
    evidenceTitle->setFont(scaledFont(font(), 1.15, true));
    rightLayout->addWidget(evidenceTitle);
    rightLayout->addWidget(m_evidence, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_agree, &QPushButton::clicked, this, &ConclusionsView::toggleAgreed);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConclusionsView::showEvidenceFor);
    // Queued: a tick in the list changes the note, whose change must not rebuild the list inside its own
    // signal.
    connect(m_notes, &QAbstractItemModel::dataChanged, this, &ConclusionsView::showEvidenceFor,
            Qt::QueuedConnection);
    connect(m_evidence, &QListWidget::itemChanged, this, &ConclusionsView::evidenceToggled);
    auto& evidenceNotifier = evidence::EvidenceNotifier::of(project);
    connect(&evidenceNotifier, &evidence::EvidenceNotifier::evidenceAdded, this,
            &ConclusionsView::showEvidenceFor);
    connect(&evidenceNotifier, &evidence::EvidenceNotifier::evidenceChanged, this,
            &ConclusionsView::showEvidenceFor);
    connect(&evidenceNotifier, &evidence::EvidenceNotifier::evidenceRemoved, this,
            &ConclusionsView::showEvidenceFor);
    showEvidenceFor();
}

void ConclusionsView::setWorkshop(qint64 workshopId)
{
    m_notes->setWorkshop(workshopId);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, int(NoteListModel::Column::Text)));
    showEvidenceFor();
}

qint64 ConclusionsView::currentNoteId() const
{
    return m_list->currentIndex().data(NoteListModel::NoteIdRole).toLongLong();
}

void ConclusionsView::toggleAgreed()
{
    const qint64 id = currentNoteId();
    if (id == 0)
        return;
    const bool agreed = m_list->currentIndex().data(NoteListModel::AgreedRole).toBool();
    run([&] { commands::setNotesAgreed(m_project, m_stack, {id}, !agreed); });
}

void ConclusionsView::showEvidenceFor()
{
    const qint64 id = currentNoteId();
    m_agree->setEnabled(id != 0);
    m_agree->setText(m_list->currentIndex().data(NoteListModel::AgreedRole).toBool()
                         ? tr("Mark as not agreed")
                         : tr("Mark as agreed"));
    QList<NoteLink> links;
    if (id != 0)
        if (const auto note = NoteRepository(m_project).find(id))
            links = note->data.links;
    m_filling = true;
    m_evidence->clear();
    auto add = [&](NoteLink link, const QString& label, const QString& kind) {
        auto* item = new QListWidgetItem(label, m_evidence);
        item->setToolTip(kind);
        item->setData(kTargetRole, int(link.target));
        item->setData(kIdRole, link.id);
        item->setFlags(id != 0 ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
        item->setCheckState(links.contains(link) ? Qt::Checked : Qt::Unchecked);
    };
    for (const evidence::EvidenceItem& item : evidence::EvidenceRepository(m_project).all())
        add({NoteLink::Target::Evidence, item.id}, item.data.finding, tr("Evidence item"));
    // Indicators appear when a note links one directly ("@" in the capture line).
    for (const NoteLink& link : std::as_const(links)) {
        if (link.target != NoteLink::Target::Indicator)
            continue;
        const auto indicator = indicators::IndicatorRepository(m_project.database()).find(link.id);
        add(link, indicator ? tr("Indicator: %1").arg(indicator->name) : tr("Indicator %1").arg(link.id),
            tr("Indicator"));
    }
    m_filling = false;
}

void ConclusionsView::evidenceToggled()
{
    if (m_filling || currentNoteId() == 0)
        return;
    QList<NoteLink> links;
    for (int row = 0; row < m_evidence->count(); ++row) {
        const QListWidgetItem* item = m_evidence->item(row);
        if (item->checkState() == Qt::Checked)
            links << NoteLink{NoteLink::Target(item->data(kTargetRole).toInt()),
                              item->data(kIdRole).toLongLong()};
    }
    const qint64 id = currentNoteId();
    run([&] { commands::setNoteLinks(m_project, m_stack, id, links); });
}

bool ConclusionsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->hasFocus() &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space) {
        toggleAgreed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConclusionsView::run(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const ProjectError& error) {
        m_status->setText(error.message());
    }
}

} // namespace jsna::ui::workshop
