// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/workshop/workshop.h"

namespace jsna::workshop {

// What the capture line's text says once its kind prefix is read.
struct CapturedInput
{
    NoteKind kind = NoteKind::Observation;
    bool kindFromPrefix = false;
    QString text; // without the prefix, trimmed
};

// Reads a kind prefix from a line typed while capturing. Symbols: "?" question, "!" action,
// "*" insight, "=" conclusion. Letters with a colon (any case): "o:" observation, "n:" insight,
// "q:" question, "i:" idea, "a:" action, "c:" conclusion. Without a prefix the kind is fallback.
CapturedInput parseCaptureInput(const QString& line, NoteKind fallback = NoteKind::Observation);

// The prefix that selects kind, for help texts ("?", "i:").
QString capturePrefix(NoteKind kind);

// The #tags in a note's text, lower case, without '#', each once, in order of first use.
// A tag starts with a letter, digit or underscore and may contain '-': "#falls-prevention".
QStringList extractTags(const QString& text);

} // namespace jsna::workshop
