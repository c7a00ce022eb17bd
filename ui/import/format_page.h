// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include "ui/import/wizard_state.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace jsna::ui::import {

// Step 2: what was found (format, encoding, delimiter) with a preview of the first rows, the format
// to import as, its few parameters, and what to do with rows already in the project.
class FormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormatPage)

public:
    FormatPage(WizardState& state, int mappingPageId, int checkPageId, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    // For tests: the chosen format, and the preview's model.
    io::ImportFormat format() const;
    void setFormat(io::ImportFormat format);
    QStandardItemModel* previewModel() const { return m_model; }

private:
    void fillPreview();
    void formatChanged();

    WizardState& m_state;
    int m_mappingPageId;
    int m_checkPageId;
    QLabel* m_found;
    QComboBox* m_format;
    QStackedWidget* m_parameters;
    QSpinBox* m_year;
    QComboBox* m_sex;
    QComboBox* m_edition;
    QComboBox* m_vintage;
    QLineEdit* m_measure;
    QLineEdit* m_lookupVintage;
    QButtonGroup* m_duplicates;
    QTableView* m_table;
    QStandardItemModel* m_model;
};

} // namespace jsna::ui::import
