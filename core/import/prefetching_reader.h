// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/import/csv_reader.h"

namespace jsna::import {

// A CsvReader running ahead on a thread of its own, handing over records in batches through a small
// bounded queue, so reading, decoding and splitting the file overlap with validating and writing it.
// Memory stays bounded (a few batches of about 1,024 records). An error the reader meets is thrown
// by nextUtf8() in order, after the records before it.
// Threading contract: the constructor, nextUtf8() and the accessors belong to one consuming thread.
class PrefetchingReader final : public RecordSource
{
public:
    // Opens the file on the calling thread (so a file that cannot be read throws here) and starts reading.
    explicit PrefetchingReader(const QString& path, std::optional<char> delimiter = std::nullopt);
    ~PrefetchingReader() override;
    PrefetchingReader(const PrefetchingReader&) = delete;
    PrefetchingReader& operator=(const PrefetchingReader&) = delete;

    const QString& path() const override { return m_path; }
    const CsvFormat& format() const override { return m_format; }
    bool nextUtf8(std::vector<std::string_view>& fields) override;
    qint64 recordLine() const override { return m_line; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    struct Batch
    {
        std::string bytes;                 // the records' fields, back to back
        std::vector<std::uint32_t> ends;   // end of each field in bytes
        std::vector<std::uint32_t> counts; // fields per record
        std::vector<qint64> lines;         // line of each record
        qint64 bytesRead = 0;
        CsvFormat format;
        std::exception_ptr error; // thrown after this batch's records
        bool last = false;
        void clear();
    };

    void run();
    std::unique_ptr<Batch> takeBatch(); // consumer: the next full batch (blocks)

    QString m_path;
    CsvReader m_reader; // used by the thread only once it runs
    CsvFormat m_format;
    qint64 m_totalBytes = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_spare;
    bool m_stop = false;
    std::thread m_thread;

    std::unique_ptr<Batch> m_current;
    std::size_t m_record = 0;
    std::size_t m_field = 0;
    bool m_finished = false;
};

} // namespace jsna::import
