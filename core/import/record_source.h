// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

#include <QString>

namespace jsna::import {

struct CsvFormat;

// Where an importer's records come from: a CsvReader, or a PrefetchingReader that runs one on a
// thread of its own. Used by one (consuming) thread.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    virtual const QString& path() const = 0;
    // The encoding may turn from UTF-8 to Windows-1252 once, partway (see CsvReader).
    virtual const CsvFormat& format() const = 0;
    // The next record as UTF-8 views, valid until the next call; false at the end. Throws ProjectError.
    virtual bool nextUtf8(std::vector<std::string_view>& fields) = 0;
    virtual qint64 recordLine() const = 0; // 1-based physical line where the last record started
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};

} // namespace jsna::import
