// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace jsna::ui {

// Label/value pairs in two aligned columns ("Wards   20"), with a muted line in place of the
// list when it is empty.
class FactList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactList)

public:
    using Fact = QPair<QString, QString>;

    explicit FactList(const QString& emptyText, QWidget* parent = nullptr);

    void setFacts(const QList<Fact>& facts);
    const QList<Fact>& facts() const { return m_facts; }
    // The value shown for label, or empty.
    QString valueOf(const QString& label) const;

private:
    QList<Fact> m_facts;
    QGridLayout* m_grid;
    QLabel* m_empty;
    QList<QLabel*> m_labels;
};

} // namespace jsna::ui
