// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QtGlobal>

#include "core/store/transaction.h"

namespace jsna::store {
class Database;
}

namespace jsna::workshop {

// One short write transaction committed with PRAGMA synchronous = FULL: when commit() returns, the
// change is in the file and survives a crash, a kill -9 or a power cut. The connection's previous
// setting is restored afterwards, so other writers keep their own. Rolls back unless committed.
// Used for every workshop write (live capture must never lose what it showed as filed).
class DurableTransaction
{
public:
    explicit DurableTransaction(store::Database& database);
    ~DurableTransaction();
    DurableTransaction(const DurableTransaction&) = delete;
    DurableTransaction& operator=(const DurableTransaction&) = delete;

    void commit();

private:
    void restoreSynchronous() noexcept;

    store::Database& m_database;
    qint64 m_previousSynchronous = 1;
    std::optional<store::Transaction> m_transaction;
};

} // namespace jsna::workshop
