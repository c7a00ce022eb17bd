// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class ParticipantModel;

// A workshop's details (title, date, place or online, facilitator, purpose, JSNA topic), who took part
// (stakeholder group, organisation, optional name, consent) and the evidence items it discusses.
// Each field is written when editing of it finishes; every change is undoable.
class WorkshopDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopDetails)

public:
    WorkshopDetails(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    QLineEdit* titleEdit() const { return m_title; }
    QTableView* participantsView() const { return m_participants; }
    QListWidget* evidenceList() const { return m_evidence; }
    void addParticipant();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildForm();
    QWidget* buildParticipants();
    QWidget* buildEvidence();
    void load();
    void loadEvidence();
    void save();
    void saveEvidence();
    void run(const std::function<void()>& edit);

    project::Project& m_project;
    QUndoStack& m_stack;
    qint64 m_workshopId = 0;
    bool m_loading = false;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QCheckBox* m_online;
    QLineEdit* m_place;
    QLineEdit* m_facilitator;
    QComboBox* m_topic;
    QPlainTextEdit* m_purpose;
    ParticipantModel* m_participantModel;
    QTableView* m_participants;
    QListWidget* m_evidence;
    QLabel* m_status;
};

} // namespace jsna::ui::workshop
