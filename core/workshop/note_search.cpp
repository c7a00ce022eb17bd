// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/note_search.h"

#include <QRegularExpression>

#include "core/project/project.h"
#include "core/store/database.h"

namespace jsna::workshop {

namespace {

// Private-use characters mark the matches in FTS5's snippet(); they are turned into <mark> tags
// after the text has been HTML-escaped, so user text can never inject markup.
constexpr char16_t kOpenMark = u'\uE000';
constexpr char16_t kCloseMark = u'\uE001';

bool hasWordCharacter(const QString& term)
{
    for (const QChar c : term)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

bool isPlainWord(const QString& term)
{
    for (const QChar c : term)
        if (!c.isLetterOrNumber())
            return false;
    return true;
}

QString markedToHtml(QString text)
{
    text.remove(QChar(kOpenMark)).remove(QChar(kCloseMark)); // never present in stored text, but be sure
    return text.toHtmlEscaped();
}

QString snippetToHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(kOpenMark), QStringLiteral("<mark>"));
    html.replace(QChar(kCloseMark), QStringLiteral("</mark>"));
    return html;
}

// Filters shared by both queries: ?2 workshop, ?3 kind, ?4 tag, ?5 stakeholder group, ?6 limit.
#define JSNA_NOTE_FILTERS                                                                                    \
    " AND (?2 = 0 OR n.workshop_id = ?2) AND (?3 = '' OR n.kind = ?3)"                                       \
    " AND (?4 = '' OR instr(' ' || n.tags || ' ', ' ' || ?4 || ' ') > 0)"                                    \
    " AND (?5 = '' OR n.stakeholder_group = ?5)"

} // namespace

QString buildMatchExpression(const QString& userText)
{
    const QStringList words =
        userText.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    QStringList phrases;
    for (const QString& word : words) {
        if (!hasWordCharacter(word))
            continue; // "++" or "-" alone: nothing the tokenizer would index
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        phrases.append(u'"' + quoted + u'"');
    }
    if (phrases.isEmpty())
        return {};
    // While typing, the last word is probably unfinished: match it as a prefix ("car" finds "carers").
    const bool stillTyping = !userText.isEmpty() && !userText.back().isSpace();
    if (stillTyping && isPlainWord(words.constLast()))
        phrases.last().append(u'*');
    return phrases.join(u' ');
}

NoteSearch::NoteSearch(project::Project& project)
    : m_project(project)
{}

namespace {

QString columnFilter(const char* column, const QString& value)
{
    if (!hasWordCharacter(value))
        return {}; // nothing the index holds: the SQL filter alone decides
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("%1 : \"%2\"").arg(QLatin1String(column), quoted);
}

} // namespace

QList<NoteHit> NoteSearch::search(const NoteQuery& query)
{
    const QString words = buildMatchExpression(query.text);
    if (words.isEmpty() && !query.text.trimmed().isEmpty())
        return {}; // only punctuation typed: nothing can match
    // Every filter narrows through the index as well, so a search stays fast however many notes
    // match the words but not the filters; the exact tests in SQL drop look-alikes (a tag or a
    // group name whose words merely occur in that order).
    const QString tag = query.tag.trimmed().toLower();
    QStringList terms;
    if (!words.isEmpty())
        terms << QStringLiteral("{text tags} : (") + words + u')'; // never the filter columns

    if (!tag.isEmpty())
        terms << columnFilter("tags", tag);
    if (query.kind)
        terms << columnFilter("kind", toStorage(*query.kind));
    if (!query.stakeholderGroup.isEmpty())
        terms << columnFilter("stakeholder_group", query.stakeholderGroup);
    if (query.workshopId != 0)
        terms << columnFilter("workshop_id", QString::number(query.workshopId));
    terms.removeAll(QString());
    const QString match = terms.join(QStringLiteral(" AND "));
    const bool filtersOnly = match.isEmpty();
    store::Database& db = m_project.database();
    // Newest first, so FTS5 walks its index backwards and stops at the limit however many notes match:
    // ranking every match by relevance took 0.4 s for a common word over 100,000 notes.
    store::Statement& statement =
        filtersOnly
            ? db.cached(
                  "SELECT n.id, n.workshop_id, w.title, n.kind, n.stakeholder_group, n.created_ms, n.text"
                  " FROM workshop_notes n JOIN workshops w ON w.id = n.workshop_id WHERE ?1 = "
                  "''" JSNA_NOTE_FILTERS " ORDER BY n.id DESC LIMIT ?6")
            : db.cached("SELECT n.id, n.workshop_id, w.title, n.kind, n.stakeholder_group, n.created_ms,"
                        " snippet(workshop_notes_fts, 0, char(57344), char(57345), '…', 40)"
                        " FROM workshop_notes_fts f JOIN workshop_notes n ON n.id = f.rowid"
                        " JOIN workshops w ON w.id = n.workshop_id WHERE workshop_notes_fts MATCH "
                        "?1" JSNA_NOTE_FILTERS " ORDER BY f.rowid DESC LIMIT ?6");
    statement.bind(1, match)
        .bind(2, query.workshopId)
        .bind(3, query.kind ? toStorage(*query.kind) : QString())
        .bind(4, tag)
        .bind(5, query.stakeholderGroup)
        .bind(6, query.limit);
    QList<NoteHit> hits;
    try {
        while (statement.step()) {
            NoteHit hit;
            hit.noteId = statement.int64(0);
            hit.workshopId = statement.int64(1);
            hit.workshopTitle = statement.text(2);
            hit.kind = noteKindFromStorage(statement.text(3));
            hit.stakeholderGroup = statement.text(4);
            hit.createdMs = statement.int64(5);
            hit.html = filtersOnly ? markedToHtml(statement.text(6)) : snippetToHtml(statement.text(6));
            hits.append(hit);
        }
    } catch (...) {
        statement.reset();
        throw;
    }
    statement.reset();
    return hits;
}

} // namespace jsna::workshop
