// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/import/import_session.h"
#include "core/import/import_types.h"
#include "core/store/statement.h"

namespace jsna::store {
class Database;
}

namespace jsna::import {

using Fields = std::vector<std::string_view>;

// One file format's reading of records into the project. The runner owns the reader, the session
// (transaction, report) and the loop; an importer only understands its columns.
class Importer
{
public:
    virtual ~Importer() = default;

    // Called with each leading record until it returns true for the header. Records before the header
    // (a title, notes) return false. Throws ProjectError when fields cannot be this format's header and
    // no later record can be either.
    virtual bool readHeader(ImportSession& session, const Fields& fields) = 0;
    // One data record, with as many fields as the header. Rejects or writes it.
    virtual void readRow(ImportSession& session, const Fields& fields) = 0;
    // After the last record, before the session commits.
    virtual void finish(ImportSession&) {}
};

// The importer for a format. Throws ProjectError when options lack what the format needs (a generic
// file without a mapping).
std::unique_ptr<Importer> makeImporter(ImportFormat format, const ImportOptions& options,
                                       store::Database& database);

// An insert that does nothing on a key conflict, and the update that replaces the existing row, sharing
// their parameter numbers: bind once per statement with the same binder.
class Upsert
{
public:
    Upsert(store::Database& database, const char* insertIgnoringConflicts, const char* updateByKey);

    template <typename Binder>
    WriteOutcome write(DuplicatePolicy policy, Binder&& bind)
    {
        bind(m_insert);
        m_insert.run();
        if (changes() > 0)
            return WriteOutcome::Added;
        if (policy == DuplicatePolicy::Keep)
            return WriteOutcome::Kept;
        bind(m_update);
        m_update.run();
        return WriteOutcome::Replaced;
    }

private:
    int changes() const;

    store::Database& m_db;
    store::Statement m_insert;
    store::Statement m_update;
};

} // namespace jsna::import
