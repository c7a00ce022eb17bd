// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/run_page.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include "core/project/project.h"
#include "ui/import/import_job.h"
#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

RunPage::RunPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_job(new ImportJob(this))
    , m_label(makeMuted(QString(), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    setPageTitle(this, tr("Importing"));
    setSubTitle(tr("The rows are written in one transaction: if you cancel, nothing is kept."));
    m_progress->setRange(0, 1000);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::labelChanged, m_label, &QLabel::setText);
    connect(m_job, &ImportJob::finished, this, &RunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addLayout(row);
    layout->addStretch(2);
}

void RunPage::initializePage()
{
    m_done = false;
    m_state.result.reset();
    m_state.error.clear();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_label->setText(tr("Importing %1\u2026").arg(QFileInfo(m_state.file).fileName()));
    m_job->start(m_state.project->path(), m_state.file, m_state.options);
}

bool RunPage::isRunning() const
{
    return m_job->isRunning();
}

void RunPage::cancel()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Canceling: undoing what was written\u2026"));
    m_job->cancel();
}

void RunPage::finished()
{
    m_done = true;
    const ImportJob::Outcome& outcome = m_job->outcome();
    m_state.result = outcome.report;
    m_state.error = outcome.error;
    // Listeners see the rows only now, after the worker's commit, on the GUI thread.
    if (outcome.report && outcome.report->committed && !outcome.report->changedTables.isEmpty())
        emit m_state.project->notifier().tablesChanged(outcome.report->changedTables);
    m_progress->setValue(m_progress->maximum());
    emit completeChanged();
    if (wizard() && wizard()->currentPage() == this)
        QTimer::singleShot(0, wizard(), &QWizard::next);
}

bool RunPage::isComplete() const
{
    return m_done;
}

ResultPage::ResultPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_added(new Tile(tr("rows added"), this))
    , m_replaced(new Tile(tr("rows replaced"), this))
    , m_kept(new Tile(tr("kept as they were"), this))
    , m_rejected(new Tile(tr("rows rejected"), this))
    , m_notice(new Notice(this))
    , m_details(makeMuted(QString(), this))
{
    setPageTitle(this, tr("Import finished"));
    setFinalPage(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* tiles = new QHBoxLayout;
    for (Tile* tile : {m_added, m_replaced, m_kept, m_rejected})
        tiles->addWidget(tile);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(tiles);
    layout->addWidget(m_notice);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

void ResultPage::initializePage()
{
    const QString name = QFileInfo(m_state.file).fileName();
    if (!m_state.result) {
        setPageTitle(this, tr("Import failed"));
        setSubTitle(tr("Nothing was written to the project."));
        m_notice->showMessage(Notice::Kind::Error, m_state.error);
        m_details->clear();
        return;
    }
    const io::ImportReport& report = *m_state.result;
    m_added->setValue(formatCount(report.rowsAdded));
    m_replaced->setValue(formatCount(report.rowsReplaced));
    m_kept->setValue(formatCount(report.rowsKept));
    m_rejected->setValue(formatCount(report.rowsRejected));
    m_rejected->setAccent(report.rowsRejected > 0 ? QStringLiteral("#c00000") : QString());
    if (report.canceled) {
        setPageTitle(this, tr("Import canceled"));
        setSubTitle(tr("Nothing was written to the project."));
        m_notice->showMessage(Notice::Kind::Warning,
                              tr("The import of %1 was canceled and rolled back.").arg(name));
    } else if (!report.committed) {
        setPageTitle(this, tr("Nothing imported"));
        setSubTitle(tr("Nothing was written to the project."));
        m_notice->showMessage(Notice::Kind::Error, report.summary().last());
    } else {
        setPageTitle(this, tr("Import finished"));
        setSubTitle(tr("%1 is now part of %2.").arg(name, m_state.project->title()));
        const qint64 written = report.rowsAdded + report.rowsReplaced;
        QString text = written == 1 ? tr("Imported 1 row from %1.").arg(name)
                                    : tr("Imported %1 rows from %2.").arg(formatCount(written), name);
        if (report.rowsRejected > 0)
            text += QLatin1Char(' ') + tr("The rejected rows are listed in %1.").arg(report.rejectsPath);
        m_notice->showMessage(report.rowsRejected > 0 ? Notice::Kind::Warning : Notice::Kind::Success, text);
    }
    QStringList details;
    if (report.areasCreated > 0 || report.indicatorsCreated > 0)
        details.append(tr("New to the project: %1 %2, %3 %4")
                           .arg(formatCount(report.areasCreated),
                                report.areasCreated == 1 ? tr("area") : tr("areas"),
                                formatCount(report.indicatorsCreated),
                                report.indicatorsCreated == 1 ? tr("indicator") : tr("indicators")));
    details.append(tr("Read as %1, %2.").arg(io::importFormatLabel(report.format), report.encoding));
    for (const QString& note : report.notes)
        details.append(note.left(1).toUpper() + note.mid(1) + QLatin1Char('.'));
    m_details->setText(details.join(QLatin1Char('\n')));
}

QString ResultPage::noticeText() const
{
    return m_notice->text();
}

} // namespace jsna::ui::import
