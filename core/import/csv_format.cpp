// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding and delimiter detection for CsvReader.
#include <array>
#include <string>
#include <vector>

#include "core/import/csv_reader.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
constexpr int kMaxSampleLines = 50;

} // namespace

char CsvReader::detectDelimiter(std::string_view utf8Sample, bool atEnd)
{
    // Count each candidate outside quotes on each of the first lines.
    std::vector<std::array<int, kCandidates.size()>> lines;
    std::array<int, kCandidates.size()> current{};
    bool inQuotes = false;
    bool lineHasText = false;
    for (const char c : utf8Sample) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (lineHasText)
                lines.push_back(current);
            current = {};
            lineHasText = false;
            if (static_cast<int>(lines.size()) >= kMaxSampleLines)
                break;
            continue;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < kCandidates.size(); ++k) {
                if (c == kCandidates[k])
                    ++current[k];
            }
        }
        lineHasText = true;
    }
    // A last line cut off by the end of the sample is counted only when it is all there is.
    if (lineHasText && (atEnd || lines.empty()))
        lines.push_back(current);
    if (lines.empty())
        return ',';

    char best = ',';
    int bestConsistent = 0;
    int bestCount = 0;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const int header = lines.front()[k];
        if (header == 0)
            continue;
        int consistent = 0;
        for (const auto& line : lines) {
            if (line[k] == header)
                ++consistent;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestCount)) {
            best = kCandidates[k];
            bestConsistent = consistent;
            bestCount = header;
        }
    }
    return best;
}

CsvFormat CsvReader::detectFormat(std::string_view sample, bool atEnd, const QString& file)
{
    const TextEncoding encoding = detectTextEncoding(sample, atEnd, file);
    sample.remove_prefix(byteOrderMarkLength(sample, encoding));
    CsvFormat format;
    format.encoding = textEncodingName(encoding);
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        std::string utf8;
        Utf16Decoder decoder(encoding == TextEncoding::Utf16BE);
        decoder.decode(sample, utf8);
        format.delimiter = detectDelimiter(utf8, atEnd);
    } else {
        // Windows-1252 agrees with ASCII on delimiters, quotes and line ends.
        format.delimiter = detectDelimiter(sample, atEnd);
    }
    return format;
}

} // namespace jsna::import
