"""Child side of the crash-safety tests (tests/test_crash_safety.py): edits to be killed.

Run as ``python -c "from crash_driver import serve; serve()"`` with ESSDESK_HOME set. To
afford hundreds of SIGKILLs in CI, this process imports essdesk once and then acts as a
fork server: for each line ``run MODE FIRST TARGET`` read on stdin it forks a child which

* adopts the working copy left by the previous (killed) child through
  ``orphaned_working_copies()`` + ``Document.recover`` — exactly what the next start of
  essdesk does — or opens TARGET when there is none yet;
* applies the numbered edits FIRST, FIRST+1, ... through the services, writing
  ``ack N`` (flushed) after the commit of edit N;
* in ``save`` mode also saves the document every SAVE_EVERY edits, writing ``saved N``
  once ``Document.save`` returned (N = last edit in the saved file);

until the test kills it with SIGKILL. The server writes ``child PID`` after the fork and
``reaped PID STATUS`` once the child is gone (reaped, so that its pid is really dead and its
working copy counts as orphaned). Each edit is one service call = one commit; the edits and
the checks of their traces (``applied`` / ``check_state``) live here so that the child and
the test agree on what edit N is.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
import traceback
from pathlib import Path

SAVE_EVERY = 3
KINDS = 6


def actor_name(n: int) -> str:
    """Names carry accents, œ, € and an emoji: they must survive crashes byte for byte."""
    return f"A{n} Éloïse œ €😀"


def marker(n: int) -> str:
    return f"[{n}]"


def _say(line: str) -> None:
    """One write(2) per line: a kill can never leave half a line in the pipe."""
    os.write(1, (line + "\n").encode("utf-8"))


# -- child side: the edits ---------------------------------------------------------------


def apply_edit(services, lever_ids: list[int], n: int) -> None:
    """Edit n, one commit. Kinds cycle: add actor, add linked action, append to a lever's
    notes, append to a step's notes, add a workshop with a linked participant, remove the
    actor added 5 edits earlier (cascades to links, SET NULL on pilot and participant)."""
    from sqlalchemy import select

    from essdesk.models.tables import Actor

    def actor_id(k: int) -> int:
        return services.session.scalars(select(Actor.id).where(Actor.name == actor_name(k))).one()

    kind = n % KINDS
    if kind == 0:
        services.add_actor(name=actor_name(n), category="association", notes=f"créé par l'édition {n}")
    elif kind == 1:
        a = actor_id(n - 1)
        services.add_action(title=f"X{n} — réunir les éleveurs", lever_ids=[lever_ids[n % len(lever_ids)]],
                            partner_ids=[a], pilot_id=a, budget_cents=n * 100)
    elif kind == 2:
        lever = services.lever(lever_ids[n % len(lever_ids)])
        services.update_lever(lever.id, notes=lever.notes + marker(n))
    elif kind == 3:
        number = n % 7 + 1
        services.set_step_notes(number, services.step(number).notes + marker(n))
    elif kind == 4:
        services.add_workshop(place=f"W{n}", step_numbers=[n % 7 + 1],
                              participants=[{"name": f"P{n}", "actor_id": actor_id(n - 4)}])
    else:
        services.remove_actor(actor_id(n - 5))


def _child(mode: str, first: int, target: Path) -> None:
    from essdesk.domain.services import Services
    from essdesk.store.document import Document, orphaned_working_copies

    orphans = orphaned_working_copies()
    doc = Document.recover(orphans[0]) if orphans else Document.open(target)
    services = Services(doc.session)
    lever_ids = [lv.id for step in services.steps() for lv in step.levers]
    n = first
    while True:
        apply_edit(services, lever_ids, n)
        _say(f"ack {n}")
        if mode == "save" and n % SAVE_EVERY == 0:
            doc.save()
            _say(f"saved {n}")
        n += 1


def _warm_up() -> None:
    """Import, configure the mappers and compile every statement once, before forking, in
    a throw-away folder: a child then reaches its first edit in a few milliseconds."""
    import tempfile

    from essdesk.domain.referential import load_referential
    from essdesk.domain.services import Services, create_diagnostic
    from essdesk.store.document import Document

    home = os.environ.get("ESSDESK_HOME")
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["ESSDESK_HOME"] = scratch
        try:
            doc = Document.create()
            create_diagnostic(doc.session, load_referential(), title="échauffement")
            services = Services(doc.session)
            services.add_actor(name=actor_name(0))
            lever_ids = [lv.id for step in services.steps() for lv in step.levers]
            for n in range(1, 2 * KINDS + 1):
                apply_edit(services, lever_ids, n)
            doc.save_as(Path(scratch) / "warm.essdesk")
            doc.save()
            copy = Path(scratch) / "copy.essdesk"
            copy.write_bytes((Path(scratch) / "warm.essdesk").read_bytes())
            doc.close()
            Document.open(copy).close()
        finally:
            if home is None:
                del os.environ["ESSDESK_HOME"]
            else:
                os.environ["ESSDESK_HOME"] = home


def serve() -> None:
    _warm_up()
    gc.freeze()  # the heap stays shared with the children: no copy-on-write storm at fork
    for line in sys.stdin:
        _, mode, first, target = line.rstrip("\n").split(" ", 3)
        pid = os.fork()
        if pid == 0:
            try:
                _child(mode, int(first), Path(target))
            except BaseException:
                _say("error " + traceback.format_exc().replace("\n", " | "))
                time.sleep(60)  # stay alive: the test kills us, so our pid is never recycled early
            os._exit(3)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


# -- test side: what the file must contain -------------------------------------------------


class State:
    """What a document holds, read with plain SQL (no ORM, no cache)."""

    def __init__(self, conn: sqlite3.Connection):
        self.actors = dict(conn.execute("SELECT name, id FROM actor"))
        self.actions = {t: (i, p) for i, t, p in conn.execute("SELECT id, title, pilot_id FROM action")}
        self.action_levers = {(a, lv) for a, lv in conn.execute("SELECT action_id, lever_id FROM action_lever")}
        self.partners = {(a, p) for a, p in conn.execute("SELECT action_id, actor_id FROM action_partner")}
        self.levers = conn.execute(
            "SELECT lever.id, lever.notes FROM lever JOIN step ON step.id = lever.step_id "
            "ORDER BY step.number, lever.position"
        ).fetchall()
        self.step_notes = dict(conn.execute("SELECT number, notes FROM step"))
        self.workshops = dict(conn.execute("SELECT place, id FROM workshop"))
        self.participants = {
            w: (name, actor) for w, name, actor in
            conn.execute("SELECT workshop_id, name, actor_id FROM participant")
        }

    def action(self, n: int):
        return self.actions.get(f"X{n} — réunir les éleveurs")

    def applied(self, n: int) -> bool:
        """Whether edit n left its trace (used on the one edit that may be unacknowledged)."""
        kind = n % KINDS
        if kind == 0:
            return actor_name(n) in self.actors
        if kind == 1:
            return self.action(n) is not None
        if kind == 2:
            return marker(n) in self.levers[n % len(self.levers)][1]
        if kind == 3:
            return marker(n) in self.step_notes[n % 7 + 1]
        if kind == 4:
            return f"W{n}" in self.workshops
        return actor_name(n - 5) not in self.actors

    def last_applied(self, at_least: int) -> int:
        n = at_least
        while self.applied(n + 1):
            n += 1
        return n

    def check(self, done: int) -> list[str]:
        """Problems if the document is not exactly "edits 1..done applied, none after"."""
        bad = []
        for n in range(1, done + 1):
            kind = n % KINDS
            removed_later = n + 5 <= done
            if kind == 0 and (actor_name(n) in self.actors) == removed_later:
                bad.append(f"edit {n}: actor presence wrong")
            elif kind == 1:
                found = self.action(n)
                if found is None:
                    bad.append(f"edit {n}: action missing")
                    continue
                action_id, pilot = found
                lever_id = self.levers[n % len(self.levers)][0]
                if (action_id, lever_id) not in self.action_levers:
                    bad.append(f"edit {n}: action-lever link missing")
                pilot_gone = n + 4 <= done
                partner_ids = {p for a, p in self.partners if a == action_id}
                if pilot_gone and (pilot is not None or partner_ids):
                    bad.append(f"edit {n}: removed actor still pilot/partner")
                if not pilot_gone and (pilot is None or partner_ids != {pilot}
                                       or self.actors.get(actor_name(n - 1)) != pilot):
                    bad.append(f"edit {n}: pilot/partner link lost")
            elif kind in (2, 3) and not self.applied(n):
                bad.append(f"edit {n}: notes marker missing")
            elif kind == 4:
                wid = self.workshops.get(f"W{n}")
                if wid is None or wid not in self.participants:
                    bad.append(f"edit {n}: workshop or participant missing")
                    continue
                name, actor = self.participants[wid]
                if name != f"P{n}" or (actor is None) != (n + 1 <= done):
                    bad.append(f"edit {n}: participant link wrong")
            elif kind == 5 and not self.applied(n):
                bad.append(f"edit {n}: actor not removed")
        if self.applied(done + 1):
            bad.append(f"edit {done + 1} present but should not be")
        return bad
