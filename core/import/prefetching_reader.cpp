// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/prefetching_reader.h"

namespace jsna::import {

namespace {

constexpr std::size_t kRecordsPerBatch = 1024;
constexpr std::size_t kBytesPerBatch = 512 * 1024;
constexpr std::size_t kMaxQueuedBatches = 4;

} // namespace

void PrefetchingReader::Batch::clear()
{
    bytes.clear();
    ends.clear();
    counts.clear();
    lines.clear();
    error = nullptr;
    last = false;
}

PrefetchingReader::PrefetchingReader(const QString& path, std::optional<char> delimiter)
    : m_path(path)
    , m_reader(path, delimiter)
    , m_format(m_reader.format())
    , m_totalBytes(m_reader.totalBytes())
    , m_thread([this] { run(); })
{}

PrefetchingReader::~PrefetchingReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchingReader::run()
{
    std::vector<std::string_view> fields;
    bool more = true;
    while (more) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_full.size() < kMaxQueuedBatches; });
            if (m_stop)
                return;
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        if (!batch)
            batch = std::make_unique<Batch>();
        batch->clear();
        try {
            while (batch->counts.size() < kRecordsPerBatch && batch->bytes.size() < kBytesPerBatch) {
                if (!m_reader.nextUtf8(fields)) {
                    more = false;
                    break;
                }
                for (const std::string_view field : fields) {
                    batch->bytes.append(field);
                    batch->ends.push_back(static_cast<std::uint32_t>(batch->bytes.size()));
                }
                batch->counts.push_back(static_cast<std::uint32_t>(fields.size()));
                batch->lines.push_back(m_reader.recordLine());
            }
        } catch (...) {
            batch->error = std::current_exception();
            more = false;
        }
        batch->last = !more;
        batch->bytesRead = m_reader.bytesRead();
        batch->format = m_reader.format();
        {
            const std::lock_guard lock(m_mutex);
            m_full.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
}

std::unique_ptr<PrefetchingReader::Batch> PrefetchingReader::takeBatch()
{
    std::unique_lock lock(m_mutex);
    if (m_current)
        m_spare.push_back(std::move(m_current));
    m_changed.wait(lock, [this] { return !m_full.empty(); });
    std::unique_ptr<Batch> batch = std::move(m_full.front());
    m_full.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

bool PrefetchingReader::nextUtf8(std::vector<std::string_view>& fields)
{
    while (!m_current || m_record >= m_current->counts.size()) {
        if (m_current && (m_current->error || m_current->last)) {
            if (m_current->error && !m_finished) {
                m_finished = true;
                std::rethrow_exception(m_current->error);
            }
            fields.clear();
            return false;
        }
        m_current = takeBatch();
        m_record = 0;
        m_field = 0;
        m_bytesRead = m_current->bytesRead;
        m_format = m_current->format;
    }
    const Batch& batch = *m_current;
    const std::uint32_t count = batch.counts[m_record];
    fields.resize(count);
    std::uint32_t begin = m_field == 0 ? 0 : batch.ends[m_field - 1];
    for (std::uint32_t i = 0; i < count; ++i, ++m_field) {
        fields[i] = std::string_view(batch.bytes).substr(begin, batch.ends[m_field] - begin);
        begin = batch.ends[m_field];
    }
    m_line = batch.lines[m_record];
    ++m_record;
    return true;
}

} // namespace jsna::import
