// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/import/field_parsers.h"

using namespace Qt::Literals::StringLiterals;
using jsna::import::ParsedNumber;

Q_DECLARE_METATYPE(ParsedNumber::Kind)

class TestFieldParsers final : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void sexes();
    void ageBands_data();
    void ageBands();
    void periodsAndHeaders();
};

void TestFieldParsers::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<ParsedNumber::Kind>("kind");
    QTest::addColumn<double>("value");
    const auto number = ParsedNumber::Kind::Number;
    const auto bad = ParsedNumber::Kind::Bad;
    const auto empty = ParsedNumber::Kind::Empty;
    const auto suppressed = ParsedNumber::Kind::Suppressed;
    QTest::newRow("plain") << u"12.345"_s << false << number << 12.345;
    QTest::newRow("negative") << u"-3"_s << false << number << -3.0;
    QTest::newRow("plus sign") << u"+3"_s << false << number << 3.0;
    QTest::newRow("spaces around") << u"  7 "_s << false << number << 7.0;
    QTest::newRow("thousands") << u"1,234,567.5"_s << false << number << 1234567.5;
    QTest::newRow("bad grouping") << u"1,23"_s << false << bad << 0.0;
    QTest::newRow("grouping after point") << u"1.234,5"_s << false << bad << 0.0;
    QTest::newRow("percent") << u"12.5%"_s << false << number << 12.5;
    QTest::newRow("exponent") << u"1.5e3"_s << false << number << 1500.0;
    QTest::newRow("decimal comma") << u"12,5"_s << true << number << 12.5;
    QTest::newRow("decimal comma, grouped") << u"1.234,5"_s << true << number << 1234.5;
    QTest::newRow("point in a ; file") << u"1.5"_s << true << number << 1.5;
    QTest::newRow("blank") << u""_s << false << empty << 0.0;
    QTest::newRow("NA") << u"NA"_s << false << empty << 0.0;
    QTest::newRow("n/a") << u"n/a"_s << false << empty << 0.0;
    QTest::newRow("star") << u"*"_s << false << suppressed << 0.0;
    QTest::newRow("dots") << u".."_s << false << suppressed << 0.0;
    QTest::newRow("ONS [c]") << u"[c]"_s << false << suppressed << 0.0;
    QTest::newRow("dash") << u"-"_s << false << suppressed << 0.0;
    QTest::newRow("word") << u"abc"_s << false << bad << 0.0;
    QTest::newRow("infinity") << u"inf"_s << false << bad << 0.0;
    QTest::newRow("hex") << u"0x10"_s << false << bad << 0.0;
    QTest::newRow("two signs") << u"--5"_s << false << bad << 0.0;
    QTest::newRow("range") << u"1-2"_s << false << bad << 0.0;
    QTest::newRow("huge exponent") << u"1e999"_s << false << bad << 0.0;
}

void TestFieldParsers::numbers()
{
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QFETCH(ParsedNumber::Kind, kind);
    QFETCH(double, value);
    const QByteArray utf8 = text.toUtf8();
    const ParsedNumber parsed =
        jsna::import::parseNumber({utf8.constData(), std::size_t(utf8.size())}, decimalComma);
    QCOMPARE(parsed.kind, kind);
    if (kind == ParsedNumber::Kind::Number)
        QCOMPARE(parsed.value, value);
}

void TestFieldParsers::sexes()
{
    for (const char* persons : {"Persons", "persons", "All", "Total", "P", " Both sexes "})
        QCOMPARE(jsna::import::parseSex(persons), std::optional<QString>(u"Persons"_s));
    for (const char* male : {"Male", "Males", "M", "1", "men"})
        QCOMPARE(jsna::import::parseSex(male), std::optional<QString>(u"Male"_s));
    for (const char* female : {"Female", "FEMALES", "f", "2"})
        QCOMPARE(jsna::import::parseSex(female), std::optional<QString>(u"Female"_s));
    for (const char* unknown : {"", "Unknown", "3", "Other"})
        QCOMPARE(jsna::import::parseSex(unknown), std::nullopt);
}

void TestFieldParsers::ageBands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("band"); // empty: not a band of the standard population
    QTest::newRow("plain") << u"0-4"_s << u"0-4"_s;
    QTest::newRow("padded") << u"05-09"_s << u"5-9"_s;
    QTest::newRow("words") << u"Aged 85 to 89"_s << u"85-89"_s;
    QTest::newRow("Fingertips yrs") << u"15-19 yrs"_s << u"15-19"_s;
    QTest::newRow("90+") << u"90+"_s << u"90+"_s;
    QTest::newRow("90 and over") << u"90 and over"_s << u"90+"_s;
    QTest::newRow("85+ is not a band") << u"85+"_s << QString();
    QTest::newRow("wrong width") << u"0-5"_s << QString();
    QTest::newRow("not a multiple of 5") << u"3-7"_s << QString();
    QTest::newRow("text") << u"All ages"_s << QString();
}

void TestFieldParsers::ageBands()
{
    QFETCH(QString, text);
    QFETCH(QString, band);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed = jsna::import::parseAgeBand({utf8.constData(), std::size_t(utf8.size())});
    QCOMPARE(parsed.value_or(QString()), band);
}

void TestFieldParsers::periodsAndHeaders()
{
    QCOMPARE(jsna::import::sortablePeriod("2019 - 21"), 20190000);
    QCOMPARE(jsna::import::sortablePeriod("2020/21 Q3"), 20200000);
    QCOMPARE(jsna::import::sortablePeriod("12345"), 0);
    QCOMPARE(jsna::import::sortablePeriod("n/a"), 0);
    QCOMPARE(jsna::import::normalizedHeader(std::string_view("Lower CI 95.0 limit")), u"lowerci950limit"_s);
    QCOMPARE(jsna::import::normalizedHeader(std::string_view("LowerCI95.0limit")), u"lowerci950limit"_s);
    QCOMPARE(jsna::import::normalizedHeader(std::string_view("lower_ci95_0limit")), u"lowerci950limit"_s);
    QCOMPARE(jsna::import::areaTypeFromLabel("Counties & UAs (from Apr 2023)"), u"upper-tier-la"_s);
    QCOMPARE(jsna::import::areaTypeFromLabel("Regions (statistical)"), u"region"_s);
    QCOMPARE(jsna::import::areaTypeFromLabel("ICBs (statistical)"), u"icbs-statistical"_s);
    QCOMPARE(jsna::import::areaTypeFromLabel(""), u"other"_s);
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_field_parsers.moc"
