// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/indicator_browser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "ui/epidemiology/models/indicator_tree_model.h"

namespace jsna::ui::epidemiology {

namespace {

QHash<qint64, QString> latestPeriods(jsna::epidemiology::EpidemiologyData& data)
{
    QHash<qint64, QString> periods;
    if (!data.headlinesLoaded())
        return periods;
    for (const indicators::Indicator& i : data.indicators())
        if (const jsna::epidemiology::HeadlineSet* set = data.headlines().of(i.id))
            periods.insert(i.id, set->period);
    return periods;
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0;\"><b>%1</b></td><td style=\"padding:2px 0;\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

IndicatorBrowser::IndicatorBrowser(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_search(new QLineEdit)
    , m_tree(new QTreeView)
    , m_model(new IndicatorTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_definition(new QTextBrowser)
{
    m_search->setObjectName(QStringLiteral("indicatorSearch"));
    m_search->setPlaceholderText(tr("Search indicators, definitions, domains and sources"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(IndicatorTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_tree->setObjectName(QStringLiteral("indicatorTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_definition->setObjectName(QStringLiteral("definition"));
    m_definition->setOpenLinks(false);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree, 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_definition, 1);
    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, Destination destination) {
        auto* b = new QPushButton(text);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, destination] {
            if (selection().indicatorId() != 0)
                emit openRequested(selection().indicatorId(), destination);
        });
    };
    button(tr("Trend"), Destination::Trends);
    button(tr("Inequalities"), Destination::Inequalities);
    button(tr("Funnel plot"), Destination::Funnel);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(IndicatorTreeModel::IndicatorIdRole).toLongLong();
        if (id != 0)
            selection().setIndicatorId(id);
        showDefinition();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(IndicatorTreeModel::IndicatorIdRole).toLongLong();
        if (id != 0)
            emit openRequested(id, Destination::Trends);
    });
    connect(&context.selection, &EpiSelection::changed, this, [this](EpiSelection::Part part) {
        if (part != EpiSelection::Part::Indicator)
            return;
        const QModelIndex current = m_proxy->mapFromSource(m_model->indexOf(selection().indicatorId()));
        if (current.isValid() && current != m_tree->currentIndex())
            m_tree->setCurrentIndex(current);
        showDefinition();
    });
    connect(&context.data, &jsna::epidemiology::EpidemiologyData::headlinesReady, this,
            [this] { m_model->setLatestPeriods(latestPeriods(data())); });
}

bool IndicatorBrowser::dependsOn(EpiSelection::Part) const
{
    return false; // the list depends on the data only; a new indicator choice just moves the selection
}

void IndicatorBrowser::refresh()
{
    m_model->setIndicators(data().indicators(), latestPeriods(data()));
    m_tree->expandAll();
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexOf(selection().indicatorId()));
    if (current.isValid())
        m_tree->setCurrentIndex(current);
    showDefinition();
}

void IndicatorBrowser::showDefinition()
{
    const indicators::Indicator* i = data().indicator(selection().indicatorId());
    if (!i) {
        m_definition->setHtml(tr("<p>Choose an indicator to see its definition.</p>"));
        return;
    }
    QString polarity = indicators::polarityLabel(i->polarity);
    if (i->polarity == indicators::Polarity::NotApplicable)
        polarity += tr(" (comparisons read Higher or Lower, shown in blues)");
    QString latest;
    QString breakdown;
    int areas = 0;
    if (data().headlinesLoaded())
        if (const jsna::epidemiology::HeadlineSet* set = data().headlines().of(i->id)) {
            latest = set->period;
            breakdown = QStringLiteral("%1, %2").arg(set->sex, set->age);
            areas = static_cast<int>(set->values.size());
        }
    QString html = QStringLiteral("<h3>%1</h3><p style=\"color:%2\">%3</p>")
                       .arg(i->name.toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name(),
                            (i->domain.isEmpty() ? tr("No domain") : i->domain).toHtmlEscaped());
    if (!i->definition.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i->definition.toHtmlEscaped());
    html += QStringLiteral("<table>") + row(tr("Unit"), i->unit) + row(tr("Value type"), indicators::valueTypeLabel(i->valueType)) +
            row(tr("Polarity"), polarity) + row(tr("Source"), i->source) + row(tr("Latest period"), latest) +
            row(tr("Headline breakdown"), breakdown) +
            row(tr("Areas with latest values"), areas > 0 ? QString::number(areas) : QString()) +
            row(tr("Fingertips ID"), i->fingertipsId ? QString::number(*i->fingertipsId) : QString()) +
            QStringLiteral("</table>");
    if (!i->caveats.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Caveats:"), i->caveats.toHtmlEscaped());
    m_definition->setHtml(html);
}

} // namespace jsna::ui::epidemiology
