// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `jsna stats` on small CSV files, run as a separate process.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void proportion();
    void malformedInputWritesNothing();
};

namespace {

int runJsna(const QStringList& arguments, QByteArray* err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(JSNA_CLI_PATH), arguments);
    process.waitForFinished(30000);
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

void TestCliStats::proportion()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.csv"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    writeFile(in, "area,numerator,denominator\nA,65,100\n");
    QCOMPARE(runJsna({QStringLiteral("stats"), QStringLiteral("proportion"), QStringLiteral("--in"), in,
                      QStringLiteral("--out"), out, QStringLiteral("--group"), QStringLiteral("area")}),
             0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines[0].startsWith("area,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl"));
    const QList<QByteArray> fields = lines[1].split(',');
    QCOMPARE(fields[0], QByteArray("A"));
    QVERIFY(qAbs(fields[2].toDouble() - 0.55254443296887967) < 1e-12);
}

void TestCliStats::malformedInputWritesNothing()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.csv"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    writeFile(in, "area,numerator,denominator\nA,65,100\nB,x,100\n");
    QByteArray err;
    const int code = runJsna({QStringLiteral("stats"), QStringLiteral("proportion"), QStringLiteral("--in"), in,
                              QStringLiteral("--out"), out, QStringLiteral("--group"), QStringLiteral("area")},
                             &err);
    QCOMPARE(code, 4);
    QVERIFY2(err.contains("in.csv:3:2"), err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
