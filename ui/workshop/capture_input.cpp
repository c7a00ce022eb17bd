// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/capture_input.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using jsna::workshop::NoteLink;

namespace {

constexpr int kLabelRole = Qt::UserRole + 1;
constexpr int kTargetRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;
constexpr qsizetype kMaxLinkQuery = 40; // an '@' further back than this is not being completed

// The text inserted for a link: its label, shortened at a word boundary.
QString shortLabel(const QString& label)
{
    const QString simple = label.simplified();
    if (simple.size() <= 40)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', 40);
    if (cut < 20)
        cut = 40;
    return simple.left(cut);
}

} // namespace

CaptureInput::CaptureInput(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_targets(new QStandardItemModel(this))
{
    m_completer->setModel(m_targets);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(kLabelRole);
    m_completer->setMaxVisibleItems(8);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &CaptureInput::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &CaptureInput::updateCompletion);
}

void CaptureInput::setLinkTargets(const QList<LinkTarget>& targets)
{
    m_targets->clear();
    for (const LinkTarget& target : targets) {
        const bool evidence = target.link.target == NoteLink::Target::Evidence;
        auto* item = new QStandardItem(target.label);
        item->setData(target.label, kLabelRole);
        item->setData(int(target.link.target), kTargetRole);
        item->setData(target.link.id, kIdRole);
        item->setToolTip(evidence ? tr("Evidence item") : tr("Indicator"));
        item->setIcon(kindIcon(evidence ? jsna::workshop::NoteKind::Conclusion
                                        : jsna::workshop::NoteKind::Observation));
        m_targets->appendRow(item);
    }
}

QList<NoteLink> CaptureInput::linksInText() const
{
    QList<NoteLink> links;
    for (const LinkTarget& chosen : m_chosen)
        if (text().contains(u'@' + shortLabel(chosen.label)) && !links.contains(chosen.link))
            links << chosen.link;
    return links;
}

void CaptureInput::reset()
{
    clear();
    m_chosen.clear();
    m_completer->popup()->hide();
}

void CaptureInput::startLink()
{
    const qsizetype at = cursorPosition();
    const bool needsSpace = at > 0 && !text().at(at - 1).isSpace();
    insert(needsSpace ? QStringLiteral(" @") : QStringLiteral("@"));
    updateCompletion();
}

qsizetype CaptureInput::linkStart() const
{
    const QString before = text().left(cursorPosition());
    const qsizetype at = before.lastIndexOf(u'@');
    if (at < 0 || before.size() - at > kMaxLinkQuery)
        return -1;
    if (at > 0 && !before.at(at - 1).isSpace())
        return -1; // an e-mail address or "x@y", not a link
    for (const LinkTarget& chosen : m_chosen)
        if (before.mid(at + 1).startsWith(shortLabel(chosen.label)))
            return -1; // a link already chosen
    return at;
}

void CaptureInput::updateCompletion()
{
    const qsizetype at = linkStart();
    if (at < 0 || m_targets->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(text().mid(at + 1, cursorPosition() - at - 1));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(std::max(360, width() / 2));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void CaptureInput::insertCompletion(const QModelIndex& index)
{
    const qsizetype at = linkStart();
    if (at < 0 || !index.isValid())
        return;
    LinkTarget chosen{{NoteLink::Target(index.data(kTargetRole).toInt()), index.data(kIdRole).toLongLong()},
                      index.data(kLabelRole).toString()};
    QString newText = text();
    const QString inserted = u'@' + shortLabel(chosen.label) + u' ';
    newText.replace(at, cursorPosition() - at, inserted);
    setText(newText);
    setCursorPosition(int(at + inserted.size()));
    m_chosen << chosen;
}

void CaptureInput::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        emit submitted();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace jsna::ui::workshop
