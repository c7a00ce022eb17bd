// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/workshop/workshop_fixture.h"

#include <QDateTime>

#include "core/evidence/evidence_repository.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_repository.h"

namespace jsna::test {

using namespace jsna::workshop;

qint64 fillSampleWorkshop(project::Project& project)
{
    project.database().exec("INSERT INTO indicators(id, name, value_type, polarity) VALUES "
                            "(101, 'Emergency hospital admissions due to falls in people aged 65 and over', "
                            "'dsr', 'low-is-good'),"
                            "(102, 'Social isolation: percentage of adult carers who have as much social "
                            "contact as they would like', "
                            "'proportion', 'high-is-good')");
    evidence::EvidenceRepository evidence(project);
    const qint64 falls = evidence
                             .add({QStringLiteral("Falls admissions 65+ are 18% above England and rising"),
                                   101,
                                   {QStringLiteral("E09000011")},
                                   QStringLiteral("2022/23"),
                                   {},
                                   QStringLiteral("trend")})
                             .id;
    const qint64 carers = evidence
                              .add({QStringLiteral("Only 1 in 4 carers have the social contact they want"),
                                    102,
                                    {QStringLiteral("E09000011")},
                                    QStringLiteral("2021/22"),
                                    {},
                                    QStringLiteral("spine")})
                              .id;
    WorkshopRepository workshops(project);
    const qint64 w =
        workshops
            .add({QStringLiteral("Healthy ageing: falls and isolation"), QDate(2025, 3, 14),
                  QStringLiteral("Woolwich Centre, Room 4"), false, QStringLiteral("Priya Shah"),
                  QStringLiteral(
                      "Test the Stage 1 findings on falls and isolation with the people who live them"),
                  QStringLiteral("Ageing well")})
            .id;
    workshops.setEvidence(w, {falls, carers});
    workshops.addParticipant(w, {QStringLiteral("Residents"), QStringLiteral("Age UK Greenwich"),
                                 QStringLiteral("Zoë Adeyemi"), Consent::Given});
    workshops.addParticipant(
        w, {QStringLiteral("NHS"), QStringLiteral("Greenwich PCN 3"), {}, Consent::NotRecorded});
    workshops.addParticipant(w, {QStringLiteral("Council"), QStringLiteral("Adult Social Care"),
                                 QStringLiteral("Tom Reid"), Consent::Declined});
    workshops.addParticipant(
        w,
        {QStringLiteral("Voluntary and community sector"), QStringLiteral("Carers Hub"), {}, Consent::Given});

    ThemeRepository themes(project);
    const qint64 transport = themes.add(w, {QStringLiteral("Getting there: transport and access"), {}, 7}).id;
    const qint64 isolation = themes.add(w, {QStringLiteral("Loneliness after discharge"), {}, 5}).id;
    const qint64 homes = themes.add(w, {QStringLiteral("Safer homes"), {}, 3}).id;
    themes.add(w, {QStringLiteral("Data gaps"), {}, 1});

    struct Sample
    {
        NoteKind kind;
        const char* text;
        const char* group;
        qint64 theme;
        int votes;
    };
    const Sample samples[] = {
        {NoteKind::Observation,
         "Most falls we see happen in the first month after leaving hospital #discharge", "NHS", isolation,
         0},
        {NoteKind::Insight,
         "Zoë: people stop going out once the bus stop moved further away – it's not fear of falling, it's "
         "the walk",
         "Residents", transport, 0},
        {NoteKind::Question, "Do we know how many carers are themselves over 75?", "Council", 0, 0},
        {NoteKind::Idea,
         "Strength and balance classes in the libraries, not only the leisure centre #prevention",
         "Voluntary and community sector", homes, 4},
        {NoteKind::Observation, "Home safety checks have a 9 month waiting list", "Council", homes, 0},
        {NoteKind::Idea, "Community transport booked through the GP practice #transport", "Residents",
         transport, 6},
        {NoteKind::Action, "Ask the ICB for falls admissions by ward and deprivation quintile",
         "Public health", 0, 0},
        {NoteKind::Insight, "Carers describe the first week home as the loneliest #carers #discharge",
         "Voluntary and community sector", isolation, 0},
        {NoteKind::Question, "Why is the rate rising when hip fractures are flat?", "NHS", 0, 0},
        {NoteKind::Conclusion,
         "Falls prevention after discharge is a priority for the JSNA chapter on ageing well", "", 0, 0},
    };
    NoteRepository notes(project);
    qint64 time = QDateTime(QDate(2025, 3, 14), QTime(10, 5)).toMSecsSinceEpoch();
    for (const Sample& sample : samples) {
        NoteData data;
        data.kind = sample.kind;
        data.text = QString::fromUtf8(sample.text);
        data.stakeholderGroup = QString::fromUtf8(sample.group);
        data.themeId = sample.theme;
        data.votes = sample.votes;
        if (sample.kind == NoteKind::Conclusion) {
            data.agreed = true;
            data.links = {{NoteLink::Target::Evidence, falls}};
        }
        notes.file(w, data, time);
        time += 4 * 60 * 1000 + 17 * 1000;
    }
    PriorityRepository priorities(project);
    const QList<Criterion> criteria = priorities.criteria();
    const int scores[3][7] = {{4, 3, 4, 3, 2, 3, 4}, {3, 4, 3, 4, 4, 4, 3}, {3, 3, 2, 2, 3, 2, 2}};
    const qint64 themeIds[3] = {transport, isolation, homes};
    for (int t = 0; t < 3; ++t)
        for (int c = 0; c < 7 && c < criteria.size(); ++c)
            priorities.setScore(themeIds[t], criteria.at(c).id, scores[t][c]);
    return w;
}

} // namespace jsna::test
