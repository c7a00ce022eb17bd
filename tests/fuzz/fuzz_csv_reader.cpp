// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: encoding and delimiter detection, the streaming CSV reader (libcsv) on any bytes,
// and the field parsers on every field read. Anything but a ProjectError escaping, a crash, a leak, a
// hang or an ASan/UBSan report is a bug. Run through scripts/fuzz-csv.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string_view>
#include <unistd.h>
#include <vector>

#include <QFile>
#include <QString>
#include <QStringList>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/field_parsers.h"

namespace {

// The reader takes a path, so each input goes to a file in memory-backed /dev/shm when there is one.
const QString& inputPath()
{
    static const QString path =
        QStringLiteral("%1/jsna-fuzz-%2.csv")
            .arg(QFile::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm")
                                                           : QStringLiteral("/tmp"))
            .arg(getpid());
    return path;
}

void readAll(std::optional<char> delimiter)
{
    try {
        jsna::import::CsvReader reader(inputPath(), delimiter);
        std::vector<std::string_view> fields;
        qint64 lastLine = 0;
        while (reader.nextUtf8(fields)) {
            // Lines only move forward, and progress never passes the file's size.
            if (reader.recordLine() < lastLine || reader.bytesRead() > reader.totalBytes())
                __builtin_trap();
            lastLine = reader.recordLine();
            for (const std::string_view field : fields) {
                (void)jsna::import::parseNumber(field, delimiter == ';');
                (void)jsna::import::parseAgeBand(field);
                (void)jsna::import::canonicalSex(field);
                (void)jsna::import::sortablePeriod(field);
            }
        }
    } catch (const jsna::ProjectError&) {
        // Malformed input is reported, never crashed on.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const bool atEnd : {true, false}) {
        try {
            (void)jsna::import::CsvReader::detectFormat(bytes, atEnd);
        } catch (const jsna::ProjectError&) {
        }
    }
    {
        QFile file(inputPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    }
    readAll(std::nullopt);
    readAll(';');
    QStringList fields;
    try {
        jsna::import::CsvReader reader(inputPath());
        while (reader.next(fields)) {
        }
    } catch (const jsna::ProjectError&) {
    }
    return 0;
}
