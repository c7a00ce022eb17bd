// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/epidemiology/area_comparison.h"
#include "core/epidemiology/area_profile.h"
#include "core/epidemiology/epidemiology_data.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "tests/core/epidemiology/epi_fixture.h"
#include "ui/epidemiology/evidence_commands.h"
#include "ui/epidemiology/models/area_profile_model.h"
#include "ui/epidemiology/models/evidence_model.h"
#include "ui/epidemiology/models/indicator_tree_model.h"
#include "ui/epidemiology/models/tartan_model.h"

using namespace jsna;
using namespace jsna::ui::epidemiology;
using jsna::epidemiology::ConfidenceLevel;
namespace fx = jsna::test::fixture;

// Like ui/commands' ProjectUndoStack: a stack that says when an undo or redo could not be written.
class ReportingStack final : public QUndoStack
{
    Q_OBJECT

signals:
    void commandFailed(const QString& message);
};

class TestEpiModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<jsna::epidemiology::EpidemiologyData> m_data;
    QString bravo() const { return QString::fromUtf16(fx::kBravo); }

    evidence::EvidenceData finding(const QString& text) const
    {
        evidence::EvidenceData d;
        d.finding = text;
        d.indicatorId = fx::kSmoking;
        d.areaCodes = {bravo()};
        d.period = QStringLiteral("2022");
        d.chartKind = QStringLiteral("spine");
        return d;
    }

private slots:
    void init()
    {
        m_project = test::createEpiFixture(m_dir.filePath(QStringLiteral("fixture-%1.jsna").arg(++m_counter)));
        m_data = std::make_unique<jsna::epidemiology::EpidemiologyData>(*m_project);
    }
    void cleanup()
    {
        m_data.reset();
        m_project.reset();
    }

    void indicatorTree()
    {
        IndicatorTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndicators(m_data->indicators());
        QCOMPARE(model.rowCount(), 3); // Health improvement, Mortality, Population
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Health improvement (2)"));
        const QModelIndex smoking = model.indexOf(fx::kSmoking);
        QVERIFY(smoking.isValid());
        QCOMPARE(smoking.data().toString(), QStringLiteral("Smoking prevalence in adults"));
        QCOMPARE(model.index(smoking.row(), 2, smoking.parent()).data().toString(), QStringLiteral("Low is good"));
        QHash<qint64, QString> latest{{fx::kSmoking, QStringLiteral("2022")}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLatestPeriods(latest);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(smoking.row(), 3, smoking.parent()).data().toString(), QStringLiteral("2022"));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(IndicatorTreeModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("cardiovascular"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        model.setIndicators({});
        QCOMPARE(model.rowCount(), 0);
    }

    void areaProfile()
    {
        AreaProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(jsna::epidemiology::buildAreaProfile(*m_data, bravo(), ConfidenceLevel::P95));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex value = model.indexOf(fx::kSmoking, AreaProfileModel::Column::Value);
        QCOMPARE(value.data().toString(), QStringLiteral("20.0"));
        QCOMPARE(value.data(Qt::BackgroundRole).value<QColor>(), QColor(0xC0, 0x00, 0x00));
        QCOMPARE(value.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(value.data(AreaProfileModel::ComparisonRole).toInt(), int(stats::Comparison::Worse));
        QVERIFY(value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Confidence level: 95%")));
        QVERIFY(value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Period: 2022")));
        QCOMPARE(model.indexOf(fx::kActive, AreaProfileModel::Column::Value).data(Qt::BackgroundRole).value<QColor>(),
                 QColor(0x92, 0xD0, 0x50));
        QCOMPARE(model.indexOf(fx::kOlder, AreaProfileModel::Column::Value).data(Qt::BackgroundRole).value<QColor>(),
                 QColor(0x55, 0x55, 0xE6));
        QCOMPARE(model.indexOf(fx::kSmoking, AreaProfileModel::Column::England).data().toString(), QStringLiteral("13.0"));
        QVERIFY(model.indexOf(fx::kSmoking, AreaProfileModel::Column::Trend).data().toString().contains(
            QStringLiteral("getting worse")));
        QCOMPARE(model.headerData(int(AreaProfileModel::Column::Value), Qt::Horizontal).toString(), QStringLiteral("Bravo"));
        // Switching level re-colours: activity is Similar at 99.8%.
        model.setProfile(jsna::epidemiology::buildAreaProfile(*m_data, bravo(), ConfidenceLevel::P998));
        QCOMPARE(model.indexOf(fx::kActive, AreaProfileModel::Column::Value).data(Qt::BackgroundRole).value<QColor>(),
                 QColor(0xFF, 0xC0, 0x00));
    }

    void tartan()
    {
        TartanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList codes = jsna::epidemiology::defaultComparisonAreas(*m_data, bravo());
        model.setComparison(jsna::epidemiology::compareAreas(*m_data, codes, ConfidenceLevel::P95));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), TartanModel::kFixedColumns + 8);
        QCOMPARE(model.headerData(TartanModel::kFixedColumns, Qt::Horizontal).toString(), QStringLiteral("England"));
        const int bravoColumn = TartanModel::kFixedColumns + 2;
        QCOMPARE(model.headerData(bravoColumn, Qt::Horizontal).toString(), QStringLiteral("Bravo"));
        int smokingRow = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(TartanModel::IndicatorIdRole).toLongLong() == fx::kSmoking)
                smokingRow = r;
        QCOMPARE(model.index(smokingRow, bravoColumn).data().toString(), QStringLiteral("20.0"));
        QCOMPARE(model.index(smokingRow, bravoColumn).data(Qt::BackgroundRole).value<QColor>(), QColor(0xC0, 0x00, 0x00));
        QVERIFY(!model.index(smokingRow, TartanModel::kFixedColumns).data(Qt::BackgroundRole).isValid()); // England
        QVERIFY(model.toTsv().startsWith(QStringLiteral("Indicator\tPeriod\tUnit\tEngland")));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(TartanModel::SortRole);
        proxy.sort(bravoColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, bravoColumn).data().toString(), QStringLiteral("80.0")); // CVD rate is the largest
    }

    void evidenceModelFollowsUndoableEdits()
    {
        QUndoStack stack;
        EvidenceModel model(*m_project, stack, *m_data);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const qint64 first = addEvidence(*m_project, stack, finding(QStringLiteral("Smoking is twice England's rate")));
        const qint64 second = addEvidence(*m_project, stack, finding(QStringLiteral("Activity is better")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Activity is better"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Smoking prevalence in adults"));
        QCOMPARE(stack.count(), 2);

        // Editing the finding through the model is one undoable step.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(model.rowOf(first), 0), QStringLiteral("Smoking: 20% vs 13%")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(first), 0).data().toString(), QStringLiteral("Smoking: 20% vs 13%"));
        QCOMPARE(stack.count(), 3);
        stack.undo();
        QCOMPARE(model.index(model.rowOf(first), 0).data().toString(), QStringLiteral("Smoking is twice England's rate"));
        stack.redo();
        QCOMPARE(evidence::EvidenceRepository(*m_project).find(first)->data.finding, QStringLiteral("Smoking: 20% vs 13%"));

        // Deleting both is one step; undo restores both with their ids.
        removeEvidence(*m_project, stack, {first, second});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete 2 evidence items"));
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(first) >= 0 && model.rowOf(second) >= 0);
        QCOMPARE(evidence::EvidenceRepository(*m_project).find(first)->data.finding, QStringLiteral("Smoking: 20% vs 13%"));

        // Undoing the adds removes the items; redoing brings them back.
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(evidence::EvidenceRepository(*m_project).all().size(), 0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(model.rowCount(), 0); // the last step deleted both again
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void failedUndoIsReportedAndDropped()
    {
        ReportingStack stack;
        QSignalSpy failed(&stack, &ReportingStack::commandFailed);
        const qint64 id = addEvidence(*m_project, stack, finding(QStringLiteral("kept")));
        evidence::EvidenceRepository(*m_project).remove(id); // deleted behind the history's back
        stack.undo();                                         // the add cannot be undone
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("deleted in the meantime")));
        QCOMPARE(stack.count(), 0); // the command dropped itself
    }

    void editsMergeAndEmptyFindingIsRefused()
    {
        QUndoStack stack;
        const qint64 id = addEvidence(*m_project, stack, finding(QStringLiteral("a")));
        evidence::EvidenceData d = finding(QStringLiteral("ab"));
        editEvidence(*m_project, stack, id, d);
        d.finding = QStringLiteral("abc");
        editEvidence(*m_project, stack, id, d);
        QCOMPARE(stack.count(), 2); // add + one merged edit
        editEvidence(*m_project, stack, id, d); // unchanged: nothing pushed
        QCOMPARE(stack.count(), 2);
        d.finding = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(ProjectError, editEvidence(*m_project, stack, id, d));
        QCOMPARE(stack.count(), 2);
        QVERIFY_THROWS_EXCEPTION(ProjectError, addEvidence(*m_project, stack, finding(QString())));
        QCOMPARE(stack.count(), 2);
    }
};

QTEST_MAIN(TestEpiModels)
#include "tst_epi_models.moc"
