// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/change_notifier.h"

namespace jsna::project {

ChangeNotifier::ChangeNotifier(QObject* parent)
    : QObject(parent)
{
}

} // namespace jsna::project
