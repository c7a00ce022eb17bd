// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop.h"

#include <array>

#include <QCoreApplication>

#include "core/foundation/project_error.h"

namespace jsna::workshop {

namespace {

constexpr std::array<const char16_t*, kNoteKindCount> kKindStorage{u"observation", u"insight", u"question",
                                                                   u"idea",        u"action",  u"conclusion"};

} // namespace

QString toStorage(NoteKind kind)
{
    return QString::fromUtf16(kKindStorage.at(static_cast<std::size_t>(kind)));
}

NoteKind noteKindFromStorage(const QString& text)
{
    for (std::size_t i = 0; i < kKindStorage.size(); ++i)
        if (text == QStringView(kKindStorage.at(i)))
            return static_cast<NoteKind>(i);
    throw ProjectError(QStringLiteral("unknown note kind '%1'").arg(text));
}

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Observation:
        return QCoreApplication::translate("jsna::workshop", "Observation");
    case NoteKind::Insight:
        return QCoreApplication::translate("jsna::workshop", "Insight");
    case NoteKind::Question:
        return QCoreApplication::translate("jsna::workshop", "Question");
    case NoteKind::Idea:
        return QCoreApplication::translate("jsna::workshop", "Idea");
    case NoteKind::Action:
        return QCoreApplication::translate("jsna::workshop", "Action");
    case NoteKind::Conclusion:
        return QCoreApplication::translate("jsna::workshop", "Conclusion");
    }
    return {};
}

QList<NoteKind> allNoteKinds()
{
    return {NoteKind::Observation, NoteKind::Insight, NoteKind::Question,
            NoteKind::Idea,        NoteKind::Action,  NoteKind::Conclusion};
}

QString toStorage(Consent consent)
{
    switch (consent) {
    case Consent::Given:
        return QStringLiteral("given");
    case Consent::Declined:
        return QStringLiteral("declined");
    case Consent::NotRecorded:
        break;
    }
    return QStringLiteral("not-recorded");
}

Consent consentFromStorage(const QString& text)
{
    if (text == u"given")
        return Consent::Given;
    if (text == u"declined")
        return Consent::Declined;
    if (text == u"not-recorded")
        return Consent::NotRecorded;
    throw ProjectError(QStringLiteral("unknown consent value '%1'").arg(text));
}

QString consentLabel(Consent consent)
{
    switch (consent) {
    case Consent::Given:
        return QCoreApplication::translate("jsna::workshop", "Consent given");
    case Consent::Declined:
        return QCoreApplication::translate("jsna::workshop", "Declined");
    case Consent::NotRecorded:
        break;
    }
    return QCoreApplication::translate("jsna::workshop", "Not recorded");
}

QStringList defaultStakeholderGroups()
{
    return {
        QCoreApplication::translate("jsna::workshop", "NHS"),
        QCoreApplication::translate("jsna::workshop", "Council"),
        QCoreApplication::translate("jsna::workshop", "Public health"),
        QCoreApplication::translate("jsna::workshop", "Voluntary and community sector"),
        QCoreApplication::translate("jsna::workshop", "Residents"),
        QCoreApplication::translate("jsna::workshop", "Healthwatch"),
        QCoreApplication::translate("jsna::workshop", "Social care"),
        QCoreApplication::translate("jsna::workshop", "Police and fire"),
        QCoreApplication::translate("jsna::workshop", "Education"),
        QCoreApplication::translate("jsna::workshop", "Housing"),
    };
}

void assignFields(NoteData& target, const NoteData& source, NoteFieldMask mask)
{
    if (mask & NoteField::Kind)
        target.kind = source.kind;
    if (mask & NoteField::Text)
        target.text = source.text;
    if (mask & NoteField::Group)
        target.stakeholderGroup = source.stakeholderGroup;
    if (mask & NoteField::Links)
        target.links = source.links;
    if (mask & NoteField::Theme)
        target.themeId = source.themeId;
    if (mask & NoteField::Votes)
        target.votes = source.votes;
    if (mask & NoteField::Agreed)
        target.agreed = source.agreed;
}

bool sameFields(const NoteData& a, const NoteData& b, NoteFieldMask mask)
{
    NoteData projected = a;
    assignFields(projected, b, mask);
    return projected == a;
}

} // namespace jsna::workshop
