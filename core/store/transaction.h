// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jsna::store {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() was called, so an
// exception or a cancel leaves nothing half-written. Not nestable: the store never nests transactions.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();

private:
    Database& m_database;
    bool m_open = true;
};

} // namespace jsna::store
