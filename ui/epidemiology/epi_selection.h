// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "core/epidemiology/significance.h"

namespace jsna::ui::epidemiology {

// What the Stage 1 views are looking at: one area, one indicator and the confidence level of the
// comparisons. Shared by all views of the workspace; each refreshes (when visible) on changed().
class EpiSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpiSelection)

public:
    explicit EpiSelection(QObject* parent = nullptr);

    const QString& areaCode() const { return m_area; }
    qint64 indicatorId() const { return m_indicator; }
    jsna::epidemiology::ConfidenceLevel level() const { return m_level; }

    void setAreaCode(const QString& code);
    void setIndicatorId(qint64 id);
    void setLevel(jsna::epidemiology::ConfidenceLevel level);

    enum class Part
    {
        Area,
        Indicator,
        Level,
    };
    Q_ENUM(Part)

signals:
    void changed(jsna::ui::epidemiology::EpiSelection::Part part);

private:
    QString m_area;
    qint64 m_indicator = 0;
    jsna::epidemiology::ConfidenceLevel m_level = jsna::epidemiology::ConfidenceLevel::P95;
};

} // namespace jsna::ui::epidemiology
