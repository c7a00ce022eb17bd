// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/csv_writer.h"
#include "core/import/prefetching_reader.h"
#include "tests/common/test_support.h"

using namespace Qt::Literals::StringLiterals;
using jsna::ProjectError;
using jsna::import::CsvReader;
using jsna::import::CsvWriter;

namespace {

QString csvPath(const QString& name)
{
    return jsna::test::dataPath(QStringLiteral("import/csv/") + name);
}

QList<QStringList> readAll(CsvReader& reader, QList<qint64>* lines = nullptr)
{
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields)) {
        rows.append(fields);
        if (lines)
            lines->append(reader.recordLine());
    }
    return rows;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quotedNewlinesAndCrlf();
    void noFinalNewline();
    void lateWindows1252();
    void errors_data();
    void errors();
    void hugeField();
    void nulAfterSample();
    void longLineWithinLimits();
    void prefetchingReaderMatches_data();
    void prefetchingReaderMatches();
    void roundTrip();
    void detectFormatOnSamples();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << u"utf8.csv"_s << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << u"UTF-8 with BOM"_s;
    QTest::newRow("windows-1252 crlf") << u"windows1252.csv"_s << u"Windows-1252"_s;
    QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << u"UTF-16BE"_s;
    QTest::newRow("utf-16le no bom") << u"utf16le_nobom.csv"_s << u"UTF-16LE"_s;
}

void TestCsvReader::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    CsvReader reader(csvPath(file));
    QCOMPARE(reader.format().encoding, encoding);
    QCOMPARE(reader.format().delimiter, ',');
    QList<qint64> lines;
    const QList<QStringList> rows = readAll(reader, &lines);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList{u"Area Code"_s, u"Area Name"_s, u"Value"_s, u"Note"_s}));
    QCOMPARE(rows[1], (QStringList{u"E06000047"_s, u"County Durham"_s, u"12.5"_s, u"£ and é – ok"_s}));
    QCOMPARE(rows[2], (QStringList{u"W06000001"_s, u"Ynys Môn"_s, u"3"_s, u"quoted, with comma"_s}));
    QCOMPARE(lines, (QList<qint64>{1, 2, 3}));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("secondRow");
    QTest::newRow("semicolon") << u"semicolon.csv"_s << ';'
                               << QStringList{u"E06000047"_s, u"County Durham"_s, u"12,5"_s};
    QTest::newRow("tab, empty fields kept")
        << u"tab.tsv"_s << '\t' << QStringList{u"E06000047"_s, u"County Durham"_s, QString(), QString()};
}

void TestCsvReader::delimiters()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(QStringList, secondRow);
    CsvReader reader(csvPath(file));
    QCOMPARE(reader.format().delimiter, delimiter);
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1], secondRow);
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), rows[0].size());
}

void TestCsvReader::quotedNewlinesAndCrlf()
{
    CsvReader reader(csvPath(u"crlf_quoted_newline.csv"_s));
    QList<qint64> lines;
    const QList<QStringList> rows = readAll(reader, &lines);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1], (QStringList{u"E06000047"_s, u"line one\r\nline two"_s}));
    QCOMPARE(rows[2], (QStringList{u"E06000001"_s, u"say \"hi\""_s}));
    // The blank line 4 is skipped; the third record starts on physical line 5.
    QCOMPARE(lines, (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::noFinalNewline()
{
    CsvReader reader(csvPath(u"no_final_newline.csv"_s));
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows, (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
}

void TestCsvReader::lateWindows1252()
{
    // 84 KB of ASCII, then one Windows-1252 byte: past the detection sample, decoded all the same.
    CsvReader reader(csvPath(u"late_windows1252.csv"_s));
    QCOMPARE(reader.format().encoding, u"UTF-8"_s);
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows.size(), 4002);
    QCOMPARE(rows.last(), (QStringList{u"W06000001"_s, u"Ynys Môn"_s}));
    QCOMPARE(reader.format().encoding, u"Windows-1252"_s);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote")
        << u"unterminated_quote.csv"_s << qint64(2) << 2
        << u"unterminated quoted field: the quote opened on this line is never closed"_s;
    QTest::newRow("quote in unquoted field")
        << u"quote_in_unquoted.csv"_s << qint64(2) << 2
        << u"quote character inside an unquoted field (quote the whole field and double the quote: \"\")"_s;
    QTest::newRow("text after closing quote")
        << u"text_after_quote.csv"_s << qint64(3) << 1
        << u"unexpected character 'x' after the closing quote of a quoted field "
           "(a quote inside a quoted field must be doubled: \"\")"_s;
    QTest::newRow("empty file") << u"empty.csv"_s << qint64(0) << 0 << u"the file is empty"_s;
    QTest::newRow("bom only") << u"bom_only.csv"_s << qint64(0) << 0 << u"the file is empty"_s;
    QTest::newRow("binary garbage")
        << u"binary_garbage.bin"_s << qint64(0) << 0
        << u"this is not a text file (it contains binary data); save the data as CSV and import that"_s;
    QTest::newRow("nul in the sample")
        << u"nul_later.csv"_s << qint64(0) << 0
        << u"this is not a text file (it contains binary data); save the data as CSV and import that"_s;
    QTest::newRow("mixed encodings")
        << u"mixed_encoding.csv"_s << qint64(3) << 2
        << u"byte 0xE9 is not valid UTF-8 although the file is UTF-8 elsewhere; save it again as UTF-8"_s;
    QTest::newRow("missing file") << u"no_such_file.csv"_s << qint64(0) << 0
                                  << u"cannot open the file (No such file or directory)"_s;
}

void TestCsvReader::errors()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = csvPath(file);
    try {
        CsvReader reader(path);
        readAll(reader);
        QFAIL("no error was reported");
    } catch (const ProjectError& error) {
        QCOMPARE(error.message(), message);
        QCOMPARE(error.file(), path);
        QCOMPARE(error.line(), line);
        QCOMPARE(error.column(), column);
    }
}

void TestCsvReader::hugeField()
{
    // Generated rather than kept in tests/data: 2 MiB in one field, no closing quote.
    const QString path = m_dir.filePath(u"huge_field.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Area Code,Value note\nE06000001,\"");
    file.write(QByteArray(2 * 1024 * 1024, 'x'));
    file.close();
    try {
        CsvReader reader(path);
        readAll(reader);
        QFAIL("no error was reported");
    } catch (const ProjectError& error) {
        QCOMPARE(error.message(), u"field longer than 1 MiB (is a quote left open?)"_s);
        QCOMPARE(error.line(), qint64(2));
        QCOMPARE(error.column(), 2);
    }
}

void TestCsvReader::nulAfterSample()
{
    const QString path = m_dir.filePath(u"nul_after_sample.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Area Code,Value\n");
    for (int i = 0; i < 7000; ++i)
        file.write("E06000001,1\n");
    file.write(QByteArray("E06000002,2\0\n", 14));
    file.close();
    try {
        CsvReader reader(path);
        readAll(reader);
        QFAIL("no error was reported");
    } catch (const ProjectError& error) {
        QCOMPARE(error.message(), u"NUL byte in the data: this looks like binary data, not text"_s);
        QCOMPARE(error.line(), qint64(7002));
        QCOMPARE(error.column(), 2);
    }
}

void TestCsvReader::longLineWithinLimits()
{
    const QString path = m_dir.filePath(u"long_line.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n\"");
    file.write(QByteArray(300 * 1024, 'y'));
    file.write("\",2\n");
    file.close();
    CsvReader reader(path);
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][0].size(), 300 * 1024);
    QCOMPARE(rows[1][1], u"2"_s);
}

void TestCsvReader::prefetchingReaderMatches_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"utf8.csv", "utf16be_bom.csv", "windows1252.csv", "crlf_quoted_newline.csv",
                             "late_windows1252.csv", "unterminated_quote.csv", "mixed_encoding.csv"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCsvReader::prefetchingReaderMatches()
{
    // The same records, lines, encoding and errors, in the same order, from the thread-backed reader.
    QFETCH(QString, file);
    const auto readEverything = [](jsna::import::RecordSource& source) {
        QStringList out;
        std::vector<std::string_view> fields;
        try {
            while (source.nextUtf8(fields)) {
                QStringList row{QString::number(source.recordLine())};
                for (const std::string_view field : fields)
                    row.append(QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())));
                out.append(row.join(u'|'));
            }
            out.append(source.format().encoding);
        } catch (const ProjectError& error) {
            out.append(error.describe());
        }
        return out;
    };
    CsvReader plain(csvPath(file));
    jsna::import::PrefetchingReader prefetching(csvPath(file));
    QCOMPARE(readEverything(prefetching), readEverything(plain));
    QCOMPARE(prefetching.bytesRead(), prefetching.totalBytes());
}

void TestCsvReader::roundTrip()
{
    const QList<QStringList> rows{
        {u"plain"_s, u"with, comma"_s, u"with \"quotes\""_s, u"two\nlines"_s},
        {QString(), u" padded "_s, u"£ é – Môn"_s, u"cr\r\nlf"_s},
    };
    const QString path = m_dir.filePath(u"round_trip.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(file);
        for (const QStringList& row : rows)
            writer.writeRow(row);
    }
    CsvReader reader(path);
    QCOMPARE(reader.format().encoding, u"UTF-8"_s);
    QCOMPARE(readAll(reader), rows);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter(buffer).writeRow({u"a"_s, u"b c"_s, u"d\"e"_s});
    QCOMPARE(buffer.data(), QByteArray("a,b c,\"d\"\"e\"\n"));
}

void TestCsvReader::detectFormatOnSamples()
{
    QCOMPARE(CsvReader::detectFormat("a;b;c\n1,5;2;3\n", true).delimiter, ';');
    QCOMPARE(CsvReader::detectFormat("a\tb\n\"x,y\"\t2\n", true).delimiter, '\t');
    QCOMPARE(CsvReader::detectFormat("single\ncolumn\n", true).delimiter, ',');
    QCOMPARE(CsvReader::detectFormat("caf\xc3\xa9,x\n", true).encoding, u"UTF-8"_s);
    QCOMPARE(CsvReader::detectFormat("caf\xe9,x\n", true).encoding, u"Windows-1252"_s);
    // A multi-byte sequence cut by the end of a sample is not a reason to give up on UTF-8.
    QCOMPARE(CsvReader::detectFormat("caf\xc3", false).encoding, u"UTF-8"_s);
    QCOMPARE(CsvReader::detectFormat("caf\xc3", true).encoding, u"Windows-1252"_s);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
