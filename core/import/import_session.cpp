// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/import_session.h"

#include <QDateTime>
#include <QFileInfo>

#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/geography/area.h"
#include "core/import/csv_reader.h"
#include "core/import/text_encoding.h"
#include "core/store/database.h"

namespace jsna::import {

namespace {

constexpr qint64 kProgressEveryRows = 4096;
constexpr qsizetype kMaxValueInReport = 200;

} // namespace

qint64 KeyTracker::firstSeen(std::string_view key, qint64 line)
{
    if ((m_used + 1) * 2 > m_hashes.size()) {
        if (m_hashes.size() >= kMaxKeys * 2)
            m_full = true;
        else
            grow();
    }
    quint64 hash = std::hash<std::string_view>{}(key);
    if (hash == 0)
        hash = 1; // 0 marks an empty slot
    const std::size_t mask = m_hashes.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_hashes[i] == hash)
            return m_lines[i];
        if (m_hashes[i] == 0) {
            if (m_full)
                return 0; // not remembered: the table is as big as it may get
            m_hashes[i] = hash;
            m_lines[i] = static_cast<quint32>(line);
            ++m_used;
            return 0;
        }
    }
}

void KeyTracker::grow()
{
    const std::size_t size = std::max<std::size_t>(1024, m_hashes.size() * 2);
    std::vector<quint64> hashes(size);
    std::vector<quint32> lines(size);
    hashes.swap(m_hashes);
    lines.swap(m_lines);
    const std::size_t mask = size - 1;
    for (std::size_t old = 0; old < hashes.size(); ++old) {
        if (hashes[old] == 0)
            continue;
        std::size_t i = hashes[old] & mask;
        while (m_hashes[i] != 0)
            i = (i + 1) & mask;
        m_hashes[i] = hashes[old];
        m_lines[i] = lines[old];
    }
}

ImportSession::ImportSession(store::Database& database, const RecordSource& reader,
                             const ImportOptions& options, ImportReport& report, Progress& progress)
    : m_db(database)
    , m_reader(reader)
    , m_options(options)
    , m_report(report)
    , m_progress(progress)
    , m_transaction(database)
{
    store::Statement codes = m_db.prepare("SELECT code FROM areas");
    while (codes.step()) {
        const QByteArray code = codes.text(0).toUtf8();
        m_areas.emplace(code.constData(), static_cast<std::size_t>(code.size()));
    }
    m_progress.setRange(0, reader.totalBytes());
    m_progress.setLabel(QStringLiteral("Importing %1").arg(QFileInfo(reader.path()).fileName()));
}

ImportSession::~ImportSession() = default;

bool ImportSession::decimalComma() const
{
    return m_reader.format().delimiter == ';';
}

void ImportSession::beginRow()
{
    if (++m_report.rowsRead % kProgressEveryRows == 0) {
        m_progress.setValue(m_reader.bytesRead());
        throwIfCanceled(m_progress);
    }
}

bool ImportSession::reject(int column, std::string_view value, const QString& reason)
{
    ++m_report.rowsRejected;
    RejectedRow row;
    row.line = m_reader.recordLine();
    row.column = column >= 0 ? column + 1 : 0;
    if (column >= 0 && column < m_columnNames.size())
        row.columnName = m_columnNames.at(column);
    row.value = fromUtf8(value.substr(0, kMaxValueInReport));
    row.reason = reason;
    if (!m_options.rejectsPath.isEmpty()) {
        if (!m_rejects) {
            m_rejectsFile = std::make_unique<QFile>(m_options.rejectsPath);
            if (!m_rejectsFile->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
                throw ProjectError(QStringLiteral("cannot write the rejected-rows report (%1)")
                                       .arg(m_rejectsFile->errorString()),
                                   m_options.rejectsPath);
            }
            m_rejects = std::make_unique<CsvWriter>(*m_rejectsFile);
            m_rejects->writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                 QStringLiteral("column name"), QStringLiteral("value"),
                                 QStringLiteral("reason")});
            m_report.rejectsPath = m_options.rejectsPath;
        }
        m_rejects->writeRow({m_reader.path(), QString::number(row.line), QString::number(row.column),
                             row.columnName, row.value, row.reason});
    }
    if (m_report.rejected.size() < ImportReport::kMaxListedRejections)
        m_report.rejected.append(std::move(row));
    return false;
}

qint64 ImportSession::duplicateOf(std::string_view key)
{
    const qint64 earlier = m_keys.firstSeen(key, m_reader.recordLine());
    if (m_keys.isFull()) {
        addNote(QStringLiteral("duplicate rows were looked for among the first %1 rows only")
                    .arg(KeyTracker::kMaxKeys));
    }
    return earlier;
}

bool ImportSession::hasArea(std::string_view code) const
{
    return m_areas.find(code) != m_areas.end();
}

void ImportSession::ensureArea(std::string_view code, std::string_view name, const QString& type,
                               std::string_view parentCode, std::string_view parentName)
{
    if (hasArea(code))
        return;
    if (!parentCode.empty() && parentCode != code && !hasArea(parentCode)) {
        QString parentType = geography::areaTypeForCode(fromUtf8(parentCode));
        insertArea(parentCode, parentName.empty() ? parentCode : parentName,
                   parentType.isEmpty() ? QStringLiteral("other") : parentType, {});
    }
    insertArea(code, name.empty() ? code : name, type, parentCode == code ? std::string_view() : parentCode);
}

void ImportSession::insertArea(std::string_view code, std::string_view name, const QString& type,
                               std::string_view parent)
{
    if (!m_insertArea) {
        m_insertArea = std::make_unique<store::Statement>(m_db.prepare(
            "INSERT INTO areas(code, name, area_type, parent_code) VALUES (?1, ?2, ?3, nullif(?4, ''))"
            " ON CONFLICT(code) DO NOTHING"));
    }
    m_insertArea->bindUtf8(1, code).bindUtf8(2, name).bind(3, type).bindUtf8(4, parent).run();
    m_areas.emplace(code);
    ++m_report.areasCreated;
    changed(project::ChangeNotifier::Table::Areas);
}

void ImportSession::count(WriteOutcome outcome)
{
    switch (outcome) {
    case WriteOutcome::Added:
        ++m_report.rowsAdded;
        break;
    case WriteOutcome::Replaced:
        ++m_report.rowsReplaced;
        break;
    case WriteOutcome::Kept:
        ++m_report.rowsKept;
        break;
    }
}

void ImportSession::changed(project::ChangeNotifier::Table table)
{
    if (!m_report.changedTables.contains(table))
        m_report.changedTables.append(table);
}

void ImportSession::addNote(const QString& note)
{
    if (!m_report.notes.contains(note))
        m_report.notes.append(note);
}

bool ImportSession::finish()
{
    if (m_rejectsFile)
        m_rejectsFile->close();
    m_report.encoding = m_reader.format().encoding; // may have turned out Windows-1252 late in the file
    m_progress.setValue(m_reader.totalBytes());
    m_report.dryRun = m_options.dryRun;
    if (m_options.dryRun || (m_report.rowsRejected > 0 && !m_options.skipBadRows)) {
        m_transaction.rollback();
        m_report.committed = false;
        if (m_options.dryRun)
            m_report.changedTables.clear(); // the counts say what an import would do
        else
            m_report.clearWrites();
        return false;
    }
    QStringList options;
    options.append(m_options.duplicates == DuplicatePolicy::Keep ? QStringLiteral("duplicates=keep")
                                                                 : QStringLiteral("duplicates=replace"));
    if (m_options.skipBadRows)
        options.append(QStringLiteral("skip-bad-rows"));
    if (m_options.mapping && !m_options.mapping->name.isEmpty())
        options.append(QStringLiteral("mapping=%1").arg(m_options.mapping->name));
    m_db.prepare(
            "INSERT INTO imports(file, format, encoding, imported_at, rows_read, rows_added, rows_replaced,"
            " rows_kept, rows_rejected, options) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, m_reader.path())
        .bind(2, importFormatKey(m_report.format))
        .bind(3, m_report.encoding)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(5, m_report.rowsRead)
        .bind(6, m_report.rowsAdded)
        .bind(7, m_report.rowsReplaced)
        .bind(8, m_report.rowsKept)
        .bind(9, m_report.rowsRejected)
        .bind(10, options.join(QStringLiteral("; ")))
        .run();
    m_transaction.commit();
    m_report.committed = true;
    return true;
}

} // namespace jsna::import
