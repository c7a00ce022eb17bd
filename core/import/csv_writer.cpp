// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csv_writer.h"

#include <QFileDevice>
#include <QIODevice>

#include "core/foundation/project_error.h"

namespace jsna::import {

CsvWriter::CsvWriter(QIODevice& device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

void CsvWriter::writeRow(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.push_back(m_delimiter);
        const QByteArray utf8 = fields.at(i).toUtf8();
        const bool needsQuotes =
            !utf8.isEmpty() && (utf8.contains(m_delimiter) || utf8.contains('"') || utf8.contains('\n') ||
                                utf8.contains('\r') || utf8.front() == ' ' || utf8.back() == ' ');
        if (!needsQuotes) {
            m_line.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            continue;
        }
        m_line.push_back('"');
        for (const char c : utf8) {
            if (c == '"')
                m_line.push_back('"');
            m_line.push_back(c);
        }
        m_line.push_back('"');
    }
    m_line.push_back('\n');
    if (m_device.write(m_line.data(), static_cast<qint64>(m_line.size())) !=
        static_cast<qint64>(m_line.size())) {
        const auto* file = qobject_cast<QFileDevice*>(&m_device);
        throw ProjectError(QStringLiteral("cannot write (%1)").arg(m_device.errorString()),
                           file ? file->fileName() : QString());
    }
}

} // namespace jsna::import
