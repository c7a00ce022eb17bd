// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/estimate.h"

namespace jsna::stats {

std::string_view methodName(Method method)
{
    switch (method) {
    case Method::None:
        return {};
    case Method::Wilson:
        return "Wilson";
    case Method::Byars:
        return "Byars";
    case Method::Exact:
        return "Exact";
    case Method::Dobson:
        return "Dobson";
    case Method::StudentT:
        return "Student's t-distribution";
    case Method::ChiangSilcocks:
        return "Chiang, using Silcocks et al for confidence limits";
    case Method::Simulation:
        return "Simulation";
    }
    return {};
}

} // namespace jsna::stats
