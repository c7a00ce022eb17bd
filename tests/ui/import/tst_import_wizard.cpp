// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven page by page under the offscreen platform. Each page is also saved as a
// PNG in JSNA_IMPORT_SHOTS_DIR for review.
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/project.h"
#include "core/store/database.h"
#include "tests/common/test_support.h"
#include "ui/import/check_page.h"
#include "ui/import/file_page.h"
#include "ui/import/format_page.h"
#include "ui/import/import_wizard.h"
#include "ui/import/mapping_page.h"
#include "ui/import/run_page.h"
#include "ui/import/wizard_state.h"

using namespace Qt::Literals::StringLiterals;
using namespace jsna;
using ui::import::ImportWizard;

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fingertipsExportEndToEnd();
    void badRowsAreListedAndCanBeSkipped();
    void genericFileWithAMapping();
    void unreadableFileIsExplained();
    void cancelRollsBack();

private:
    void shoot(QWidget& widget, const QString& name);
    ImportWizard* openWizard(const QString& file);
    void checkAndImport(ImportWizard& wizard, const QString& shotPrefix);
    store::Database& db() { return m_project->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    QDir().mkpath(QStringLiteral(JSNA_IMPORT_SHOTS_DIR));
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = project::Project::create(m_dir->filePath(u"wizard.jsna"_s), u"Durham JSNA 2025"_s);
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    m_project.reset();
    m_dir.reset();
}

void TestImportWizard::shoot(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QStringLiteral(JSNA_IMPORT_SHOTS_DIR "/%1.png").arg(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

ImportWizard* TestImportWizard::openWizard(const QString& file)
{
    m_wizard = std::make_unique<ImportWizard>(*m_project);
    m_wizard->resize(960, 660);
    m_wizard->show();
    if (!file.isEmpty())
        m_wizard->filePage()->setFile(file);
    return m_wizard.get();
}

void TestImportWizard::checkAndImport(ImportWizard& wizard, const QString& shotPrefix)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY(!wizard.checkPage()->isChecking());
    QVERIFY2(wizard.state().check.has_value(), qPrintable(wizard.state().error));
    shoot(wizard, shotPrefix + u"-3-check"_s);
}

void TestImportWizard::fingertipsExportEndToEnd()
{
    ImportWizard& wizard = *openWizard({});
    shoot(wizard, u"fingertips-1-file-empty"_s);
    QVERIFY(!wizard.filePage()->isComplete());
    wizard.filePage()->setFile(test::dataPath(u"import/fingertips/export_27.csv"_s));
    QVERIFY(wizard.filePage()->isComplete());
    shoot(wizard, u"fingertips-1-file"_s);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
    QCOMPARE(wizard.formatPage()->format(), import::ImportFormat::Fingertips);
    QCOMPARE(wizard.formatPage()->previewModel()->columnCount(), 27);
    QCOMPARE(wizard.formatPage()->previewModel()->rowCount(), 8);
    QCOMPARE(wizard.formatPage()->previewModel()->headerData(22, Qt::Horizontal).toString(),
             u"Compared to Counties & UAs (from Apr 2023) value or percentiles"_s);
    shoot(wizard, u"fingertips-2-format"_s);

    wizard.next();
    checkAndImport(wizard, u"fingertips"_s);
    QCOMPARE(wizard.state().check->rowsAdded, 8);
    QCOMPARE(wizard.state().check->rowsRejected, 0);
    QVERIFY(wizard.checkPage()->isComplete());
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 0); // the check wrote nothing

    QSignalSpy changed(&m_project->notifier(), &project::ChangeNotifier::tablesChanged);
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
    QCOMPARE(changed.count(), 1);
    const auto tables = changed.first().first().value<QList<project::ChangeNotifier::Table>>();
    QVERIFY(tables.contains(project::ChangeNotifier::Table::IndicatorValues));
    QVERIFY(tables.contains(project::ChangeNotifier::Table::Areas));
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 8);
    QCOMPARE(wizard.resultPage()->noticeText(), u"Imported 8 rows from export_27.csv."_s);
    shoot(wizard, u"fingertips-5-result"_s);
}

void TestImportWizard::badRowsAreListedAndCanBeSkipped()
{
    const QString file = m_dir->filePath(u"bad_rows.csv"_s);
    QVERIFY(QFile::copy(test::dataPath(u"import/fingertips/bad_rows.csv"_s), file));
    ImportWizard& wizard = *openWizard(file);
    wizard.next();
    wizard.next();
    checkAndImport(wizard, u"bad-rows"_s);
    QCOMPARE(wizard.state().check->rowsRejected, 6);
    QCOMPARE(wizard.checkPage()->rejectedTable()->rowCount(), 6);
    QCOMPARE(wizard.checkPage()->rejectedTable()->item(0, 3)->text(), u"bad number 'abc'"_s);
    QCOMPARE(wizard.checkPage()->rejectedTable()->item(0, 1)->text(), u"13 \u00b7 Value"_s);
    QVERIFY(!wizard.checkPage()->isComplete());

    wizard.checkPage()->setSkipBadRows(true);
    QVERIFY(wizard.checkPage()->isComplete());
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 4);
    QVERIFY(QFile::exists(file + u".rejected.csv"_s));
    QCOMPARE(wizard.state().result->rowsRejected, 6);
    shoot(wizard, u"bad-rows-5-result"_s);
}

void TestImportWizard::genericFileWithAMapping()
{
    db().exec(
        "INSERT INTO areas(code, name, area_type) VALUES ('E06000047', 'County Durham', 'upper-tier-la'),"
        " ('E06000001', 'Hartlepool', 'upper-tier-la')");
    ImportWizard& wizard = *openWizard(test::dataPath(u"import/generic/falls_long.csv"_s));
    wizard.next();
    QCOMPARE(wizard.formatPage()->format(), import::ImportFormat::Generic);
    shoot(wizard, u"generic-2-format"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(!wizard.mappingPage()->isComplete()); // "Area" is not a name the guess knows
    shoot(wizard, u"generic-2b-mapping-incomplete"_s);
    wizard.mappingPage()->setColumn(import::MappedField::AreaCode, u"Area"_s);
    wizard.mappingPage()->setSaveAs(u"Falls (monthly)"_s);
    QVERIFY(wizard.mappingPage()->isComplete());
    shoot(wizard, u"generic-2b-mapping"_s);
    wizard.next();
    checkAndImport(wizard, u"generic"_s);
    QCOMPARE(wizard.state().check->rowsRejected, 2);
    QCOMPARE(wizard.state().check->rowsAdded, 4);
    wizard.checkPage()->setSkipBadRows(true);
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 4);
    QCOMPARE(db().scalarText("SELECT name FROM import_mappings"), u"Falls (monthly)"_s);
    QFile::remove(test::dataPath(u"import/generic/falls_long.csv.rejected.csv"_s));
}

void TestImportWizard::unreadableFileIsExplained()
{
    ImportWizard& wizard = *openWizard(test::dataPath(u"import/csv/binary_garbage.bin"_s));
    QVERIFY(!wizard.filePage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    shoot(wizard, u"error-1-file"_s);
}

void TestImportWizard::cancelRollsBack()
{
    // Big enough that the import is still running when Cancel is pressed.
    const QString file = m_dir->filePath(u"large.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QFile header(test::dataPath(u"import/fingertips/export_27.csv"_s));
        QVERIFY(header.open(QIODevice::ReadOnly));
        out.write(header.readLine());
        for (int i = 0; i < 20000; ++i)
            out.write(QStringLiteral(
                          "90366,LE,,,E92000001,England,England,Persons,All ages,,,%1,80,,,,,,,,,,,,,,\n")
                          .arg(i)
                          .toUtf8());
    }
    ImportWizard& wizard = *openWizard(file);
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), 30000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QVERIFY(wizard.runPage()->isRunning());
    shoot(wizard, u"cancel-4-running"_s);
    // The worker looks at the flag every 4,096 rows, long before the 20,000th.
    wizard.runPage()->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), 60000);
    QVERIFY(wizard.state().result->canceled);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 0);
    shoot(wizard, u"cancel-5-result"_s);
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
