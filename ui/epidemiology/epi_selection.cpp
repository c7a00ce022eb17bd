// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/epi_selection.h"

namespace jsna::ui::epidemiology {

EpiSelection::EpiSelection(QObject* parent)
    : QObject(parent)
{
}

void EpiSelection::setAreaCode(const QString& code)
{
    if (code == m_area)
        return;
    m_area = code;
    emit changed(Part::Area);
}

void EpiSelection::setIndicatorId(qint64 id)
{
    if (id == m_indicator)
        return;
    m_indicator = id;
    emit changed(Part::Indicator);
}

void EpiSelection::setLevel(jsna::epidemiology::ConfidenceLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    emit changed(Part::Level);
}

} // namespace jsna::ui::epidemiology
