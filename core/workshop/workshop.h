// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace jsna::workshop {

// What a note records; set by a prefix or shortcut while capturing (see note_input.h).
enum class NoteKind
{
    Observation,
    Insight,
    Question,
    Idea,
    Action,
    Conclusion,
};
inline constexpr int kNoteKindCount = 6;

QString toStorage(NoteKind kind);
NoteKind noteKindFromStorage(const QString& text); // throws ProjectError for unknown spellings
QString noteKindLabel(NoteKind kind);              // "Question"
QList<NoteKind> allNoteKinds();

// Whether a participant agreed to be named or quoted.
enum class Consent
{
    NotRecorded,
    Given,
    Declined,
};
QString toStorage(Consent consent);
Consent consentFromStorage(const QString& text);
QString consentLabel(Consent consent);

// The stakeholder groups offered by default; any other text is accepted too.
QStringList defaultStakeholderGroups();

// The fields of a workshop a user edits.
struct WorkshopData
{
    QString title;
    QDate date;
    QString place; // the venue, or the platform when online
    bool online = false;
    QString facilitator;
    QString purpose;
    QString topic; // JSNA topic or chapter

    bool operator==(const WorkshopData&) const = default;
};

struct Workshop
{
    qint64 id = 0;
    WorkshopData data;

    bool operator==(const Workshop&) const = default;
};

struct ParticipantData
{
    QString stakeholderGroup;
    QString organisation;
    QString name; // optional: many rooms are recorded by group only
    Consent consent = Consent::NotRecorded;

    bool operator==(const ParticipantData&) const = default;
};

struct Participant
{
    qint64 id = 0;
    qint64 workshopId = 0;
    ParticipantData data;

    bool operator==(const Participant&) const = default;
};

// A note's link to an evidence item (Stage 1 finding) or straight to an indicator.
struct NoteLink
{
    enum class Target
    {
        Evidence,
        Indicator,
    };
    Target target = Target::Evidence;
    qint64 id = 0;

    bool operator==(const NoteLink&) const = default;
};

// The fields of a note a user edits; what undo swaps. Tags are not here: they are read from the text.
struct NoteData
{
    NoteKind kind = NoteKind::Observation;
    QString text;
    QString stakeholderGroup; // attribution; empty when not said
    QList<NoteLink> links;
    qint64 themeId = 0; // 0: not in a theme
    int votes = 0;
    bool agreed = false; // for conclusions: agreed by the room

    bool operator==(const NoteData&) const = default;
};

// Which fields of a NoteData a write or a change signal concerns.
enum class NoteField : quint32
{
    Kind = 1u << 0,
    Text = 1u << 1,
    Group = 1u << 2,
    Links = 1u << 3,
    Theme = 1u << 4,
    Votes = 1u << 5,
    Agreed = 1u << 6,
};
Q_DECLARE_FLAGS(NoteFieldMask, NoteField)
Q_DECLARE_OPERATORS_FOR_FLAGS(NoteFieldMask)
inline constexpr NoteFieldMask kAllNoteFields = NoteFieldMask::fromInt(0x7f);

// Copies the fields in mask from source into target.
void assignFields(NoteData& target, const NoteData& source, NoteFieldMask mask);
// True when a and b agree on every field in mask.
bool sameFields(const NoteData& a, const NoteData& b, NoteFieldMask mask);

struct Note
{
    qint64 id = 0;
    qint64 workshopId = 0;
    qint64 position = 0; // order within the workshop, ascending
    NoteData data;
    QStringList tags;     // #tags read from the text, lower case, without '#'
    qint64 createdMs = 0; // milliseconds since the epoch, UTC
    qint64 updatedMs = 0;

    QDateTime created() const { return QDateTime::fromMSecsSinceEpoch(createdMs); }
    bool operator==(const Note&) const = default;
};

struct ThemeData
{
    QString title;
    QString description;
    int votes = 0;

    bool operator==(const ThemeData&) const = default;
};

struct Theme
{
    qint64 id = 0;
    qint64 workshopId = 0;
    qint64 position = 0;
    ThemeData data;

    bool operator==(const Theme&) const = default;
};

// One score of a theme against a prioritisation criterion (0 to kMaxScore).
struct ThemeScore
{
    qint64 themeId = 0;
    qint64 criterionId = 0;
    int score = 0;

    bool operator==(const ThemeScore&) const = default;
};
inline constexpr int kMaxScore = 5;

} // namespace jsna::workshop
