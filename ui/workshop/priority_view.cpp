// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/priority_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>

#include "core/foundation/project_error.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/criteria_model.h"
#include "ui/workshop/models/priority_model.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

namespace {

// Draws a score as a bar under its number (ScoreFractionRole), so the ranking reads at a glance.
class ScoreBarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant fraction = index.data(PriorityModel::ScoreFractionRole);
        if (!fraction.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        {
            const QRectF track =
                QRectF(option.rect)
                    .adjusted(6, option.rect.height() * 0.62, -6, -option.rect.height() * 0.18);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.color(QPalette::Midlight));
            painter->drawRoundedRect(track, 2, 2);
            QColor bar = option.palette.color(QPalette::Highlight);
            painter->setBrush(bar);
            painter->drawRoundedRect(
                QRectF(track.topLeft(),
                       QSizeF(track.width() * std::clamp(fraction.toDouble(), 0.0, 1.0), track.height())),
                2, 2);
            painter->restore();
        }
        QStyleOptionViewItem above = option;
        above.rect.setBottom(option.rect.top() + int(option.rect.height() * 0.62));
        QStyledItemDelegate::paint(painter, above, index);
    }
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(scaledFont(parent->font(), 1.15, true));
    return label;
}

void styleTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setDefaultSectionSize(QFontMetrics(view->font()).height() * 2 + 4);
}

} // namespace

PriorityView::PriorityView(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(stack)
    , m_model(new PriorityModel(project, stack, this))
    , m_criteria(new CriteriaModel(project, stack, this))
    , m_scores(new QTableView(this))
    , m_ranking(new QTableView(this))
    , m_criteriaView(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_scores->setModel(m_model);
    styleTable(m_scores);
    m_scores->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_scores->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap)));
    m_scores->horizontalHeader()->setMinimumSectionSize(64);
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_scores->horizontalHeader()->setFixedHeight(QFontMetrics(font()).height() * 3 + 10);
    for (int column : {int(PriorityModel::Column::Rank), int(PriorityModel::Column::Score),
                       int(PriorityModel::Column::Votes)})
        m_scores->hideColumn(column); // shown in the ranking beside it
    m_scores->setItemDelegate(new ScoreBarDelegate(m_scores));
    m_scores->installEventFilter(this);
    auto sizeColumns = [this] {
        m_scores->setColumnWidth(int(PriorityModel::Column::Theme), 200);
        for (int column = int(PriorityModel::Column::FirstCriterion); column < m_model->columnCount();
             ++column)
            m_scores->setColumnWidth(column, 96);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, sizeColumns);
    sizeColumns();

    auto* ranked = new QSortFilterProxyModel(this);
    ranked->setSourceModel(m_model);
    ranked->setSortRole(Qt::EditRole);
    ranked->sort(int(PriorityModel::Column::Rank), Qt::AscendingOrder);
    ranked->setDynamicSortFilter(true);
    m_ranking->setModel(ranked);
    styleTable(m_ranking);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setItemDelegateForColumn(int(PriorityModel::Column::Score), new ScoreBarDelegate(m_ranking));
    auto showRankingColumns = [this] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_ranking->setColumnHidden(column, column >= int(PriorityModel::Column::FirstCriterion));
        m_ranking->horizontalHeader()->setSectionResizeMode(int(PriorityModel::Column::Theme),
                                                            QHeaderView::Stretch);
        m_ranking->setColumnWidth(int(PriorityModel::Column::Rank), 52);
        m_ranking->setColumnWidth(int(PriorityModel::Column::Score), 96);
        m_ranking->setColumnWidth(int(PriorityModel::Column::Votes), 60);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showRankingColumns);
    showRankingColumns();

    m_criteriaView->setModel(m_criteria);
    styleTable(m_criteriaView);
    m_criteriaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteriaView->horizontalHeader()->setSectionResizeMode(int(CriteriaModel::Column::Name),
                                                             QHeaderView::ResizeToContents);
    m_criteriaView->horizontalHeader()->setSectionResizeMode(int(CriteriaModel::Column::Description),
                                                             QHeaderView::Stretch);
    m_criteriaView->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 10);

    auto* top = new QSplitter(Qt::Horizontal, this);
    auto* scoresPanel = new QWidget(top);
    auto* scoresLayout = new QVBoxLayout(scoresPanel);
    scoresLayout->setContentsMargins(0, 0, 6, 0);
    scoresLayout->addWidget(heading(tr("Score each theme (0–5)"), scoresPanel));
    scoresLayout->addWidget(m_scores, 1);
    auto* rankingPanel = new QWidget(top);
    auto* rankingLayout = new QVBoxLayout(rankingPanel);
    rankingLayout->setContentsMargins(6, 0, 0, 0);
    rankingLayout->addWidget(heading(tr("Ranking"), rankingPanel));
    rankingLayout->addWidget(m_ranking, 1);
    top->addWidget(scoresPanel);
    top->addWidget(rankingPanel);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 2);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    auto* criteriaTop = new QHBoxLayout;
    criteriaTop->addWidget(heading(tr("Criteria and weights"), bottom));
    criteriaTop->addStretch();
    auto* add = new QPushButton(tr("Add criterion"), bottom);
    auto* remove = new QPushButton(tr("Remove criterion"), bottom);
    criteriaTop->addWidget(add);
    criteriaTop->addWidget(remove);
    bottomLayout->addLayout(criteriaTop);
    bottomLayout->addWidget(m_criteriaView, 1);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setText(
        tr("A theme's score is the weighted mean of its criterion scores (0 to 5). Weights are relative; a "
           "weight of 0 leaves a criterion out. Criteria and weights belong to this project."));
    bottomLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, [this] {
        run([&] {
            commands::addCriterion(m_project, m_stack, {tr("New criterion"), {}, 1});
            const QModelIndex name =
                m_criteria->index(m_criteria->rowCount() - 1, int(CriteriaModel::Column::Name));
            m_criteriaView->setCurrentIndex(name);
            m_criteriaView->edit(name);
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_criteria->criterionIdAt(m_criteriaView->currentIndex().row()))
            run([&] { commands::removeCriterion(m_project, m_stack, id); });
    });
}

void PriorityView::setWorkshop(qint64 workshopId)
{
    m_model->setWorkshop(workshopId);
}

bool PriorityView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_scores || event->type() != QEvent::KeyPress || !m_scores->hasFocus())
        return QWidget::eventFilter(watched, event);
    // A digit scores the current cell at once and moves on to the next criterion.
    const auto* key = static_cast<QKeyEvent*>(event);
    const QModelIndex current = m_scores->currentIndex();
    if (!current.isValid() || current.column() < int(PriorityModel::Column::FirstCriterion))
        return false;
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_5 && key->modifiers() == Qt::NoModifier) {
        const int score = key->key() - Qt::Key_0;
        const int row = current.row();
        const int column = current.column();
        m_model->setData(current, score);
        if (column + 1 < m_model->columnCount())
            m_scores->setCurrentIndex(m_model->index(row, column + 1));
        return true;
    }
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        m_model->setData(current, QVariant());
        return true;
    }
    return false;
}

void PriorityView::run(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const ProjectError& error) {
        m_status->setText(error.message());
    }
}

} // namespace jsna::ui::workshop
