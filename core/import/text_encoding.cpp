// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/text_encoding.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include "core/foundation/project_error.h"

namespace jsna::import {

namespace {

// Windows-1252 bytes 0x80-0x9F; the rest of the upper half is Latin-1.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendUtf8(char32_t codePoint, std::string& out)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

std::size_t byteOrderMarkSize(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return 2;
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        return 0;
    }
    return 0;
}

TextEncoding detectTextEncoding(std::string_view sample, bool atEnd, const QString& file)
{
    if (startsWith(sample, "\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (startsWith(sample, "\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (startsWith(sample, "\xFE\xFF"))
        return TextEncoding::Utf16BE;

    std::size_t evenNuls = 0;
    std::size_t oddNuls = 0;
    std::size_t controls = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0)
            ++((i % 2 == 0) ? evenNuls : oddNuls);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    const QString notText = QStringLiteral("this is not a text file (it contains binary data); "
                                           "save the data as CSV and import that");
    if (evenNuls + oddNuls > 0) {
        // ASCII text in UTF-16 without a BOM: every other byte is zero.
        const std::size_t units = sample.size() / 2;
        if (units >= 2 && oddNuls * 10 > units * 3 && evenNuls * 20 < units)
            return TextEncoding::Utf16LE;
        if (units >= 2 && evenNuls * 10 > units * 3 && oddNuls * 20 < units)
            return TextEncoding::Utf16BE;
        throw ProjectError(notText, file);
    }
    if (controls * 50 > sample.size())
        throw ProjectError(notText, file);
    // The first non-ASCII character decides; a later byte that disagrees is reported where it is.
    std::size_t first = 0;
    while (first < sample.size() && static_cast<unsigned char>(sample[first]) < 0x80)
        ++first;
    if (first == sample.size())
        return TextEncoding::Utf8;
    const std::string_view rest = sample.substr(first, 4);
    const bool restIsSampleEnd = first + 4 >= sample.size();
    return findInvalidUtf8(rest, restIsSampleEnd && !atEnd) == 0 ? TextEncoding::Windows1252
                                                                 : TextEncoding::Utf8;
}

std::size_t byteOrderMarkLength(std::string_view bytes, TextEncoding encoding)
{
    const std::size_t size = byteOrderMarkSize(encoding);
    if (size == 0)
        return 0;
    const std::string_view bom = encoding == TextEncoding::Utf8Bom   ? std::string_view("\xEF\xBB\xBF")
                                 : encoding == TextEncoding::Utf16LE ? std::string_view("\xFF\xFE")
                                                                     : std::string_view("\xFE\xFF");
    return startsWith(bytes, bom) ? size : 0;
}

bool isAscii(std::string_view bytes)
{
    const char* p = bytes.data();
    std::size_t n = bytes.size();
    while (n >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
        p += 8;
        n -= 8;
    }
    for (; n > 0; --n, ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    }
    return true;
}

ByteClass classifyBytes(std::string_view bytes)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const char* p = bytes.data();
    std::size_t n = bytes.size();
    std::uint64_t high = 0;
    std::uint64_t zero = 0;
    while (n >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        high |= word;
        zero |= (word - kOnes) & ~word & kHighs; // non-zero exactly when the word holds a zero byte
        p += 8;
        n -= 8;
    }
    ByteClass result;
    for (; n > 0; --n, ++p) {
        const auto c = static_cast<unsigned char>(*p);
        result.ascii = result.ascii && c < 0x80;
        result.hasNul = result.hasNul || c == 0;
    }
    result.ascii = result.ascii && (high & kHighs) == 0;
    result.hasNul = result.hasNul || zero != 0;
    return result;
}

std::size_t findInvalidUtf8(std::string_view bytes, bool allowTruncatedEnd)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // no overlong forms
            if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowTruncatedEnd ? std::string_view::npos : i;
            const unsigned char next = s[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

void appendWindows1252AsUtf8(std::string_view bytes, std::string& out)
{
    out.reserve(out.size() + bytes.size() + bytes.size() / 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out.push_back(ch);
        else if (c < 0xA0)
            appendUtf8(kWindows1252High[c - 0x80], out);
        else
            appendUtf8(c, out);
    }
}

void Utf16Decoder::appendCodePoint(char32_t codePoint, std::string& out)
{
    appendUtf8(codePoint, out);
}

void Utf16Decoder::decode(std::string_view bytes, std::string& out)
{
    out.reserve(out.size() + bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        unsigned char first = 0;
        unsigned char second = 0;
        if (m_pendingByte >= 0) {
            first = static_cast<unsigned char>(m_pendingByte);
            second = static_cast<unsigned char>(bytes[i]);
            m_pendingByte = -1;
            i += 1;
        } else if (i + 1 < bytes.size()) {
            first = static_cast<unsigned char>(bytes[i]);
            second = static_cast<unsigned char>(bytes[i + 1]);
            i += 2;
        } else {
            m_pendingByte = static_cast<unsigned char>(bytes[i]);
            break;
        }
        const auto unit = static_cast<char16_t>(m_bigEndian ? (first << 8) | second : (second << 8) | first);
        if (m_highSurrogate != 0) {
            const char16_t high = std::exchange(m_highSurrogate, char16_t{0});
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendCodePoint(0x10000 + ((char32_t{high} - 0xD800) << 10) + (unit - 0xDC00), out);
                continue;
            }
            out.push_back('\xFF'); // the high surrogate had no pair; now look at unit on its own
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_highSurrogate = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF)
            out.push_back('\xFF');
        else
            appendCodePoint(unit, out);
    }
}

void Utf16Decoder::finish(std::string& out)
{
    if (m_pendingByte >= 0 || m_highSurrogate != 0)
        out.push_back('\xFF');
    m_pendingByte = -1;
    m_highSurrogate = 0;
}

} // namespace jsna::import
