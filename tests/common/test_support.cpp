// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/test_support.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace jsna::test {

bool fuzzyCompare(double actual, double expected, double relativeTolerance)
{
    if (std::isnan(actual) || std::isnan(expected))
        return std::isnan(actual) && std::isnan(expected);
    const double scale = std::max(std::abs(expected), 1.0);
    return std::abs(actual - expected) <= relativeTolerance * scale;
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(JSNA_TEST_DATA_DIR "/") + relative;
}

QString copyFixture(const QString& relative, const QString& directory)
{
    const QString source = dataPath(relative);
    const QString target = QDir(directory).filePath(QFileInfo(source).fileName());
    QFile::remove(target);
    if (!QFile::copy(source, target))
        qFatal("cannot copy fixture %s", qPrintable(source));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JSNA_CLI_PATH), arguments);
    if (!process.waitForFinished(600000))
        qFatal("jsna %s did not finish", qPrintable(arguments.join(u' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace jsna::test
