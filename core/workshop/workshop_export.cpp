// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSaveFile>

#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/indicators/indicator_repository.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_repository.h"

namespace jsna::workshop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("jsna::workshop::export", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Names what a note's links point at, for the page and the CSV.
class LinkNamer
{
public:
    explicit LinkNamer(project::Project& project)
        : m_evidence(project)
        , m_indicators(project.database())
    {}
    QString name(const NoteLink& link)
    {
        if (link.target == NoteLink::Target::Evidence) {
            const auto item = m_evidence.find(link.id);
            return item ? item->data.finding : tr("(deleted evidence item)");
        }
        const auto indicator = m_indicators.find(link.id);
        return indicator ? indicator->name : tr("(deleted indicator)");
    }

private:
    evidence::EvidenceRepository m_evidence;
    indicators::IndicatorRepository m_indicators;
};

QString timeOf(const Note& note)
{
    return note.created().toLocalTime().toString(QStringLiteral("HH:mm"));
}

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ProjectError(QStringLiteral("cannot write the file: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ProjectError(QStringLiteral("cannot write the file: %1").arg(file.errorString()), path);
}

QString csvField(const QString& field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!quote)
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

const char* kStyle = R"css(
body { font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; color: #1d2330; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; border-bottom: 2px solid #005eb8;
     padding-bottom: .2rem; margin-top: 2rem; }
.meta { color: #4c6272; } table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d8dde0; vertical-align: top; }
th { background: #f0f4f5; } td.num, th.num { text-align: right; } .kind { font-weight: 600; white-space: nowrap; }
.rests { color: #4c6272; font-size: .92em; } footer { margin-top: 3rem; color: #768692; font-size: .85em; }
)css";

} // namespace

QString workshopSummaryHtml(project::Project& project, qint64 workshopId)
{
    WorkshopRepository workshops(project);
    const auto workshop = workshops.find(workshopId);
    if (!workshop)
        throw ProjectError(QStringLiteral("the workshop no longer exists"));
    const WorkshopData& w = workshop->data;
    const QList<Note> notes = NoteRepository(project).notesOf(workshopId);
    ThemeRepository themeRepository(project);
    const QList<Theme> themes = themeRepository.themesOf(workshopId);
    PriorityRepository priorities(project);
    const QList<Criterion> criteria = priorities.criteria();
    const QList<ThemeScore> scores = priorities.scoresOf(workshopId);
    LinkNamer links(project);

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>") +
            esc(w.title) + QStringLiteral("</title><style>") + QString::fromUtf8(kStyle) +
            QStringLiteral("</style></head><body>\n");
    html += QStringLiteral("<h1>") + esc(w.title) + QStringLiteral("</h1>\n<p class=\"meta\">");
    QStringList meta;
    if (w.date.isValid())
        meta << esc(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(w.date, QLocale::LongFormat));
    if (!w.place.isEmpty() || w.online)
        meta << esc(w.online ? (w.place.isEmpty() ? tr("Online") : tr("Online (%1)").arg(w.place)) : w.place);
    if (!w.facilitator.isEmpty())
        meta << tr("Facilitated by %1").arg(esc(w.facilitator));
    html += meta.join(QStringLiteral(" &middot; ")) + QStringLiteral("</p>\n");
    if (!w.topic.isEmpty())
        html += QStringLiteral("<p><strong>") + tr("JSNA topic:") + QStringLiteral("</strong> ") +
                esc(w.topic) + QStringLiteral("</p>\n");
    if (!w.purpose.isEmpty())
        html += QStringLiteral("<p><strong>") + tr("Purpose:") + QStringLiteral("</strong> ") +
                esc(w.purpose) + QStringLiteral("</p>\n");

    // Who took part, by stakeholder group; names only where the participant consented.
    const QList<Participant> participants = workshops.participantsOf(workshopId);
    if (!participants.isEmpty()) {
        QMap<QString, QList<Participant>> byGroup;
        for (const Participant& p : participants)
            byGroup[p.data.stakeholderGroup].append(p);
        html += QStringLiteral("<h2>") + tr("Who took part") + QStringLiteral("</h2>\n<table><tr><th>") +
                tr("Stakeholder group") + QStringLiteral("</th><th class=\"num\">") + tr("People") +
                QStringLiteral("</th><th>") + tr("Organisations and named participants") +
                QStringLiteral("</th></tr>\n");
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
            QStringList who;
            for (const Participant& p : it.value()) {
                QString entry = p.data.organisation;
                if (p.data.consent == Consent::Given && !p.data.name.isEmpty())
                    entry = entry.isEmpty() ? p.data.name : p.data.name + QStringLiteral(" (") + entry + u')';
                if (!entry.isEmpty() && !who.contains(entry))
                    who << entry;
            }
            html += QStringLiteral("<tr><td>") + esc(it.key()) + QStringLiteral("</td><td class=\"num\">") +
                    QString::number(it.value().size()) + QStringLiteral("</td><td>") +
                    esc(who.join(QStringLiteral("; "))) + QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }

    const QList<qint64> evidenceIds = workshops.evidenceOf(workshopId);
    if (!evidenceIds.isEmpty()) {
        html += QStringLiteral("<h2>") + tr("Evidence discussed") + QStringLiteral("</h2>\n<ul>\n");
        for (qint64 id : evidenceIds)
            html += QStringLiteral("<li>") + esc(links.name({NoteLink::Target::Evidence, id})) +
                    QStringLiteral("</li>\n");
        html += QStringLiteral("</ul>\n");
    }

    auto linkList = [&](const Note& note) {
        QStringList names;
        for (const NoteLink& link : note.data.links)
            names << esc(links.name(link));
        return names.join(QStringLiteral("; "));
    };

    html += QStringLiteral("<h2>") + tr("Agreed conclusions") + QStringLiteral("</h2>\n");
    const QList<Note> conclusions = NoteRepository(project).agreedConclusions(workshopId);
    if (conclusions.isEmpty()) {
        html +=
            QStringLiteral("<p>") + tr("No conclusions were marked as agreed.") + QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<ol>\n");
        for (const Note& note : conclusions) {
            html += QStringLiteral("<li>") + esc(note.data.text);
            if (!note.data.links.isEmpty())
                html += QStringLiteral("<br><span class=\"rests\">") + tr("Rests on:") + u' ' +
                        linkList(note) + QStringLiteral("</span>");
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }

    if (!themes.isEmpty()) {
        QHash<qint64, Theme> themeById;
        for (const Theme& theme : themes)
            themeById.insert(theme.id, theme);
        QHash<QPair<qint64, qint64>, int> scoreOf;
        for (const ThemeScore& s : scores)
            scoreOf.insert({s.themeId, s.criterionId}, s.score);
        html += QStringLiteral("<h2>") + tr("Priorities") +
                QStringLiteral("</h2>\n<table><tr><th class=\"num\">") + tr("Rank") +
                QStringLiteral("</th><th>") + tr("Theme") + QStringLiteral("</th><th class=\"num\">") +
                tr("Score") + QStringLiteral("</th><th class=\"num\">") + tr("Votes") +
                QStringLiteral("</th>");
        for (const Criterion& c : criteria)
            html += QStringLiteral("<th class=\"num\" title=\"") + esc(c.data.description) +
                    QStringLiteral("\">") + esc(c.data.name) + QStringLiteral(" (&times;") +
                    QString::number(c.data.weight, 'g', 3) + QStringLiteral(")</th>");
        html += QStringLiteral("</tr>\n");
        for (const RankedTheme& ranked : rankThemes(themes, criteria, scores)) {
            const Theme& theme = themeById[ranked.themeId];
            html += QStringLiteral("<tr><td class=\"num\">") + QString::number(ranked.rank) +
                    QStringLiteral("</td><td>") + esc(theme.data.title) +
                    QStringLiteral("</td><td class=\"num\">") + QString::number(ranked.score, 'f', 2) +
                    QStringLiteral("</td><td class=\"num\">") + QString::number(theme.data.votes) +
                    QStringLiteral("</td>");
            for (const Criterion& c : criteria) {
                const auto s = scoreOf.constFind({theme.id, c.id});
                html += QStringLiteral("<td class=\"num\">") +
                        (s == scoreOf.cend() ? QStringLiteral("&ndash;") : QString::number(*s)) +
                        QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
        for (const Theme& theme : themes) {
            html += QStringLiteral("<h3>") + esc(theme.data.title) + QStringLiteral("</h3>\n");
            if (!theme.data.description.isEmpty())
                html += QStringLiteral("<p>") + esc(theme.data.description) + QStringLiteral("</p>\n");
            html += QStringLiteral("<ul>\n");
            for (const Note& note : notes)
                if (note.data.themeId == theme.id)
                    html += QStringLiteral("<li>") + esc(note.data.text) + QStringLiteral("</li>\n");
            html += QStringLiteral("</ul>\n");
        }
    }

    html += QStringLiteral("<h2>") + tr("Actions") + QStringLiteral("</h2>\n<ul>\n");
    for (const Note& note : notes)
        if (note.data.kind == NoteKind::Action)
            html += QStringLiteral("<li>") + esc(note.data.text) + QStringLiteral("</li>\n");
    html += QStringLiteral("</ul>\n");

    html += QStringLiteral("<h2>") + tr("All notes") + QStringLiteral("</h2>\n<table><tr><th>") + tr("Time") +
            QStringLiteral("</th><th>") + tr("Kind") + QStringLiteral("</th><th>") + tr("Note") +
            QStringLiteral("</th><th>") + tr("Said by") + QStringLiteral("</th></tr>\n");
    for (const Note& note : notes) {
        html += QStringLiteral("<tr><td>") + timeOf(note) + QStringLiteral("</td><td class=\"kind\">") +
                esc(noteKindLabel(note.data.kind)) + QStringLiteral("</td><td>") + esc(note.data.text);
        if (!note.data.links.isEmpty())
            html += QStringLiteral("<br><span class=\"rests\">") + tr("Linked to:") + u' ' + linkList(note) +
                    QStringLiteral("</span>");
        html +=
            QStringLiteral("</td><td>") + esc(note.data.stakeholderGroup) + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n<footer>") +
            tr("Exported from JSNA Workbench on %1.")
                .arg(esc(QDateTime::currentDateTime().toString(Qt::ISODate))) +
            QStringLiteral("</footer>\n</body></html>\n");
    return html;
}

void exportWorkshopHtml(project::Project& project, qint64 workshopId, const QString& path)
{
    writeAtomically(path, workshopSummaryHtml(project, workshopId).toUtf8());
}

void exportWorkshopCsv(project::Project& project, qint64 workshopId, const QString& path)
{
    if (!WorkshopRepository(project).find(workshopId))
        throw ProjectError(QStringLiteral("the workshop no longer exists"));
    QHash<qint64, QString> themeTitle;
    for (const Theme& theme : ThemeRepository(project).themesOf(workshopId))
        themeTitle.insert(theme.id, theme.data.title);
    LinkNamer links(project);
    QStringList lines;
    lines << QStringLiteral("note_id,created,kind,text,tags,stakeholder_group,theme,votes,agreed,linked_to");
    for (const Note& note : NoteRepository(project).notesOf(workshopId)) {
        QStringList linked;
        for (const NoteLink& link : note.data.links)
            linked << links.name(link);
        const QStringList fields{
            QString::number(note.id),
            note.created().toLocalTime().toString(Qt::ISODate),
            toStorage(note.data.kind),
            note.data.text,
            note.tags.join(u' '),
            note.data.stakeholderGroup,
            themeTitle.value(note.data.themeId),
            QString::number(note.data.votes),
            note.data.agreed ? QStringLiteral("yes") : QStringLiteral("no"),
            linked.join(QStringLiteral("; ")),
        };
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        lines << escaped.join(u',');
    }
    writeAtomically(path, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace jsna::workshop
