// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace jsna::project {
class Project;
}

namespace jsna::evidence {

// Says which evidence items changed, after the transaction that changed them has committed. One per
// open project, found as a child of the project's ChangeNotifier (see WorkshopNotifier). GUI thread.
class EvidenceNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceNotifier)

public:
    static EvidenceNotifier& of(project::Project& project);

signals:
    void evidenceAdded(qint64 id);
    void evidenceChanged(qint64 id);
    void evidenceRemoved(qint64 id);

private:
    explicit EvidenceNotifier(QObject* parent);
};

} // namespace jsna::evidence
