// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jsna::test {

// True when actual and expected agree to a relative tolerance (absolute near zero).
bool fuzzyCompare(double actual, double expected, double relativeTolerance = 1e-9);

// Path of a file under tests/data.
QString dataPath(const QString& relative);

// Copies a fixture under tests/data into directory and returns the copy's path (fixtures are
// never opened in place, so tests cannot change them).
QString copyFixture(const QString& relative, const QString& directory);

// The result of running the jsna command line.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built `jsna` with arguments and waits (up to 10 minutes) for it to finish.
CliRun runCli(const QStringList& arguments);

} // namespace jsna::test

// QCOMPARE for doubles with a relative tolerance, printing both values on failure.
#define JSNA_COMPARE_REL(actual, expected, tolerance)                                                        \
    do {                                                                                                    \
        const double jsnaActual_ = (actual);                                                                 \
        const double jsnaExpected_ = (expected);                                                             \
        if (!jsna::test::fuzzyCompare(jsnaActual_, jsnaExpected_, (tolerance)))                              \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                         \
                                 .arg(QStringLiteral(#actual))                                              \
                                 .arg(jsnaActual_, 0, 'g', 17)                                              \
                                 .arg(jsnaExpected_, 0, 'g', 17)));                                         \
    } while (false)
