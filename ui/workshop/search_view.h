// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class SearchResultModel;

// Full-text search across the notes of every workshop, narrowed by workshop, kind, tag and who said
// it. Results show the matches highlighted; Up/Down move through them and Enter (or a double click)
// opens the note in its workshop. Searches as you type.
class SearchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchView)

public:
    explicit SearchView(project::Project& project, QWidget* parent = nullptr);

    void search(); // runs the current query now
    void focusQuery();
    QLineEdit* queryEdit() const { return m_query; }
    QListView* resultsView() const { return m_results; }
    SearchResultModel* results() const { return m_model; }
    QComboBox* workshopFilter() const { return m_workshop; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* tagFilter() const { return m_tag; }
    QComboBox* groupFilter() const { return m_group; }

signals:
    void noteActivated(qint64 workshopId, qint64 noteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reloadFilters();
    void activateCurrent();

    project::Project& m_project;
    QLineEdit* m_query;
    QComboBox* m_workshop;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QComboBox* m_group;
    QListView* m_results;
    SearchResultModel* m_model;
    QLabel* m_summary;
    QTimer* m_debounce;
};

} // namespace jsna::ui::workshop
