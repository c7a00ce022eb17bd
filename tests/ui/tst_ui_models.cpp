// SPDX-License-Identifier: GPL-3.0-or-later
// The overview item models (ui/models), checked with QAbstractItemModelTester, and the contrast of
// the RAG colours.
#include <cmath>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

#include "ui/models/formatting.h"
#include "ui/models/overview_models.h"
#include "ui/models/rag_colours.h"

using namespace jsna::ui::models;
using jsna::project::Comparison;

namespace {

double luminance(const QColor& colour)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

jsna::project::IndicatorComparison comparison(const QString& name, Comparison c)
{
    jsna::project::IndicatorComparison row;
    row.name = name;
    row.unit = QStringLiteral("%");
    row.period = QStringLiteral("2021");
    row.sex = QStringLiteral("Female");
    row.age = QStringLiteral("All ages");
    row.value = 16.04;
    row.lower95 = 14.5;
    row.upper95 = 17.5;
    row.england = 13;
    row.comparison = c;
    return row;
}

} // namespace

class TestUiModels final : public QObject
{
    Q_OBJECT

private slots:
    void comparisonModel()
    {
        std::unique_ptr<ComparisonModel> model(createComparisonModel(nullptr));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        model->setRows({comparison(QStringLiteral("Smoking"), Comparison::Worse),
                        comparison(QStringLiteral("Activity"), Comparison::Similar)});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("England"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Smoking (Female)"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("16.0%"));
        QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("Worse than England"));
        QCOMPARE(model->index(0, 4).data(kComparisonRole).toInt(), static_cast<int>(Comparison::Worse));
        QCOMPARE(model->index(0, 4).data(Qt::BackgroundRole).value<QColor>(), ragFill(Comparison::Worse));
        QVERIFY(!model->index(0, 0).data(kComparisonRole).isValid());
        model->setRows({});
        QCOMPARE(model->rowCount(), 0);
    }

    void otherModels()
    {
        std::unique_ptr<GroupGapModel> gaps(createGroupGapModel(nullptr));
        QAbstractItemModelTester gapTester(gaps.get(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        jsna::project::GroupGap gap;
        gap.indicator = QStringLiteral("Smoking");
        gap.highestGroup = QStringLiteral("Most deprived");
        gap.highestValue = 24;
        gap.lowestGroup = QStringLiteral("Least deprived");
        gap.lowestValue = 6;
        gap.ratio = 4;
        gap.worstGroup = gap.highestGroup;
        gaps->setRows({gap});
        QCOMPARE(gaps->index(0, 2).data().toString(), QStringLiteral("Most deprived: 24.0"));
        QCOMPARE(gaps->index(0, 3).data().toString(), QStringLiteral("Least deprived: 6.0"));
        QCOMPARE(gaps->index(0, 4).data().toString(), QStringLiteral("4.0\u00d7"));
        gap.worstGroup = gap.lowestGroup; // high is good
        gap.ratio = 4;
        jsna::project::GroupGap noPolarity = gap;
        noPolarity.worstGroup.clear();
        gaps->setRows({gap, noPolarity});
        QCOMPARE(gaps->index(0, 2).data().toString(), QStringLiteral("Least deprived: 6.0"));
        QCOMPARE(gaps->index(1, 2).data().toString(), QStringLiteral("Highest, Most deprived: 24.0"));

        std::unique_ptr<WardDeprivationModel> wards(createWardDeprivationModel(nullptr));
        QAbstractItemModelTester wardTester(wards.get(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        wards->setRows({{QStringLiteral("E05000001"), QStringLiteral("North"), 4, 1}});
        QCOMPARE(wards->index(0, 2).data().toString(), QStringLiteral("1 (25%)"));

        std::unique_ptr<ChapterSourceModel> chapters(createChapterSourceModel(nullptr));
        QAbstractItemModelTester chapterTester(chapters.get(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        chapters->setRows({{QStringLiteral("Health improvement"), 2, 12345, QStringLiteral("2021")}});
        QCOMPARE(chapters->index(0, 2).data().toString(), QStringLiteral("12,345"));
        QCOMPARE(chapters->index(0, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    void ragTextHasContrast()
    {
        for (Comparison c : {Comparison::Better, Comparison::Similar, Comparison::Worse, Comparison::Higher,
                             Comparison::Lower, Comparison::NotCompared}) {
            const double ratio = contrast(ragFill(c), ragText(c));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(static_cast<int>(c)).arg(ratio)));
        }
    }

    void formatting()
    {
        QCOMPARE(formatValue(12.345, QStringLiteral("%")), QStringLiteral("12.3%"));
        QCOMPARE(formatValue(1234.5, QStringLiteral("per 100,000")), QStringLiteral("1,235 per 100,000"));
        QCOMPARE(formatValue(79.44, QStringLiteral("years")), QStringLiteral("79.4 years"));
        QCOMPARE(countOf(1, QStringLiteral("domain"), QStringLiteral("domains")), QStringLiteral("1 domain"));
        QCOMPARE(countOf(3, QStringLiteral("domain"), QStringLiteral("domains")),
                 QStringLiteral("3 domains"));
    }
};

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_ui_models.moc"
