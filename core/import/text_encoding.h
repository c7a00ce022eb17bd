// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <QString>

namespace jsna::import {

// The encodings the importers read. Everything is converted to UTF-8 before use.
enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    Windows1252,
    Utf16LE,
    Utf16BE,
};

// "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE".
QString textEncodingName(TextEncoding encoding);

// Byte order mark length for the encoding (0 when it has none).
std::size_t byteOrderMarkSize(TextEncoding encoding);

// Length of the encoding's byte order mark at the start of bytes, 0 when there is none there.
std::size_t byteOrderMarkLength(std::string_view bytes, TextEncoding encoding);

// Guesses the encoding of a file from its first bytes (see CsvReader). atEnd says the sample is the
// whole file, so a multi-byte sequence cut at its end is an error rather than a truncation.
// Throws ProjectError naming file when the sample looks like binary data, not text.
TextEncoding detectTextEncoding(std::string_view sample, bool atEnd, const QString& file);

// Offset of the first byte that is not part of valid UTF-8, or npos. With allowTruncatedEnd, a
// sequence cut short by the end of bytes counts as valid (the rest may be in the next chunk).
std::size_t findInvalidUtf8(std::string_view bytes, bool allowTruncatedEnd = false);

// True when every byte is below 0x80.
bool isAscii(std::string_view bytes);

// One pass over a field: whether it is all ASCII and whether it holds a NUL byte.
struct ByteClass
{
    bool ascii = true;
    bool hasNul = false;
};
ByteClass classifyBytes(std::string_view bytes);

// Appends bytes decoded as Windows-1252 to out as UTF-8. The five bytes that Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as in WHATWG.
void appendWindows1252AsUtf8(std::string_view bytes, std::string& out);

// Streaming UTF-16 to UTF-8 conversion that keeps an odd byte or a high surrogate across chunks.
// An unpaired surrogate becomes the byte 0xFF in the output, which is never valid UTF-8, so the
// reader's field validation reports it at its line and field.
class Utf16Decoder
{
public:
    explicit Utf16Decoder(bool bigEndian)
        : m_bigEndian(bigEndian)
    {}
    void decode(std::string_view bytes, std::string& out);
    // Call at the end of the input: a dangling byte or surrogate is written as 0xFF.
    void finish(std::string& out);

private:
    void appendCodePoint(char32_t codePoint, std::string& out);

    bool m_bigEndian;
    int m_pendingByte = -1;
    char16_t m_highSurrogate = 0;
};

// UTF-8 helpers for building QStrings from the raw views of CsvReader::nextUtf8().
inline QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace jsna::import
