// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csv_reader.h"

#include <cstring>
#include <utility>

#include <csv.h>

#include <QFile>

#include "core/foundation/project_error.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

// libcsv's parser states (libcsv.c names them; csv.h exposes only the number in csv_parser::pstate).
constexpr int kRowNotBegun = 0;
constexpr int kFieldBegun = 2;

constexpr qint64 kChunkBytes = 64 * 1024;
// libcsv is fed one physical line at a time (so every record knows its line), split further when a
// line is longer than this (so field length limits are checked while the field grows).
constexpr std::size_t kSegmentBytes = 64 * 1024;

// RFC 4180: spaces are part of a field. libcsv trims spaces and tabs by default, which would also
// swallow empty fields of a tab-delimited file.
int neverSpace(unsigned char)
{
    return 0;
}

QString sizeText(std::size_t bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                : QStringLiteral("%1 KiB").arg(bytes / 1024);
}

} // namespace

// The streaming state: file, encoding, libcsv parser and a small pool of finished records.
class CsvReader::Parser
{
public:
    struct Record
    {
        qint64 line = 0;
        std::string bytes;               // the record's fields, decoded to UTF-8, back to back
        std::vector<std::uint32_t> ends; // end offset of each field in bytes
    };

    Parser(const QString& path, TextEncoding encoding, char delimiter)
        : m_path(path)
        , m_encoding(encoding)
        , m_utf16(encoding == TextEncoding::Utf16BE)
    {
        csv_init(&m_csv, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_delim(&m_csv, static_cast<unsigned char>(delimiter));
        csv_set_space_func(&m_csv, &neverSpace);
    }
    ~Parser() { csv_free(&m_csv); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    TextEncoding encoding() const { return m_encoding; }

    // Takes the next chunk of raw file bytes (BOM already removed).
    void push(std::string_view raw, bool atEnd)
    {
        m_atEnd = atEnd;
        if (isUtf16()) {
            m_decoded.clear();
            m_utf16.decode(raw, m_decoded);
            if (atEnd)
                m_utf16.finish(m_decoded);
            m_pending = m_decoded;
        } else {
            m_pending = raw;
        }
    }

    bool needsInput() const { return m_pending.empty() && !m_atEnd; }

    // The next finished record, or nullptr at the end (or when input is needed first).
    const Record* next()
    {
        while (m_readyPos == m_readyCount) {
            m_readyPos = 0;
            m_readyCount = 0;
            if (!m_pending.empty())
                feedSegment();
            else if (!m_atEnd)
                return nullptr;
            else if (!m_finished)
                finish();
            else
                return nullptr;
        }
        return &m_ready[m_readyPos++];
    }

private:
    bool isUtf16() const
    {
        return m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE;
    }
    int fieldNumber() const { return static_cast<int>(m_building.ends.size()) + 1; }

    static void onField(void* data, std::size_t length, void* self)
    {
        static_cast<Parser*>(self)->addField(static_cast<const char*>(data), length);
    }
    static void onRecord(int, void* self) { static_cast<Parser*>(self)->endRecord(); }

    // Called from inside libcsv (C code): errors are stored and thrown once csv_parse returns.
    void fail(const QString& message, qint64 line, int column)
    {
        if (!m_error)
            m_error = std::make_unique<ProjectError>(message, m_path, line, column);
    }

    void addField(const char* data, std::size_t length)
    {
        if (m_error)
            return;
        const std::string_view field(data ? data : "", length);
        if (m_building.ends.size() >= static_cast<std::size_t>(kMaxFields))
            return fail(QStringLiteral("record with more than %1 fields").arg(kMaxFields), m_line,
                        fieldNumber());
        if (length > kMaxFieldBytes)
            return fail(
                QStringLiteral("field longer than %1 (is a quote left open?)").arg(sizeText(kMaxFieldBytes)),
                m_line, fieldNumber());
        if (m_building.bytes.size() + length > kMaxRecordBytes)
            return fail(QStringLiteral("record longer than %1").arg(sizeText(kMaxRecordBytes)), m_line,
                        fieldNumber());
        const ByteClass bytes = classifyBytes(field);
        if (bytes.hasNul)
            return fail(QStringLiteral("NUL byte in the data: this looks like binary data, not text"), m_line,
                        fieldNumber());
        if (bytes.ascii) {
            m_building.bytes.append(field);
        } else if (m_encoding == TextEncoding::Windows1252) {
            appendWindows1252AsUtf8(field, m_building.bytes);
        } else if (const std::size_t bad = findInvalidUtf8(field); bad == std::string_view::npos) {
            m_sawNonAscii = true;
            m_building.bytes.append(field);
        } else if (m_encoding == TextEncoding::Utf8 && !m_sawNonAscii) {
            // Only ASCII so far, so nothing read yet decodes differently: this is Windows-1252.
            m_encoding = TextEncoding::Windows1252;
            appendWindows1252AsUtf8(field, m_building.bytes);
        } else if (isUtf16()) {
            return fail(QStringLiteral("invalid UTF-16 (an unpaired surrogate or a cut-off character)"),
                        m_line, fieldNumber());
        } else {
            const auto byte = static_cast<unsigned char>(field[bad]);
            return fail(QStringLiteral("byte 0x%1 is not valid UTF-8 although the file is UTF-8 elsewhere; "
                                       "save it again as UTF-8")
                            .arg(QString::number(byte, 16).toUpper().rightJustified(2, u'0')),
                        m_line, fieldNumber());
        }
        m_building.ends.push_back(static_cast<std::uint32_t>(m_building.bytes.size()));
    }

    void endRecord()
    {
        if (m_error)
            return;
        m_building.line = m_rowStartLine;
        if (m_readyCount == m_ready.size())
            m_ready.emplace_back();
        std::swap(m_ready[m_readyCount++], m_building);
        m_building.bytes.clear();
        m_building.ends.clear();
    }

    void feedSegment()
    {
        const std::string_view rest = m_pending;
        const auto* newline = static_cast<const char*>(std::memchr(rest.data(), '\n', rest.size()));
        std::size_t length = newline ? static_cast<std::size_t>(newline - rest.data()) + 1 : rest.size();
        length = std::min(length, kSegmentBytes);
        const bool endsLine = rest[length - 1] == '\n';
        if (m_csv.pstate == kRowNotBegun)
            m_rowStartLine = m_line;

        const std::size_t parsed = csv_parse(&m_csv, rest.data(), length, &onField, &onRecord, this);
        if (m_error)
            throw *m_error;
        if (parsed != length) {
            if (csv_error(&m_csv) != CSV_EPARSE)
                throw ProjectError(QStringLiteral("out of memory while reading"), m_path, m_line,
                                   fieldNumber());
            const char c = rest[parsed];
            if (m_csv.quoted) {
                throw ProjectError(
                    QStringLiteral("unexpected character '%1' after the closing quote of a quoted "
                                   "field (a quote inside a quoted field must be doubled: \"\")")
                        .arg(QString::fromLatin1(&c, 1)),
                    m_path, m_line, fieldNumber());
            }
            throw ProjectError(
                QStringLiteral("quote character inside an unquoted field (quote the whole field "
                               "and double the quote: \"\")"),
                m_path, m_line, fieldNumber());
        }
        if (m_csv.quoted && m_csv.pstate == kFieldBegun) {
            if (m_quoteLine == 0)
                m_quoteLine = m_line;
        } else {
            m_quoteLine = 0;
        }
        if (m_csv.entry_pos > kMaxFieldBytes) {
            throw ProjectError(
                QStringLiteral("field longer than %1 (is a quote left open?)").arg(sizeText(kMaxFieldBytes)),
                m_path, m_quoteLine ? m_quoteLine : m_line, fieldNumber());
        }
        m_pending.remove_prefix(length);
        if (endsLine)
            ++m_line;
    }

    void finish()
    {
        m_finished = true;
        if (m_csv.pstate == kRowNotBegun)
            m_rowStartLine = m_line;
        const int rc = csv_fini(&m_csv, &onField, &onRecord, this);
        if (m_error)
            throw *m_error;
        if (rc != 0) {
            throw ProjectError(
                QStringLiteral("unterminated quoted field: the quote opened on this line is never closed"),
                m_path, m_quoteLine ? m_quoteLine : m_rowStartLine, fieldNumber());
        }
    }

    QString m_path;
    TextEncoding m_encoding;
    Utf16Decoder m_utf16;
    csv_parser m_csv{};
    std::string m_decoded;
    std::string_view m_pending;
    bool m_atEnd = false;
    bool m_finished = false;
    bool m_sawNonAscii = false;
    qint64 m_line = 1;
    qint64 m_rowStartLine = 1;
    qint64 m_quoteLine = 0;
    Record m_building;
    std::vector<Record> m_ready;
    std::size_t m_readyCount = 0;
    std::size_t m_readyPos = 0;
    std::unique_ptr<ProjectError> m_error;
};

CsvReader::CsvReader(const QString& path, std::optional<char> delimiter)
    : m_path(path)
    , m_file(std::make_unique<QFile>(path))
{
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw ProjectError(QStringLiteral("cannot open the file (%1)").arg(m_file->errorString()), path);
    m_totalBytes = m_file->size();
    readChunk();
    if (m_chunk.empty())
        throw ProjectError(QStringLiteral("the file is empty"), path);

    const TextEncoding encoding = detectTextEncoding(m_chunk, m_atEnd, path);
    std::string_view first(m_chunk);
    first.remove_prefix(byteOrderMarkLength(first, encoding));
    if (first.empty() && m_atEnd)
        throw ProjectError(QStringLiteral("the file is empty"), path);
    m_format.encoding = textEncodingName(encoding);
    if (delimiter) {
        m_format.delimiter = *delimiter;
    } else if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        std::string utf8;
        Utf16Decoder(encoding == TextEncoding::Utf16BE).decode(first, utf8);
        m_format.delimiter = detectDelimiter(utf8, m_atEnd);
    } else {
        m_format.delimiter = detectDelimiter(first, m_atEnd);
    }
    m_parser = std::make_unique<Parser>(path, encoding, m_format.delimiter);
    m_parser->push(first, m_atEnd);
}

CsvReader::~CsvReader() = default;

void CsvReader::readChunk()
{
    m_chunk.resize(static_cast<std::size_t>(kChunkBytes));
    const qint64 n = m_file->read(m_chunk.data(), kChunkBytes);
    if (n < 0)
        throw ProjectError(QStringLiteral("cannot read the file (%1)").arg(m_file->errorString()), m_path);
    m_chunk.resize(static_cast<std::size_t>(n));
    m_bytesRead += n;
    m_atEnd = n == 0 || (!m_file->isSequential() && m_bytesRead >= m_totalBytes);
}

bool CsvReader::nextUtf8(std::vector<std::string_view>& fields)
{
    const Parser::Record* record = nullptr;
    while (!(record = m_parser->next())) {
        if (!m_parser->needsInput()) {
            fields.clear();
            return false;
        }
        readChunk();
        m_parser->push(m_chunk, m_atEnd);
    }
    if (m_parser->encoding() == TextEncoding::Windows1252 && m_format.encoding != u"Windows-1252")
        m_format.encoding = textEncodingName(TextEncoding::Windows1252);
    m_recordLine = record->line;
    fields.resize(record->ends.size());
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < record->ends.size(); ++i) {
        fields[i] = std::string_view(record->bytes).substr(begin, record->ends[i] - begin);
        begin = record->ends[i];
    }
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    const bool found = nextUtf8(m_views);
    fields.clear();
    fields.reserve(static_cast<qsizetype>(m_views.size()));
    for (const std::string_view view : m_views)
        fields.append(fromUtf8(view));
    return found;
}

} // namespace jsna::import
