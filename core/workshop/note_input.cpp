// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/note_input.h"

#include <QRegularExpression>

namespace jsna::workshop {

namespace {

struct Prefix
{
    const char16_t* text;
    NoteKind kind;
};

// Longer prefixes are not needed: every letter prefix is one letter and a colon.
constexpr Prefix kPrefixes[] = {
    {u"?", NoteKind::Question},    {u"!", NoteKind::Action},       {u"*", NoteKind::Insight},
    {u"=", NoteKind::Conclusion},  {u"o:", NoteKind::Observation}, {u"n:", NoteKind::Insight},
    {u"q:", NoteKind::Question},   {u"i:", NoteKind::Idea},        {u"a:", NoteKind::Action},
    {u"c:", NoteKind::Conclusion},
};

} // namespace

CapturedInput parseCaptureInput(const QString& line, NoteKind fallback)
{
    CapturedInput result;
    result.kind = fallback;
    const QString trimmed = line.trimmed();
    for (const Prefix& prefix : kPrefixes) {
        const QStringView text(prefix.text);
        if (trimmed.startsWith(text, Qt::CaseInsensitive)) {
            result.kind = prefix.kind;
            result.kindFromPrefix = true;
            result.text = trimmed.mid(text.size()).trimmed();
            return result;
        }
    }
    result.text = trimmed;
    return result;
}

QString capturePrefix(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Observation:
        return QStringLiteral("o:");
    case NoteKind::Insight:
        return QStringLiteral("*");
    case NoteKind::Question:
        return QStringLiteral("?");
    case NoteKind::Idea:
        return QStringLiteral("i:");
    case NoteKind::Action:
        return QStringLiteral("!");
    case NoteKind::Conclusion:
        return QStringLiteral("=");
    }
    return {};
}

QStringList extractTags(const QString& text)
{
    if (!text.contains(u'#'))
        return {};
    // A '#' that starts a word (so "C#" and "item#3" are not tags).
    static const QRegularExpression pattern(QStringLiteral(R"((?<![\w#&])#([\w][\w-]*))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        QString tag = it.next().captured(1).toLower();
        while (tag.endsWith(u'-'))
            tag.chop(1);
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace jsna::workshop
