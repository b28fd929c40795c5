"""Bringing an offline copy back: a three-way merge of the copy, the server, and their base.

`essdesk copy` keeps, inside the copy, the server's state at copy time and its address
(store.opening.offline_base). Returning it compares three interchange states:
the base, the copy (ours) and the server now (theirs). Our changes that the server did not
also change are applied on the server through the services (so its journal records them
under the role who returns the copy); a field both changed differently, or a row one side
removed while the other changed it, is a clash, listed and left as the server has it.
Applying twice changes nothing the second time: what the server already holds is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from essdesk.domain.changes import Changeset, diff

REMOVED_HERE = "supprimé dans la copie"
REMOVED_THERE = "supprimé sur le serveur"
CHANGED_THERE = "modifié sur le serveur"


@dataclass(frozen=True)
class ReturnClash:
    """A row or field both sides touched: left as the server has it. `field` is "" when the
    copy removed the row; `copy` and `server` are the values, or what happened to the row."""

    entity: str
    key: Any
    field: str
    copy: Any
    server: Any


@dataclass
class Merge:
    ours: Changeset  # what changed in the copy since the base
    theirs: Changeset  # what changed on the server since the base
    to_apply: Changeset = field(default_factory=Changeset)
    clashes: list[ReturnClash] = field(default_factory=list)


def three_way(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> Merge:
    mine, server = diff(base, ours), diff(base, theirs)
    merge = Merge(mine, server)
    now = diff(theirs, ours)  # what applying everything of ours would still change
    pending = {(c.entity, c.key, c.field): c for c in now.changes}
    server_fields = {(c.entity, c.key, c.field): c for c in server.changes}
    server_rows = {(c.entity, c.key) for c in server.changes}
    server_removed = {(r.entity, r.key) for r in server.removed}
    server_has = {(c.entity, c.key) for c in now.removed}  # rows the server has, the copy not
    for change in mine.changes:
        where = (change.entity, change.key, change.field)
        if where not in pending:
            continue  # the server holds this value already (same edit, or returned before)
        if (change.entity, change.key) in server_removed:
            merge.clashes.append(ReturnClash(*where, change.after, REMOVED_THERE))
        elif where in server_fields:
            merge.clashes.append(ReturnClash(*where, change.after, server_fields[where].after))
        else:
            merge.to_apply.changes.append(pending[where])
    created_here = {(c.entity, c.key) for c in now.created}
    merge.to_apply.created = [c for c in mine.created if (c.entity, c.key) in created_here]
    for removal in mine.removed:
        where = (removal.entity, removal.key)
        if where not in server_has:
            continue  # gone from the server too
        if where in server_rows:
            merge.clashes.append(ReturnClash(*where, "", REMOVED_HERE, CHANGED_THERE))
        else:
            merge.to_apply.removed.append(removal)
    return merge
