// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/foundation/progress.h"

namespace jsna {

void throwIfCanceled(const Progress& progress)
{
    if (progress.isCanceled())
        throw Canceled{};
}

} // namespace jsna
