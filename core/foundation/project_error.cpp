// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/foundation/project_error.h"

#include <utility>

namespace jsna {

ProjectError::ProjectError(QString message, QString file, qint64 line, int column)
    : m_message(std::move(message))
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
{
    m_what = describe().toUtf8();
}

QString ProjectError::describe() const
{
    QString where = m_file;
    if (m_line > 0) {
        where += u':' + QString::number(m_line);
        if (m_column > 0)
            where += u':' + QString::number(m_column);
    }
    return where.isEmpty() ? m_message : where + u": " + m_message;
}

} // namespace jsna
