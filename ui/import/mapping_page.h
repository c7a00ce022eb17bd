// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWizardPage>

#include "core/import/column_mapping.h"
#include "ui/import/wizard_state.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace jsna::ui::import {

class Notice;

// Step 2b (generic files): which column holds what, guessed from the header and corrected by the
// user; fields no column holds can take one value for every row. A mapping can be saved by name and
// reused for the next file of the same shape.
class MappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPage)

public:
    MappingPage(WizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    io::ColumnMapping mapping() const;
    void setMapping(const io::ColumnMapping& mapping);
    // For tests: the column chosen for a field ("" when none).
    void setColumn(io::MappedField field, const QString& column);
    void setSaveAs(const QString& name);

private:
    void loadSaved();
    void updateProblems();

    WizardState& m_state;
    QStringList m_header;
    QComboBox* m_saved;
    QMap<io::MappedField, QComboBox*> m_columns;
    QLineEdit* m_indicatorName;
    QLineEdit* m_period;
    QComboBox* m_sex;
    QLineEdit* m_age;
    QComboBox* m_valueType;
    QCheckBox* m_save;
    QLineEdit* m_saveName;
    Notice* m_notice;
};

} // namespace jsna::ui::import
