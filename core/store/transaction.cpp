// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/transaction.h"

#include "core/store/database.h"

namespace jsna::store {

Transaction::Transaction(Database& database)
    : m_database(database)
{
    m_database.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_database.exec("ROLLBACK");
        } catch (...) { // a destructor must not throw; SQLite has already rolled back on most errors
        }
    }
}

void Transaction::commit()
{
    m_database.exec("COMMIT");
    m_open = false;
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        m_database.exec("ROLLBACK");
    }
}

} // namespace jsna::store
