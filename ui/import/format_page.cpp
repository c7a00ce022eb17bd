// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/format_page.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

namespace {

constexpr int kMaxColumnWidth = 220;

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return FormatPage::tr("semicolon-separated");
    case '\t':
        return FormatPage::tr("tab-separated");
    default:
        return FormatPage::tr("comma-separated");
    }
}

QWidget* parameterRow(QWidget* parent, std::initializer_list<std::pair<QString, QWidget*>> fields)
{
    auto* page = new QWidget(parent);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [label, widget] : fields) {
        layout->addWidget(new QLabel(label, page));
        layout->addWidget(widget);
        layout->addSpacing(8);
    }
    layout->addStretch(1);
    return page;
}

} // namespace

FormatPage::FormatPage(WizardState& state, int mappingPageId, int checkPageId, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_mappingPageId(mappingPageId)
    , m_checkPageId(checkPageId)
    , m_found(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_parameters(new QStackedWidget(this))
    , m_year(new QSpinBox(this))
    , m_sex(new QComboBox(this))
    , m_edition(new QComboBox(this))
    , m_vintage(new QComboBox(this))
    , m_measure(new QLineEdit(this))
    , m_lookupVintage(new QLineEdit(this))
    , m_duplicates(new QButtonGroup(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setPageTitle(this, tr("Check what was found"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::RichText);

    for (const io::ImportFormat format : io::allImportFormats())
        m_format->addItem(io::importFormatLabel(format), static_cast<int>(format));
    connect(m_format, &QComboBox::currentIndexChanged, this, &FormatPage::formatChanged);

    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("from the file"));
    m_sex->addItems(
        {tr("from the file"), QStringLiteral("Persons"), QStringLiteral("Male"), QStringLiteral("Female")});
    m_edition->addItems({tr("from the header"), QStringLiteral("IMD2019"), QStringLiteral("IMD2025")});
    m_vintage->addItems({tr("from the header"), QStringLiteral("2011"), QStringLiteral("2021")});
    m_lookupVintage->setPlaceholderText(tr("from the column names"));
    m_parameters->addWidget(new QWidget(this)); // formats without parameters
    m_parameters->addWidget(parameterRow(this, {{tr("Year"), m_year}, {tr("Sex"), m_sex}}));
    m_parameters->addWidget(parameterRow(this, {{tr("Edition"), m_edition}, {tr("LSOAs"), m_vintage}}));
    m_parameters->addWidget(parameterRow(this, {{tr("Measure"), m_measure}}));
    m_parameters->addWidget(parameterRow(this, {{tr("Lookup year"), m_lookupVintage}}));

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Import as"), this));
    formatRow->addWidget(m_format);
    formatRow->addSpacing(16);
    formatRow->addWidget(m_parameters, 1);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* replace = new QRadioButton(tr("Replace them with the values in this file"), this);
    auto* keep = new QRadioButton(tr("Keep the values already in the project"), this);
    replace->setChecked(true);
    m_duplicates->addButton(replace, static_cast<int>(io::DuplicatePolicy::Replace));
    m_duplicates->addButton(keep, static_cast<int>(io::DuplicatePolicy::Keep));
    auto* duplicates = new QHBoxLayout;
    duplicates->addWidget(new QLabel(tr("Rows already in the project:"), this));
    duplicates->addWidget(replace);
    duplicates->addWidget(keep);
    duplicates->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_found);
    layout->addLayout(formatRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(duplicates);
}

void FormatPage::initializePage()
{
    const io::FilePreview& preview = *m_state.preview;
    setSubTitle(
        tr("The first rows of %1, as the workbench reads them.").arg(QFileInfo(m_state.file).fileName()));
    const QString detected =
        preview.detected
            ? tr("Detected <b>%1</b>").arg(io::importFormatLabel(*preview.detected).toHtmlEscaped())
            : tr("No known layout detected: <b>match the columns</b> on the next page");
    m_found->setText(QStringLiteral("%1 &nbsp;\u00b7&nbsp; %2 &nbsp;\u00b7&nbsp; %3 &nbsp;\u00b7&nbsp; %4")
                         .arg(detected, preview.format.encoding, delimiterName(preview.format.delimiter),
                              formatFileSize(preview.totalBytes)));
    setFormat(preview.detected.value_or(io::ImportFormat::Generic));
    m_measure->setPlaceholderText(QFileInfo(m_state.file).completeBaseName());
    fillPreview();
}

void FormatPage::fillPreview()
{
    const io::FilePreview& preview = *m_state.preview;
    m_model->clear();
    if (preview.rows.isEmpty())
        return;
    const QStringList header = preview.rows.value(preview.headerRow);
    m_model->setColumnCount(static_cast<int>(header.size()));
    m_model->setHorizontalHeaderLabels(header);
    for (qsizetype r = preview.headerRow + 1; r < preview.rows.size(); ++r) {
        QList<QStandardItem*> items;
        for (const QString& cell : preview.rows.at(r)) {
            auto* item = new QStandardItem(cell);
            item->setToolTip(cell);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, kMaxColumnWidth));
}

void FormatPage::formatChanged()
{
    switch (format()) {
    case io::ImportFormat::OnsPopulation:
        m_parameters->setCurrentIndex(1);
        break;
    case io::ImportFormat::Imd:
        m_parameters->setCurrentIndex(2);
        break;
    case io::ImportFormat::Counts:
        m_parameters->setCurrentIndex(3);
        break;
    case io::ImportFormat::Lookup:
        m_parameters->setCurrentIndex(4);
        break;
    case io::ImportFormat::Fingertips:
    case io::ImportFormat::Generic:
    case io::ImportFormat::Population:
        m_parameters->setCurrentIndex(0);
        break;
    }
    setButtonText(QWizard::NextButton,
                  format() == io::ImportFormat::Generic ? tr("&Match Columns >") : tr("&Check Rows >"));
}

io::ImportFormat FormatPage::format() const
{
    return static_cast<io::ImportFormat>(m_format->currentData().toInt());
}

void FormatPage::setFormat(io::ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
    formatChanged();
}

bool FormatPage::validatePage()
{
    io::ImportOptions& options = m_state.options;
    options.format = format();
    options.duplicates = static_cast<io::DuplicatePolicy>(m_duplicates->checkedId());
    options.year = m_year->value();
    options.sex = m_sex->currentIndex() == 0 ? QString() : m_sex->currentText();
    options.imdEdition = m_edition->currentIndex() == 0 ? QString() : m_edition->currentText();
    options.lsoaVintage = m_vintage->currentIndex() == 0 ? 0 : m_vintage->currentText().toInt();
    options.measure = m_measure->text().trimmed();
    options.lookupVintage = m_lookupVintage->text().trimmed();
    if (format() != io::ImportFormat::Generic)
        options.mapping.reset();
    return true;
}

int FormatPage::nextId() const
{
    return format() == io::ImportFormat::Generic ? m_mappingPageId : m_checkPageId;
}

} // namespace jsna::ui::import
