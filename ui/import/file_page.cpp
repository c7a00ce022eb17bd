// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/file_page.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/foundation/project_error.h"
#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

FilePage::FilePage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_path(new QLineEdit(this))
    , m_notice(new Notice(this))
{
    setPageTitle(this, tr("Choose a data file"));
    setSubTitle(
        tr("Comma-, semicolon- or tab-separated text in UTF-8, UTF-16 or Windows-1252 (as Excel saves it). "
           "You can also drop a file on the main window."));

    m_path->setPlaceholderText(tr("Path of a .csv or .tsv file"));
    m_path->setClearButtonEnabled(true);
    auto* browseButton = new QPushButton(tr("Browse\u2026"), this);
    connect(browseButton, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &FilePage::load);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);

    auto* formats = new QGridLayout;
    formats->setHorizontalSpacing(18);
    formats->setVerticalSpacing(6);
    const std::pair<QString, QString> kinds[] = {
        {tr("Fingertips data export"), tr("Indicator values with limits, comparisons and trends (OHID)")},
        {tr("ONS mid-year estimates"), tr("Population by single year of age, summed into 5-year bands")},
        {tr("Indices of Deprivation"), tr("IMD score, rank and decile by LSOA (2019 or 2025)")},
        {tr("Geography lookup"), tr("LSOA to MSOA, ward and local authority")},
        {tr("Counts and populations"), tr("By area, year, sex and 5-year age band, for rates and DSRs")},
        {tr("Any other table"), tr("One value per row: you match the columns once and can save that")},
    };
    formats->setColumnStretch(1, 1);
    int line = 0;
    for (const auto& [name, what] : kinds) {
        auto* label = new QLabel(name, this);
        QFont bold = label->font();
        bold.setWeight(QFont::DemiBold);
        label->setFont(bold);
        formats->addWidget(label, line, 0, Qt::AlignTop);
        formats->addWidget(makeMuted(what, this), line, 1);
        ++line;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(row);
    layout->addWidget(m_notice);
    layout->addSpacing(12);
    layout->addWidget(makeHeading(tr("Files the workbench reads"), this));
    layout->addLayout(formats);
    layout->addStretch(1);
}

void FilePage::setFile(const QString& file)
{
    m_path->setText(file);
    load();
}

bool FilePage::isComplete() const
{
    return m_state.preview.has_value() && m_state.file == m_path->text().trimmed();
}

void FilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Data"), start,
                                                      tr("Data files (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void FilePage::load()
{
    const QString file = m_path->text().trimmed();
    if (file == m_state.file && m_state.preview)
        return;
    m_state.preview.reset();
    m_state.file = file;
    if (file.isEmpty()) {
        m_notice->showMessage(Notice::Kind::Info, QString());
    } else {
        try {
            m_state.preview = io::previewFile(file);
            const io::FilePreview& preview = *m_state.preview;
            const QString kind = preview.detected ? io::importFormatLabel(*preview.detected)
                                                  : tr("a table to match column by column");
            m_notice->showMessage(Notice::Kind::Success,
                                  tr("%1 \u2014 looks like %2 (%3, %4).")
                                      .arg(QFileInfo(file).fileName(), kind, preview.format.encoding,
                                           formatFileSize(preview.totalBytes)));
        } catch (const ProjectError& error) {
            m_notice->showMessage(Notice::Kind::Error, describeBriefly(error));
        }
    }
    emit completeChanged();
}

} // namespace jsna::ui::import
