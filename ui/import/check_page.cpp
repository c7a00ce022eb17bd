// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/check_page.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/project/project.h"
#include "ui/import/import_job.h"
#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

CheckPage::CheckPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_job(new ImportJob(this))
    , m_progressLabel(makeMuted(QString(), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_read(new Tile(tr("rows read"), this))
    , m_add(new Tile(tr("new rows to add"), this))
    , m_replace(new Tile(tr("already in the project"), this))
    , m_bad(new Tile(tr("rows rejected"), this))
    , m_notice(new Notice(this))
    , m_rejected(new QTableWidget(0, 4, this))
    , m_notes(makeMuted(QString(), this))
    , m_skip(new QCheckBox(this))
{
    setPageTitle(this, tr("Check the rows"));
    setSubTitle(tr("Every row is validated first; nothing is written to the project until you import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress->setRange(0, 1000);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &CheckPage::showOutcome);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* tiles = new QHBoxLayout;
    for (Tile* tile : {m_read, m_add, m_replace, m_bad})
        tiles->addWidget(tile);

    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Why it was rejected")});
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setFocusPolicy(Qt::NoFocus);
    m_rejected->setAlternatingRowColors(true);
    m_rejected->setWordWrap(false);
    m_rejected->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->setDefaultSectionSize(m_rejected->fontMetrics().height() + 8);
    m_notes->setTextFormat(Qt::PlainText);
    connect(m_skip, &QCheckBox::toggled, this, &CheckPage::completeChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_progressLabel);
    layout->addLayout(progressRow);
    layout->addLayout(tiles);
    layout->addWidget(m_notice);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_skip);
}

QString CheckPage::rejectsPath() const
{
    return m_state.file + QStringLiteral(".rejected.csv");
}

void CheckPage::initializePage()
{
    startCheck();
}

void CheckPage::cleanupPage()
{
    m_job->cancel();
}

void CheckPage::startCheck()
{
    m_state.check.reset();
    m_state.error.clear();
    for (Tile* tile : {m_read, m_add, m_replace, m_bad}) {
        tile->setValue(QStringLiteral("\u2013"));
        tile->setAccent({});
    }
    m_rejected->setRowCount(0);
    m_rejected->hide();
    m_notes->clear();
    m_skip->hide();
    m_skip->setChecked(false);
    m_notice->showMessage(Notice::Kind::Info, QString());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_progressLabel->setText(tr("Checking %1\u2026").arg(QFileInfo(m_state.file).fileName()));
    io::ImportOptions dryRun = m_state.options;
    dryRun.dryRun = true;
    dryRun.skipBadRows = true; // count what would be written around the bad rows
    dryRun.rejectsPath.clear();
    m_job->start(m_state.project->path(), m_state.file, dryRun);
    emit completeChanged();
}

bool CheckPage::isChecking() const
{
    return m_job->isRunning();
}

void CheckPage::showOutcome()
{
    m_progress->hide();
    m_cancel->hide();
    m_progressLabel->clear();
    const ImportJob::Outcome& outcome = m_job->outcome();
    if (!outcome.report) {
        m_state.error = outcome.error;
        m_notice->showMessage(Notice::Kind::Error, tr("The file cannot be imported: %1").arg(outcome.error));
        emit completeChanged();
        return;
    }
    const io::ImportReport& report = *outcome.report;
    m_state.check = report;
    if (report.canceled) {
        m_notice->showMessage(Notice::Kind::Warning,
                              tr("The check was stopped. Go back and forward to run it again."));
        emit completeChanged();
        return;
    }
    m_read->setValue(formatCount(report.rowsRead));
    m_add->setValue(formatCount(report.rowsAdded));
    m_replace->setValue(formatCount(report.rowsReplaced + report.rowsKept));
    m_bad->setValue(formatCount(report.rowsRejected));
    m_bad->setAccent(report.rowsRejected > 0 ? QStringLiteral("#c00000") : QString());
    const QString existing = m_state.options.duplicates == io::DuplicatePolicy::Replace
                                 ? tr("they will be replaced")
                                 : tr("they will be kept");
    if (report.rowsRejected == 0) {
        QString text = tr("All %1 rows are valid.").arg(formatCount(report.rowsRead));
        if (report.rowsReplaced + report.rowsKept > 0)
            text += QLatin1Char(' ') + tr("%1 are already in the project: %2.")
                                           .arg(formatCount(report.rowsReplaced + report.rowsKept), existing);
        m_notice->showMessage(Notice::Kind::Success, text);
    } else {
        const qint64 bad = report.rowsRejected;
        m_notice->showMessage(Notice::Kind::Warning,
                              (bad == 1 ? tr("1 row cannot be imported.")
                                        : tr("%1 rows cannot be imported.").arg(formatCount(bad))) +
                                  QLatin1Char(' ') + tr("Fix the file and check again, or skip them below."));
        m_rejected->setRowCount(static_cast<int>(report.rejected.size()));
        for (int r = 0; r < report.rejected.size(); ++r) {
            const io::RejectedRow& row = report.rejected.at(r);
            const QString column = row.column > 0
                                       ? QStringLiteral("%1 \u00b7 %2").arg(row.column).arg(row.columnName)
                                       : tr("whole row");
            const QStringList cells{QString::number(row.line), column, row.value, row.reason};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                if (c == 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_rejected->setItem(r, c, item);
            }
        }
        m_rejected->resizeColumnsToContents();
        m_rejected->setColumnWidth(0, m_rejected->columnWidth(0) + 12);
        m_rejected->setColumnWidth(2, std::min(m_rejected->columnWidth(2), 160));
        m_rejected->show();
        const QString list = QFileInfo(rejectsPath()).fileName();
        m_skip->setText(bad == 1
                            ? tr("Skip the rejected row and import the others (it is listed in %1)").arg(list)
                            : tr("Skip the %1 rejected rows and import the others (they are listed in %2)")
                                  .arg(formatCount(bad), list));
        m_skip->show();
    }
    if (!report.notes.isEmpty())
        m_notes->setText(report.notes.join(QLatin1Char('\n')));
    emit completeChanged();
}

void CheckPage::setSkipBadRows(bool skip)
{
    m_skip->setChecked(skip);
}

bool CheckPage::isComplete() const
{
    const auto& check = m_state.check;
    return !m_job->isRunning() && check && !check->canceled &&
           (check->rowsRejected == 0 || m_skip->isChecked());
}

bool CheckPage::validatePage()
{
    const bool skip = m_state.check && m_state.check->rowsRejected > 0 && m_skip->isChecked();
    m_state.options.skipBadRows = skip;
    m_state.options.rejectsPath = skip ? rejectsPath() : QString();
    m_state.options.dryRun = false;
    return true;
}

} // namespace jsna::ui::import
