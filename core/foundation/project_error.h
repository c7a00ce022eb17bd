// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>

#include <QByteArray>
#include <QString>

namespace jsna {

// The one exception type core/ throws: a user-readable message plus where it happened.
// ui/ shows describe(); the CLI prints it to stderr and exits non-zero.
class ProjectError : public std::exception
{
public:
    explicit ProjectError(QString message, QString file = {}, qint64 line = 0, int column = 0);

    const QString& message() const { return m_message; }
    const QString& file() const { return m_file; }
    qint64 line() const { return m_line; }
    int column() const { return m_column; }

    // "file:line:column: message", leaving out the parts that are unknown.
    QString describe() const;
    const char* what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QString m_file;
    qint64 m_line = 0;
    int m_column = 0;
    QByteArray m_what;
};

} // namespace jsna
