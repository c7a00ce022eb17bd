// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QStringList>

class QIODevice;

namespace jsna::import {

// Writes RFC 4180 records to a device as UTF-8 without a BOM. Lines end in LF, not the RFC's CRLF:
// every CSV reader we target (ours, R, Python, Excel, LibreOffice) accepts LF, and LF files diff
// cleanly in version control. A field is quoted when it holds the delimiter, a quote, a line break
// or leading or trailing spaces; quotes inside it are doubled.
// Threading contract: use from one thread; the device is not owned.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device, char delimiter = ',');

    // Throws ProjectError when the device cannot be written.
    void writeRow(const QStringList& fields);

private:
    QIODevice& m_device;
    char m_delimiter;
    std::string m_line;
};

} // namespace jsna::import
