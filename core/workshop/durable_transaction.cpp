// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/durable_transaction.h"

#include "core/store/database.h"

namespace jsna::workshop {

namespace {

constexpr qint64 kSynchronousFull = 2;

} // namespace

DurableTransaction::DurableTransaction(store::Database& database)
    : m_database(database)
{
    m_previousSynchronous = m_database.scalarInt64("PRAGMA synchronous", 1);
    if (m_previousSynchronous < kSynchronousFull)
        m_database.exec("PRAGMA synchronous = FULL");
    try {
        m_transaction.emplace(m_database);
    } catch (...) {
        restoreSynchronous();
        throw;
    }
}

DurableTransaction::~DurableTransaction()
{
    m_transaction.reset(); // rolls back when not committed
    restoreSynchronous();
}

void DurableTransaction::commit()
{
    m_transaction->commit();
}

void DurableTransaction::restoreSynchronous() noexcept
{
    if (m_previousSynchronous >= kSynchronousFull)
        return;
    try {
        m_database.exec(m_previousSynchronous == 1 ? "PRAGMA synchronous = NORMAL"
                                                   : "PRAGMA synchronous = OFF");
    } catch (...) { // the setting only affects durability of later commits; never throw from here
    }
}

} // namespace jsna::workshop
