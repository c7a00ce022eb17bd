// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/mapping_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

namespace {

const QList<indicators::ValueType> kValueTypes{
    indicators::ValueType::Proportion, indicators::ValueType::CrudeRate,
    indicators::ValueType::Dsr,        indicators::ValueType::Isr,
    indicators::ValueType::Mean,       indicators::ValueType::LifeExpectancy,
    indicators::ValueType::Count,      indicators::ValueType::Ratio,
    indicators::ValueType::Other,
};

} // namespace

MappingPage::MappingPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_saved(new QComboBox(this))
    , m_indicatorName(new QLineEdit(this))
    , m_period(new QLineEdit(this))
    , m_sex(new QComboBox(this))
    , m_age(new QLineEdit(this))
    , m_valueType(new QComboBox(this))
    , m_save(new QCheckBox(tr("Save this mapping as"), this))
    , m_saveName(new QLineEdit(this))
    , m_notice(new Notice(this))
{
    setPageTitle(this, tr("Match the columns"));
    setSubTitle(
        tr("Say which column holds each field. Fields without a column can take one value for every row."));

    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Start from"), this));
    savedRow->addWidget(m_saved, 1);
    connect(m_saved, &QComboBox::activated, this, &MappingPage::loadSaved);

    // Two columns of fields: what identifies a value, and the numbers.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    const auto addField = [&](io::MappedField field, int row, int column, QWidget* fallback = nullptr) {
        auto* combo = new QComboBox(this);
        combo->setMinimumContentsLength(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_columns.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingPage::updateProblems);
        grid->addWidget(new QLabel(io::mappedFieldLabel(field), this), row, column);
        if (!fallback) {
            grid->addWidget(combo, row, column + 1, 1, 2);
            return;
        }
        grid->addWidget(combo, row, column + 1);
        grid->addWidget(fallback, row, column + 2);
    };
    m_indicatorName->setPlaceholderText(tr("or the indicator's name"));
    m_period->setPlaceholderText(tr("or the period, e.g. 2022/23"));
    m_sex->addItems({QStringLiteral("Persons"), QStringLiteral("Male"), QStringLiteral("Female")});
    m_age->setPlaceholderText(tr("or the age, e.g. 65+ yrs"));
    for (QLineEdit* edit : {m_indicatorName, m_period, m_age})
        connect(edit, &QLineEdit::textChanged, this, &MappingPage::updateProblems);
    addField(io::MappedField::AreaCode, 0, 0);
    addField(io::MappedField::Indicator, 1, 0, m_indicatorName);
    addField(io::MappedField::Period, 2, 0, m_period);
    addField(io::MappedField::Sex, 3, 0, m_sex);
    addField(io::MappedField::Age, 4, 0, m_age);
    addField(io::MappedField::CategoryType, 5, 0);
    addField(io::MappedField::Category, 6, 0);
    addField(io::MappedField::ValueNote, 7, 0);
    addField(io::MappedField::Value, 0, 4);
    addField(io::MappedField::Lower95, 1, 4);
    addField(io::MappedField::Upper95, 2, 4);
    addField(io::MappedField::Lower998, 3, 4);
    addField(io::MappedField::Upper998, 4, 4);
    addField(io::MappedField::Count, 5, 4);
    addField(io::MappedField::Denominator, 6, 4);
    for (const indicators::ValueType type : kValueTypes)
        m_valueType->addItem(indicators::valueTypeLabel(type), static_cast<int>(type));
    grid->addWidget(new QLabel(tr("New indicators are"), this), 7, 4);
    grid->addWidget(m_valueType, 7, 5, 1, 2);
    grid->setColumnMinimumWidth(3, 24);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);

    m_saveName->setPlaceholderText(tr("e.g. Falls admissions (monthly)"));
    connect(m_save, &QCheckBox::toggled, m_saveName, &QWidget::setEnabled);
    connect(m_saveName, &QLineEdit::textChanged, this,
            [this] { m_save->setChecked(!m_saveName->text().isEmpty()); });
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveName, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(savedRow);
    layout->addLayout(grid);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addLayout(saveRow);
}

void MappingPage::initializePage()
{
    const io::FilePreview& preview = *m_state.preview;
    m_header = preview.rows.value(preview.headerRow);
    for (QComboBox* combo : std::as_const(m_columns)) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("\u2014 not in the file \u2014"), QString());
        for (const QString& column : std::as_const(m_header))
            combo->addItem(column, column);
    }
    m_saved->clear();
    m_saved->addItem(tr("A guess from the column names"));
    QStringList names;
    try {
        names = io::MappingRepository(m_state.project->database()).names();
    } catch (const ProjectError&) { // an old project without saved mappings: nothing to offer
    }
    m_saved->addItems(names);
    setMapping(m_state.options.mapping ? *m_state.options.mapping : io::guessMapping(m_header));
}

void MappingPage::loadSaved()
{
    if (m_saved->currentIndex() <= 0) {
        setMapping(io::guessMapping(m_header));
        return;
    }
    try {
        if (const auto saved =
                io::MappingRepository(m_state.project->database()).find(m_saved->currentText()))
            setMapping(*saved);
    } catch (const ProjectError& error) {
        m_notice->showMessage(Notice::Kind::Error, describeBriefly(error));
    }
}

void MappingPage::setMapping(const io::ColumnMapping& mapping)
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const int index = it.value()->findData(mapping.columns.value(it.key()));
        it.value()->setCurrentIndex(std::max(index, 0));
    }
    m_indicatorName->setText(mapping.indicatorName);
    m_period->setText(mapping.period);
    m_sex->setCurrentText(mapping.sex);
    m_age->setText(mapping.age == u"All ages" ? QString() : mapping.age);
    m_valueType->setCurrentIndex(m_valueType->findData(static_cast<int>(mapping.valueType)));
    m_saveName->setText(mapping.name);
    updateProblems();
}

io::ColumnMapping MappingPage::mapping() const
{
    io::ColumnMapping mapping;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            mapping.columns.insert(it.key(), column);
    }
    mapping.indicatorName = m_indicatorName->text().trimmed();
    mapping.period = m_period->text().trimmed();
    mapping.sex = m_sex->currentText();
    mapping.age = m_age->text().trimmed().isEmpty() ? QStringLiteral("All ages") : m_age->text().trimmed();
    mapping.valueType = static_cast<indicators::ValueType>(m_valueType->currentData().toInt());
    mapping.name = m_save->isChecked() ? m_saveName->text().trimmed() : QString();
    return mapping;
}

void MappingPage::setColumn(io::MappedField field, const QString& column)
{
    QComboBox* combo = m_columns.value(field);
    combo->setCurrentIndex(std::max(combo->findData(column), 0));
}

void MappingPage::setSaveAs(const QString& name)
{
    m_saveName->setText(name);
}

void MappingPage::updateProblems()
{
    m_indicatorName->setEnabled(m_columns.value(io::MappedField::Indicator)->currentIndex() == 0);
    m_period->setEnabled(m_columns.value(io::MappedField::Period)->currentIndex() == 0);
    m_sex->setEnabled(m_columns.value(io::MappedField::Sex)->currentIndex() == 0);
    m_age->setEnabled(m_columns.value(io::MappedField::Age)->currentIndex() == 0);
    const QStringList problems = mapping().problems();
    if (problems.isEmpty())
        m_notice->showMessage(Notice::Kind::Success,
                              tr("Every field the import needs has a column or a value."));
    else
        m_notice->showMessage(Notice::Kind::Warning,
                              tr("To go on: %1.").arg(problems.join(QStringLiteral("; "))));
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    return mapping().problems().isEmpty();
}

bool MappingPage::validatePage()
{
    io::ColumnMapping chosen = mapping();
    if (m_save->isChecked() && !chosen.name.isEmpty()) {
        try {
            io::MappingRepository(m_state.project->database()).save(chosen);
        } catch (const ProjectError& error) {
            m_notice->showMessage(Notice::Kind::Error, describeBriefly(error));
            return false;
        }
    }
    m_state.options.mapping = chosen;
    return true;
}

} // namespace jsna::ui::import
