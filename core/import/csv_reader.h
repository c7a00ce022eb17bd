// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/import/record_source.h"

class QFile;

namespace jsna::import {

// How a delimited text file is written: its character encoding and field delimiter.
struct CsvFormat
{
    // "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE" or "UTF-16BE".
    QString encoding;
    char delimiter = ',';
};

// Streams the records of an RFC 4180 file (libcsv, strict), whatever its encoding, in bounded
// memory: the file is read in 64 KiB chunks and never loaded whole.
//
// Detection, from the first 64 KiB: a BOM (UTF-8, UTF-16LE/BE), else UTF-16 by its NUL pattern, else
// the first non-ASCII character decides: UTF-8 when it is valid UTF-8, else Windows-1252 (Excel's
// default in England). A file that is all ASCII in the sample and meets a non-UTF-8 byte later
// switches to Windows-1252 once, which decodes everything read so far identically; a UTF-8 file
// with a stray non-UTF-8 byte is an error at that byte's line and field. The delimiter is the one of , ; or
// tab that splits the first lines most consistently (outside quotes), unless the caller names one.
//
// Errors are ProjectErrors naming the file and, for malformed input, the 1-based physical line and
// the 1-based field number (the "column" of a CSV file) with the reason.
// Threading contract: one reader per thread; it owns its file.
class CsvReader final : public RecordSource
{
public:
    // The longest field and record accepted; longer ones are reported as malformed input, so a
    // damaged file cannot exhaust memory.
    static constexpr std::size_t kMaxFieldBytes = 1024 * 1024;
    static constexpr std::size_t kMaxRecordBytes = 16 * 1024 * 1024;
    static constexpr int kMaxFields = 16384;

    explicit CsvReader(const QString& path, std::optional<char> delimiter = std::nullopt);
    ~CsvReader() override;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const QString& path() const override { return m_path; }
    const CsvFormat& format() const override { return m_format; }

    // The next record, decoded; false at the end of the file. Blank lines are skipped.
    bool next(QStringList& fields);
    // The next record as UTF-8 views, valid until the next call: the fast path for bulk importers.
    bool nextUtf8(std::vector<std::string_view>& fields) override;

    qint64 recordLine() const override
    {
        return m_recordLine;
    } // 1-based physical line where the last record started
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

    // Encoding and delimiter detection over a sample of a file's first bytes (exposed for the fuzzer
    // and the wizard's preview). Throws ProjectError naming file when the sample is not text.
    // atEnd says the sample is the whole file.
    static CsvFormat detectFormat(std::string_view sample, bool atEnd, const QString& file = {});
    // The delimiter among , ; and tab that splits the first lines of a UTF-8 sample most consistently.
    static char detectDelimiter(std::string_view utf8Sample, bool atEnd);

private:
    class Parser;
    void readChunk();

    QString m_path;
    CsvFormat m_format;
    std::unique_ptr<QFile> m_file;
    std::string m_chunk; // the raw bytes last read
    bool m_atEnd = false;
    std::unique_ptr<Parser> m_parser;
    std::vector<std::string_view> m_views;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace jsna::import
