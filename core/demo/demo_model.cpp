// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_model.h"

namespace jsna::demo {

double SexBands::total() const
{
    return total(kMale) + total(kFemale);
}

double SexBands::total(int sex) const
{
    return sum(0, kBandCount - 1, sex);
}

double SexBands::sum(int firstBand, int lastBand, int sex) const
{
    double result = 0.0;
    for (int s = 0; s < 2; ++s) {
        if (sex >= 0 && s != sex)
            continue;
        for (int b = firstBand; b <= lastBand; ++b)
            result += at(s, b);
    }
    return result;
}

SexBands& SexBands::operator+=(const SexBands& other)
{
    for (int s = 0; s < 2; ++s)
        for (int b = 0; b < kBandCount; ++b)
            at(s, b) += other.at(s, b);
    return *this;
}

} // namespace jsna::demo
