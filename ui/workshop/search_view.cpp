// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/search_view.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>

#include "core/foundation/project_error.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/note_search.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/models/search_result_model.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

namespace {

constexpr int kSearchDelayMs = 150;
constexpr int kLimit = 500;

// A hit: who said it where, then the note with its matches highlighted.
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics metrics(option.font);
        return {300, metrics.height() + 2 * metrics.lineSpacing() + 22};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect area = option.rect.adjusted(10, 6, -10, -6);
        const QFont small = scaledFont(option.font, 0.86);
        const QFontMetrics smallMetrics(small);
        const auto kind = NoteKind(index.data(SearchResultModel::KindRole).toInt());
        const QFont chipFont = scaledFont(option.font, 0.74, true);
        const QString label = noteKindLabel(kind).toUpper();
        const QRectF chip(area.left(), area.top(), QFontMetricsF(chipFont).horizontalAdvance(label) + 12,
                          smallMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(kindColour(kind));
        painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->setFont(chipFont);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, label);
        const auto* model = index.model();
        QStringList meta{
            model->index(index.row(), int(SearchResultModel::Column::Workshop)).data().toString()};
        const QString group =
            model->index(index.row(), int(SearchResultModel::Column::Group)).data().toString();
        if (!group.isEmpty())
            meta << group;
        meta << model->index(index.row(), int(SearchResultModel::Column::Time)).data().toString();
        painter->setFont(small);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(
            QRectF(chip.right() + 8, area.top(), area.width() - chip.width() - 8, chip.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight,
                                    area.width() - int(chip.width()) - 8));

        // QTextDocument has no <mark>: the escaped HTML's marks become highlighted spans.
        QString html = index.data(SearchResultModel::HtmlRole).toString();
        html.replace(
            QStringLiteral("<mark>"),
            QStringLiteral("<span style=\"background-color:#ffe08a; color:#1d2330; font-weight:600\">"));
        html.replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setTextWidth(area.width());
        document.setHtml(html);
        const int textTop = area.top() + smallMetrics.height() + 4;
        painter->translate(area.left(), textTop);
        const QRectF clip(0, 0, area.width(), area.bottom() - textTop);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, option.palette.color((option.state & QStyle::State_Selected)
                                                                          ? QPalette::HighlightedText
                                                                          : QPalette::Text));
        painter->setClipRect(clip);
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

QComboBox* filterBox(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    return box;
}

} // namespace

SearchView::SearchView(project::Project& project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_query(new QLineEdit(this))
    , m_workshop(filterBox(this, tr("Workshop")))
    , m_kind(filterBox(this, tr("Kind")))
    , m_tag(filterBox(this, tr("Tag")))
    , m_group(filterBox(this, tr("Said by")))
    , m_results(new QListView(this))
    , m_model(new SearchResultModel(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_query->setPlaceholderText(
        tr("Search every workshop's notes – words, “phrases”, C++, don't… are all fine"));
    m_query->setClearButtonEnabled(true);
    m_query->setFont(scaledFont(font(), 1.15));
    m_query->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->installEventFilter(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto* filters = new QGridLayout;
    const QList<std::pair<QString, QComboBox*>> boxes{
        {tr("&Workshop"), m_workshop}, {tr("&Kind"), m_kind}, {tr("&Tag"), m_tag}, {tr("Said &by"), m_group}};
    for (int i = 0; i < boxes.size(); ++i) {
        auto* label = new QLabel(boxes.at(i).first, this);
        label->setBuddy(boxes.at(i).second);
        filters->addWidget(label, 0, i);
        filters->addWidget(boxes.at(i).second, 1, i);
        connect(boxes.at(i).second, &QComboBox::activated, this, &SearchView::search);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchView::search);
    connect(m_results, &QListView::activated, this, &SearchView::activateCurrent);
    auto& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, [this] {
        if (isVisible())
            reloadFilters();
    });
}

void SearchView::showEvent(QShowEvent* event)
{
    // Filled when first shown: the filter lists read every note's tags and groups.
    QWidget::showEvent(event);
    reloadFilters();
    search();
}

void SearchView::reloadFilters()
{
    auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        const int index = box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<std::pair<QString, QVariant>> workshops{{tr("All workshops"), qint64(0)}};
    for (const Workshop& w : WorkshopRepository(m_project).all())
        workshops.append({w.data.title, w.id});
    refill(m_workshop, workshops);
    QList<std::pair<QString, QVariant>> kinds{{tr("Any kind"), -1}};
    for (NoteKind kind : allNoteKinds())
        kinds.append({noteKindLabel(kind), int(kind)});
    refill(m_kind, kinds);
    QList<std::pair<QString, QVariant>> tags{{tr("Any tag"), QString()}};
    for (const QString& tag : NoteRepository(m_project).tagsOf(std::nullopt))
        tags.append({u'#' + tag, tag});
    refill(m_tag, tags);
    QList<std::pair<QString, QVariant>> groups{{tr("Anyone"), QString()}};
    for (const QString& group : NoteRepository(m_project).stakeholderGroupsUsed())
        groups.append({group, group});
    refill(m_group, groups);
}

void SearchView::search()
{
    m_debounce->stop();
    NoteQuery query;
    query.text = m_query->text();
    query.workshopId = m_workshop->currentData().toLongLong();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0 && m_kind->currentIndex() > 0)
        query.kind = NoteKind(kind);
    query.tag = m_tag->currentData().toString();
    query.stakeholderGroup = m_group->currentData().toString();
    query.limit = kLimit;
    try {
        m_model->setHits(NoteSearch(m_project).search(query));
    } catch (const ProjectError& error) {
        m_model->setHits({});
        m_summary->setText(error.message());
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0)
        m_summary->setText(query.text.trimmed().isEmpty() ? tr("No notes yet.") : tr("No notes match."));
    else if (count >= kLimit)
        m_summary->setText(tr("The first %1 notes. Add words or filters to narrow the search.").arg(count));
    else
        m_summary->setText(count == 1 ? tr("1 note. Enter opens it.")
                                      : tr("%1 notes. Up and Down move, Enter opens.").arg(count));
    if (count > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchView::focusQuery()
{
    reloadFilters();
    m_query->setFocus();
    m_query->selectAll();
}

void SearchView::activateCurrent()
{
    const QModelIndex index = m_results->currentIndex();
    if (index.isValid())
        emit noteActivated(index.data(SearchResultModel::WorkshopIdRole).toLongLong(),
                           index.data(SearchResultModel::NoteIdRole).toLongLong());
}

bool SearchView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_query) {
        // The results are navigable without leaving the search line.
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row = std::clamp(m_results->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce->isActive())
                search();
            activateCurrent();
            return true;
        }
    } else if (watched == m_results && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        activateCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jsna::ui::workshop
