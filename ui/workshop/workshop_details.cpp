// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshop_details.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>

#include "core/evidence/evidence_notifier.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/participant_model.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

namespace {

const QDate kNoDate(2000, 1, 1); // the date edit's minimum, shown as "Not set"

// Edits a cell with a combo box of choices: free text over suggestions, or a fixed list whose
// item data is the value.
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QList<std::pair<QString, QVariant>> choices, bool editable, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_editable(editable)
    {}
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        box->setEditable(m_editable);
        for (const auto& [text, value] : m_choices)
            box->addItem(text, value);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        if (m_editable)
            box->setCurrentText(index.data(Qt::EditRole).toString());
        else
            box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        model->setData(index, m_editable ? QVariant(box->currentText()) : box->currentData());
    }

private:
    QList<std::pair<QString, QVariant>> m_choices;
    bool m_editable;
};

QStringList jsnaTopics()
{
    QStringList topics;
    for (const char* topic :
         {"Starting well", "Living well", "Ageing well", "Wider determinants", "Mental health",
          "Health protection", "Health inequalities", "Local priorities"})
        topics << QCoreApplication::translate("jsna::ui::workshop::WorkshopDetails", topic);
    return topics;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(scaledFont(parent->font(), 1.15, true));
    return label;
}

} // namespace

WorkshopDetails::WorkshopDetails(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_online(new QCheckBox(tr("Online"), this))
    , m_place(new QLineEdit(this))
    , m_facilitator(new QLineEdit(this))
    , m_topic(new QComboBox(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_participantModel(new ParticipantModel(project, stack, this))
    , m_participants(new QTableView(this))
    , m_evidence(new QListWidget(this))
    , m_status(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(buildForm(), 2);
    auto* right = new QVBoxLayout;
    right->addWidget(buildParticipants(), 3);
    right->addWidget(buildEvidence(), 2);
    layout->addLayout(right, 3);

    // Queued: a change made from this form (a ticked evidence item) must not rebuild the form inside
    // the signal of the widget that made it.
    auto& notifier = WorkshopNotifier::of(project);
    connect(
        &notifier, &WorkshopNotifier::workshopChanged, this,
        [this](qint64 id) {
            if (id == m_workshopId)
                load();
        },
        Qt::QueuedConnection);
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, &WorkshopDetails::load,
            Qt::QueuedConnection);
    auto& evidenceNotifier = evidence::EvidenceNotifier::of(project);
    for (auto signal :
         {&evidence::EvidenceNotifier::evidenceAdded, &evidence::EvidenceNotifier::evidenceChanged,
          &evidence::EvidenceNotifier::evidenceRemoved})
        connect(&evidenceNotifier, signal, this, &WorkshopDetails::loadEvidence, Qt::QueuedConnection);
    load();
}

QWidget* WorkshopDetails::buildForm()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("About the workshop"), box));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("Not set"));
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_topic->setEditable(true);
    m_topic->addItems(jsnaTopics());
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("What the workshop is for, e.g. test the Stage 1 findings on falls"));
    m_purpose->installEventFilter(this);
    m_place->setPlaceholderText(tr("Venue, or the platform when online"));
    auto* where = new QHBoxLayout;
    where->addWidget(m_place, 1);
    where->addWidget(m_online);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    auto* placeLabel = new QLabel(tr("&Place"), box);
    placeLabel->setBuddy(m_place);
    form->addRow(placeLabel, where);
    form->addRow(tr("&Facilitator"), m_facilitator);
    form->addRow(tr("JSNA t&opic"), m_topic);
    form->addRow(tr("P&urpose"), m_purpose);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Changes are saved as you go; Ctrl+Z undoes them."));
    layout->addWidget(m_status);
    layout->addStretch();

    for (QLineEdit* edit : {m_title, m_place, m_facilitator})
        connect(edit, &QLineEdit::editingFinished, this, &WorkshopDetails::save);
    connect(m_topic->lineEdit(), &QLineEdit::editingFinished, this, &WorkshopDetails::save);
    connect(m_topic, &QComboBox::activated, this, &WorkshopDetails::save);
    connect(m_online, &QCheckBox::toggled, this, &WorkshopDetails::save);
    connect(m_date, &QDateEdit::editingFinished, this, &WorkshopDetails::save);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_date->hasFocus())
            save(); // picked from the calendar
    });
    return box;
}

QWidget* WorkshopDetails::buildParticipants()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Who took part"), box));
    top->addStretch();
    auto* add = new QPushButton(tr("Add participant"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    top->addWidget(add);
    top->addWidget(remove);
    layout->addLayout(top);
    m_participants->setModel(m_participantModel);
    m_participants->verticalHeader()->hide();
    m_participants->setAlternatingRowColors(true);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QList<std::pair<QString, QVariant>> groups;
    for (const QString& group : defaultStakeholderGroups())
        groups.append({group, group});
    m_participants->setItemDelegateForColumn(int(ParticipantModel::Column::Group),
                                             new ChoiceDelegate(groups, true, m_participants));
    QList<std::pair<QString, QVariant>> consents;
    for (Consent consent : {Consent::NotRecorded, Consent::Given, Consent::Declined})
        consents.append({consentLabel(consent), int(consent)});
    m_participants->setItemDelegateForColumn(int(ParticipantModel::Column::Consent),
                                             new ChoiceDelegate(consents, false, m_participants));
    layout->addWidget(m_participants, 1);
    auto* note = new QLabel(
        tr("Names are optional. A name appears in exports only when consent to be named is recorded."), box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    connect(add, &QPushButton::clicked, this, &WorkshopDetails::addParticipant);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_participantModel->participantIdAt(m_participants->currentIndex().row()))
            run([&] { commands::removeParticipant(m_project, m_stack, id); });
    });
    return box;
}

QWidget* WorkshopDetails::buildEvidence()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Evidence to discuss"), box));
    top->addStretch();
    auto* add = new QPushButton(tr("New evidence item…"), box);
    top->addWidget(add);
    layout->addLayout(top);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setSpacing(3);
    layout->addWidget(m_evidence, 1);
    connect(m_evidence, &QListWidget::itemChanged, this, &WorkshopDetails::saveEvidence);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString finding =
            QInputDialog::getMultiLineText(this, tr("New evidence item"), tr("The finding, in your words:"))
                .trimmed();
        if (finding.isEmpty())
            return;
        run([&] {
            const auto item =
                commands::addEvidence(m_project, m_stack, {finding, std::nullopt, {}, {}, {}, {}});
            if (m_workshopId != 0) {
                QList<qint64> ids = WorkshopRepository(m_project).evidenceOf(m_workshopId);
                commands::setWorkshopEvidence(m_project, m_stack, m_workshopId, ids << item.id);
            }
        });
    });
    return box;
}

void WorkshopDetails::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    m_participantModel->setWorkshop(workshopId);
    load();
}

void WorkshopDetails::addParticipant()
{
    if (m_workshopId == 0)
        return;
    run([&] {
        commands::addParticipant(m_project, m_stack, m_workshopId,
                                 {defaultStakeholderGroups().value(4), {}, {}, Consent::NotRecorded});
        const QModelIndex group = m_participantModel->index(m_participantModel->rowCount() - 1,
                                                            int(ParticipantModel::Column::Group));
        m_participants->setCurrentIndex(group);
        m_participants->edit(group);
    });
}

void WorkshopDetails::load()
{
    m_loading = true;
    const auto workshop = WorkshopRepository(m_project).find(m_workshopId);
    const WorkshopData fields = workshop ? workshop->data : WorkshopData{};
    setEnabled(workshop.has_value());
    m_title->setText(fields.title);
    m_date->setDate(fields.date.isValid() ? fields.date : kNoDate);
    m_online->setChecked(fields.online);
    m_place->setText(fields.place);
    m_facilitator->setText(fields.facilitator);
    m_topic->setCurrentText(fields.topic);
    if (m_purpose->toPlainText() != fields.purpose)
        m_purpose->setPlainText(fields.purpose);
    m_loading = false;
    loadEvidence();
}

void WorkshopDetails::loadEvidence()
{
    m_loading = true;
    m_evidence->clear();
    const QList<qint64> linked =
        m_workshopId != 0 ? WorkshopRepository(m_project).evidenceOf(m_workshopId) : QList<qint64>();
    for (const evidence::EvidenceItem& item : evidence::EvidenceRepository(m_project).all()) {
        auto* row = new QListWidgetItem(item.data.finding, m_evidence);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(linked.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_evidence->count() == 0) {
        auto* hint = new QListWidgetItem(
            tr("No evidence items yet: add findings from Stage 1 charts here or with “New evidence item…”."),
            m_evidence);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_loading = false;
}

void WorkshopDetails::save()
{
    if (m_loading || m_workshopId == 0)
        return;
    WorkshopData fields;
    fields.title = m_title->text().trimmed();
    fields.date = m_date->date() == kNoDate ? QDate() : m_date->date();
    fields.online = m_online->isChecked();
    fields.place = m_place->text().trimmed();
    fields.facilitator = m_facilitator->text().trimmed();
    fields.topic = m_topic->currentText().trimmed();
    fields.purpose = m_purpose->toPlainText().trimmed();
    if (fields.title.isEmpty()) {
        m_status->setText(tr("A workshop needs a title."));
        load();
        return;
    }
    run([&] { commands::editWorkshop(m_project, m_stack, m_workshopId, fields); });
}

void WorkshopDetails::saveEvidence()
{
    if (m_loading || m_workshopId == 0)
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_evidence->count(); ++row)
        if (m_evidence->item(row)->checkState() == Qt::Checked)
            ids << m_evidence->item(row)->data(Qt::UserRole).toLongLong();
    run([&] { commands::setWorkshopEvidence(m_project, m_stack, m_workshopId, ids); });
}

bool WorkshopDetails::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_purpose && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void WorkshopDetails::run(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const ProjectError& error) {
        m_status->setText(error.message());
    }
}

} // namespace jsna::ui::workshop
