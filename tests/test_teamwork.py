"""Two people on one server diagnostic, each with their own real session (tests/pgserver.py):
no lost update (field-level conflicts), the journal written with each edit, NOTIFY sent."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid

import psycopg
import pytest
from sqlalchemy import text

from essdesk.domain import conflicts
from essdesk.domain.demo import build_demo
from essdesk.domain.services import Services
from essdesk.errors import ConcurrentChange, ConnectionLost, ValidationError
from essdesk.models.enums import LeverStatus
from essdesk.store import journal
from essdesk.store.server import ServerStore


@pytest.fixture
def two(server, referential):
    """Anne's and Bruno's sessions on the same diagnostic."""
    address = _demo_on(server, referential)
    anne, bruno = ServerStore.open(address), ServerStore.open(address)
    yield Services(anne.session), Services(bruno.session)
    anne.close()
    bruno.close()


def _edit(services, kind, ident, base, mine):
    conflicts.check(services, kind, ident, base, mine)
    return getattr(services, f"update_{kind}")(ident, **mine)



def _demo_on(server, referential):
    """The demo diagnostic, made on the server; its address."""
    made = ServerStore.create(server, str(uuid.uuid4()))
    build_demo(made.session, referential)
    address = made.address
    made.close()
    return address

def test_a_colleagues_change_to_the_same_field_is_a_conflict_with_both_versions(two):
    anne, bruno = two
    lever = anne.lever_by_code("1.1")
    seen = lever.notes  # Anne opened the lever; Bruno's copy is loaded too
    bruno.lever(lever.id)
    _edit(bruno, "lever", lever.id, {"notes": seen}, {"notes": "Version de Bruno"})
    with pytest.raises(conflicts.Conflict) as caught:
        _edit(anne, "lever", lever.id, {"notes": seen}, {"notes": "Version d'Anne"})
    (clash,) = caught.value.clashes
    assert (clash.label, clash.theirs, clash.mine) == (
        "Notes",
        "Version de Bruno",
        "Version d'Anne",
    )
    assert clash.who and clash.when is not None  # from the journal
    assert "collègue" in str(caught.value)
    anne.session.expire_all()
    assert anne.lever(lever.id).notes == "Version de Bruno"


def test_different_fields_of_one_row_and_different_rows_never_conflict(two):
    anne, bruno = two
    lever = anne.lever_by_code("1.2")
    other = anne.lever_by_code("1.3")
    old = {"notes": lever.notes, "status": lever.status, "owner": other.owner}
    bruno.lever(lever.id)
    _edit(bruno, "lever", lever.id, {"notes": old["notes"]}, {"notes": "Bruno"})
    _edit(bruno, "lever", other.id, {"owner": old["owner"]}, {"owner": "Bruno"})
    # Anne's session still holds the old row version: the field check re-reads it.
    _edit(anne, "lever", lever.id, {"status": old["status"]}, {"status": LeverStatus.DONE})
    _edit(anne, "lever", other.id, {"notes": other.notes}, {"notes": "Anne"})
    check = Services(bruno.session)
    bruno.session.expire_all()
    assert (check.lever(lever.id).notes, check.lever(lever.id).status) == (
        "Bruno",
        LeverStatus.DONE,
    )
    assert (check.lever(other.id).owner, check.lever(other.id).notes) == ("Bruno", "Anne")


def test_a_write_on_a_stale_row_without_the_check_is_refused_not_applied(two):
    anne, bruno = two
    lever = anne.lever_by_code("2.1")
    bruno.update_lever(bruno.lever(lever.id).id, notes="Bruno")
    with pytest.raises(ConcurrentChange, match="collègue"):
        anne.update_lever(lever.id, notes="Anne")  # the row version says no
    bruno.session.expire_all()
    assert bruno.lever(lever.id).notes == "Bruno"


def test_undo_after_a_colleague_changed_the_field_is_refused(two):
    anne, bruno = two
    lever = anne.lever_by_code("3.1")
    before = lever.notes
    _edit(anne, "lever", lever.id, {"notes": before}, {"notes": "Anne"})
    _edit(bruno, "lever", lever.id, {"notes": "Anne"}, {"notes": "Bruno après Anne"})
    with pytest.raises(conflicts.Conflict, match="Annulation refusée") as caught:
        conflicts.check(anne, "lever", lever.id, {"notes": "Anne"}, {"notes": before}, undo=True)
    assert caught.value.clashes[0].theirs == "Bruno après Anne"


def test_the_resolution_keeps_my_other_fields_and_the_chosen_text(two):
    anne, bruno = two
    lever = anne.lever_by_code("4.1")
    base = {"notes": lever.notes, "owner": lever.owner}
    _edit(bruno, "lever", lever.id, {"notes": base["notes"]}, {"notes": "Bruno"})
    with pytest.raises(conflicts.Conflict) as caught:
        _edit(anne, "lever", lever.id, base, {"notes": "Anne", "owner": "Anne"})
    assert caught.value.resolved({"notes": "Bruno + Anne"}) == {
        "notes": "Bruno + Anne",
        "owner": "Anne",
    }
    assert caught.value.resolved({}) == {"owner": "Anne"}  # keep theirs


def test_each_edit_writes_its_journal_lines_in_the_same_transaction(two):
    anne, bruno = two
    lever = anne.lever_by_code("5.1")
    start = len(journal.lines(bruno.session))  # building the demo was journaled too
    status = LeverStatus.DONE if lever.status is not LeverStatus.DONE else LeverStatus.PLANNED
    anne.update_lever(lever.id, notes="Une note", status=status)
    anne.add_actor(name="Scierie du Haut")
    rows = journal.lines(bruno.session)[start:]
    assert len(rows) == 3
    by_field = {(r.entity, r.field): r for r in rows}
    notes = by_field[("lever", "notes")]
    assert json.loads(notes.after) == "Une note" and notes.step == 5 and notes.uid == lever.uid
    assert json.loads(by_field[("lever", "status")].after) == status.value
    created = by_field[("actor", "")]
    assert json.loads(created.after)["name"] == "Scierie du Haut" and created.before is None
    assert notes.who == bruno.session.execute(text("SELECT current_user")).scalar()
    # A refused edit leaves no line.
    count = start + len(rows)
    with pytest.raises(ValidationError):
        anne.update_lever(lever.id, weight=-4)
    assert len(journal.lines(bruno.session)) == count


def test_an_edit_notifies_the_diagnostics_channel(two, server):
    anne, _bruno = two
    store = anne.session.info["store"]
    with psycopg.connect(server.url, autocommit=True) as listener:
        listener.execute(f'LISTEN "{store.channel}"')
        lever = anne.lever_by_code("6.1")
        anne.update_lever(lever.id, notes="Vu")
        (note,) = list(listener.notifies(timeout=2, stop_after=1))
    body = json.loads(note.payload)
    assert body["client"] == store.client and lever.id in body["touched"]["lever"]


def test_notifications_give_a_colleagues_changes_and_skip_ones_own(two):
    import threading
    import time

    anne, bruno = two
    store = anne.session.info["store"]
    got: list = []
    done = threading.Event()

    def listen() -> None:
        for body in store.notifications(done.is_set, wait=0.1):
            got.append((time.monotonic(), body))

    thread = threading.Thread(target=listen)
    thread.start()
    time.sleep(0.3)  # LISTEN issued
    lever = bruno.lever_by_code("7.1")
    anne.update_lever(anne.lever_by_code("7.2").id, notes="Anne: not for herself")
    sent = time.monotonic()
    bruno.update_lever(lever.id, notes="Bruno")
    deadline = time.monotonic() + 2
    while not got and time.monotonic() < deadline:
        time.sleep(0.02)
    done.set()
    thread.join(2)
    assert len(got) == 1, got
    at, body = got[0]
    assert body["touched"]["lever"] == [lever.id] and body["steps"] == [7]
    assert at - sent < 2


def test_eight_colleagues_editing_at_random_lose_nothing_and_the_journal_replays(
    server, referential
):
    """8 processes, random edits on the same few levers and actors (ESSDESK_TEAM_SECONDS, 60 s
    for the issue's run; 8 s by default). Every acknowledged edit is in the journal; on each
    field, each journal line starts from the previous one's value (nobody overwrote what they
    had not seen); the journal's last values are the database's; actors match too."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    address = _demo_on(server, referential)
    seconds = os.environ.get("ESSDESK_TEAM_SECONDS", "8")
    driver = Path(__file__).with_name("team_driver.py")
    procs = [
        subprocess.Popen(
            [sys.executable, str(driver), str(address), seconds, str(seed)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in range(8)
    ]
    results = [json.loads(p.communicate(timeout=float(seconds) + 120)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    acked = [tuple(a) for r in results for a in r["acked"]]

    with ServerStore.open(address) as store:
        s = Services(store.session)
        rows = journal.lines(store.session)  # the demo's own lines first, then the run's
        by_field: dict[tuple, list] = {}
        for r in rows:
            if r.entity == "lever" and r.field in ("notes", "status"):
                by_field.setdefault((r.row_id, r.field), []).append(r)
        for (_lever_id, _field), lines_ in by_field.items():
            for previous, line in zip(lines_, lines_[1:], strict=False):
                assert line.before == previous.after, (previous, line)  # no lost update
        written = {
            (r.row_id, r.field, json.loads(r.after))
            for r in rows
            if r.entity == "lever" and r.after is not None and r.field in ("notes", "status")
        }
        edits = [a for a in acked if a[0] == "lever"]
        for _kind, lever_id, field, value in edits:
            assert (lever_id, field, value) in written  # acknowledged = journaled
        for (lever_id, field), lines_ in by_field.items():
            final = getattr(s.lever(lever_id), field)
            assert json.loads(lines_[-1].after) == (final.value if field == "status" else final)
        actors_now = {a.id for a in s.actors()}
        created = {a[1] for a in acked if a[0] == "actor+"}
        removed = {a[1] for a in acked if a[0] == "actor-"}
        assert created - removed <= actors_now and not (removed & actors_now)
    conflicts_ = sum(r["conflicts"] for r in results)
    refused = sum(r["refused"] for r in results)
    print(
        f"\n8 processes, {seconds} s: {len(acked)} acknowledged edits ({len(edits)} on levers, "
        f"{len(created)} actors added, {len(removed)} removed), {conflicts_} conflicts reported, "
        f"{refused} stale writes refused, {len(rows)} journal lines"
    )
    assert len(edits) > 50 and conflicts_ > 0


def test_an_offline_copy_returns_its_edits_lists_clashes_and_a_second_return_changes_nothing(
    server, referential, tmp_path, capsys
):
    from essdesk.cli import main
    from essdesk.store.document import Document
    from essdesk.store.opening import return_copy, take_copy

    address = _demo_on(server, referential)
    path = take_copy(address, tmp_path / "village.essdesk")
    with Document.open(path) as doc:  # the workshop in the village hall, no network
        s = Services(doc.session)
        s.update_lever(s.lever_by_code("1.1").id, notes="Noté hors ligne")
        s.update_lever(s.lever_by_code("2.1").id, notes="Version de la salle des fêtes")
        s.add_actor(name="Tondeurs du Saulnois")
        gone = s.actors()[0].uid
        s.remove_actor(s.actors()[0].id)
        doc.save()
    with ServerStore.open(address) as store:  # meanwhile, on the server
        s = Services(store.session)
        s.update_lever(s.lever_by_code("2.1").id, notes="Version du bureau")
        s.update_lever(s.lever_by_code("3.1").id, owner="Bureau")

    assert main(["return", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 en conflit" in out and "Version du bureau" in out
    assert "copie : 'Version de la salle des fêtes'" in out
    with ServerStore.open(address) as store:
        s = Services(store.session)
        assert s.lever_by_code("1.1").notes == "Noté hors ligne"
        assert s.lever_by_code("2.1").notes == "Version du bureau"  # the clash: kept, listed
        assert s.lever_by_code("3.1").owner == "Bureau"
        names = {a.name for a in s.actors()}
        assert "Tondeurs du Saulnois" in names and gone not in {a.uid for a in s.actors()}
        lines = len(journal.lines(store.session))
        assert journal.lines(store.session)[-1].who  # recorded under the returning role

    merge, _ = return_copy(path)  # the same copy again
    assert not merge.to_apply and len(merge.clashes) == 1
    with ServerStore.open(address) as store:
        assert len(journal.lines(store.session)) == lines


def test_a_row_removed_in_the_copy_but_changed_on_the_server_is_a_listed_clash(
    server, referential, tmp_path, capsys
):
    from essdesk.cli import main
    from essdesk.store.document import Document
    from essdesk.store.opening import take_copy

    address = _demo_on(server, referential)
    path = take_copy(address, tmp_path / "village.essdesk")
    with Document.open(path) as doc:
        s = Services(doc.session)
        actor = s.actors()[0]
        name, uid = actor.name, actor.uid
        s.remove_actor(actor.id)
        doc.save()
    with ServerStore.open(address) as store:
        s = Services(store.session)
        (there,) = [a for a in s.actors() if a.uid == uid]
        s.update_actor(there.id, notes="Appelé par le bureau")

    assert main(["return", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 en conflit" in out
    assert "copie : 'supprimé dans la copie' ; serveur : 'modifié sur le serveur'" in out
    with ServerStore.open(address) as store:  # left as the server has it
        (kept,) = [a for a in Services(store.session).actors() if a.uid == uid]
        assert (kept.name, kept.notes) == (name, "Appelé par le bureau")


_HALF_EDIT = """
import sys, time
sys.path.insert(0, sys.argv[2])
from essdesk.domain.services import Services
from essdesk.store.address import Address
from essdesk.store.server import ServerStore
store = ServerStore.open(Address.parse(sys.argv[1]))
s = Services(store.session)
lever = s.lever_by_code("1.1")
lever.notes = "à moitié"
store.session.flush()  # the UPDATE and its journal line are sent, not committed
print("flushed", flush=True)
time.sleep(60)
"""


def test_a_client_killed_mid_transaction_leaves_no_half_edit(server, referential):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    address = _demo_on(server, referential)
    with ServerStore.open(address) as store:
        before = (
            Services(store.session).lever_by_code("1.1").notes,
            len(journal.lines(store.session)),
        )
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", _HALF_EDIT, str(address), root], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "flushed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    with ServerStore.open(address) as store:
        s = Services(store.session)
        after = (s.lever_by_code("1.1").notes, len(journal.lines(store.session)))
        assert after == before  # neither the edit nor its journal line
        s.update_lever(s.lever_by_code("1.1").id, notes="Après")  # the row is not left locked


def test_returning_a_file_that_is_no_offline_copy_says_so(referential, tmp_path, capsys):
    from essdesk.cli import main
    from essdesk.store.document import Document

    with Document.create() as doc:
        build_demo(doc.session, referential)
        path = doc.save_as(tmp_path / "ordinaire.essdesk")
    assert main(["return", str(path)]) == 1
    err = capsys.readouterr().err
    assert "n'est pas une copie hors ligne" in err and "Traceback" not in err


def test_returning_a_copy_whose_base_another_tool_damaged_says_so(
    server, referential, tmp_path, capsys
):
    import sqlite3

    from essdesk.cli import main
    from essdesk.store.opening import take_copy

    address = _demo_on(server, referential)
    path = take_copy(address, tmp_path / "village.essdesk")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE offline_base SET content = x'28b52ffd00'")
    conn.close()
    assert main(["return", str(path)]) == 1
    err = capsys.readouterr().err
    assert "modifiée par un autre outil" in err and "nouvelle copie" in err
    assert "inattendue" not in err and "Traceback" not in err


def test_the_xlsx_export_of_a_server_diagnostic_carries_its_journal(server, referential, tmp_path):
    import openpyxl

    from essdesk.export import export_document

    made = ServerStore.create(server, str(uuid.uuid4()))
    build_demo(made.session, referential)
    services = Services(made.session)
    lever = services.lever_by_code("5.1")
    services.update_lever(lever.id, status=LeverStatus.DONE, notes="Plaquette imprimée")
    services.add_actor(name="Scierie du Haut")
    who = made.session.execute(text("SELECT current_user")).scalar()

    with made.reading() as conn:
        plain, anonymous = tmp_path / "equipe.xlsx", tmp_path / "anonyme.xlsx"
        export_document(conn, referential, xlsx=plain, pdf=None)
        export_document(conn, referential, xlsx=anonymous, pdf=None, anonymise=True)
    made.close()

    sheet = openpyxl.load_workbook(plain, read_only=True)["Historique"]
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ("Quand", "Qui", "Étape", "Élément", "Champ", "Avant", "Après")
    # building the demo was journaled too: the last status line is this edit
    status = [r for r in rows if r[3] == "Levier 5.1" and r[4] == "Statut"][-1]
    assert status[1] == who and status[2] == 5 and status[6] == "Réalisé"
    assert status[0].date() == dt.date.today()
    assert any(r[3] == "Levier 5.1" and r[6] == "Plaquette imprimée" for r in rows)
    assert any(r[3] == "Acteur Scierie du Haut" and r[4] == "création" for r in rows)
    # An anonymised workbook leaves out who did what.
    assert "Historique" not in openpyxl.load_workbook(anonymous, read_only=True).sheetnames


def test_where_notify_does_not_come_through_the_journal_is_polled(two):
    """The fallback a pooler in transaction mode needs: the same payloads, from the journal."""
    import threading
    import time

    anne, bruno = two
    store = anne.session.info["store"]
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        assert store.notify_comes_through(conn)  # a plain server delivers NOTIFY
    got: list = []
    done = threading.Event()

    def poll() -> None:
        for body in store.polled(done.is_set, every=0.2):
            got.append((time.monotonic(), body))

    thread = threading.Thread(target=poll)
    thread.start()
    time.sleep(0.5)  # the poller has read where the journal ends
    lever = bruno.lever_by_code("6.1")
    sent = time.monotonic()
    bruno.update_lever(lever.id, notes="Bruno, pendant que le serveur ne notifie pas")
    deadline = time.monotonic() + 3
    while not got and time.monotonic() < deadline:
        time.sleep(0.02)
    done.set()
    thread.join(3)
    assert not thread.is_alive()
    assert len(got) == 1, got
    at, body = got[0]
    assert body["touched"]["lever"] == [lever.id] and body["steps"] == [6]
    assert at - sent < 2


def test_a_server_stopped_mid_session_leaves_no_half_edit_and_the_client_reconnects(referential):
    """A cluster of its own, crashed (pg_ctl -m immediate) while an edit is flushed but not
    committed, then started again: the edit is not there, the next edit fails in French,
    and once the server is back the same store works again."""
    import pgserver

    from essdesk.store.address import Server
    from essdesk.store.server import init_server

    if not pgserver.available() or os.environ.get("ESSDESK_TEST_PG"):
        pytest.skip("un serveur à soi est nécessaire (binaires PostgreSQL de Debian)")
    with pgserver.own_cluster() as cluster:
        server = Server.parse(cluster.url, "crash")
        init_server(server, schema_given=True)
        made = ServerStore.create(server, str(uuid.uuid4()))
        build_demo(made.session, referential)
        address = made.address
        made.close()
        store = ServerStore.open(address)
        s = Services(store.session)
        lever = s.lever_by_code("2.1")
        before = lever.notes
        lever.notes = "à moitié"
        store.session.flush()  # sent, not committed
        cluster.crash()
        with pytest.raises(ConnectionLost) as lost:
            store.session.commit()
        assert "serveur" in str(lost.value)
        store.forget_transaction()
        cluster.start()
        store.ping()  # answers again: a new connection
        s = Services(store.session)
        assert s.lever_by_code("2.1").notes == before  # no half edit
        s.update_lever(s.lever_by_code("2.1").id, notes="Après la coupure")
        store.close()
        with ServerStore.open(address) as again:
            assert Services(again.session).lever_by_code("2.1").notes == "Après la coupure"


def test_a_vote_replacement_is_journaled_vote_by_vote(two):
    anne, bruno = two
    workshop = anne.workshops()[0]
    levers = [anne.lever_by_code(c).id for c in ("1.1", "1.2", "2.1")]
    anne.set_votes(workshop.id, [(levers[0], None, 2), (levers[1], None, 1)], check_quota=False)
    start = len(journal.lines(bruno.session))
    anne.set_votes(workshop.id, [(levers[0], None, 3), (levers[2], None, 1)], check_quota=False)
    rows = [r for r in journal.lines(bruno.session)[start:] if r.entity == "vote"]
    kinds = sorted((r.field, r.before is None, r.after is None) for r in rows)
    # 1.1 changed from 2 to 3 dots, 1.2 removed, 2.1 added: three lines, nothing else
    assert kinds == [("", False, True), ("", True, False), ("dots", False, False)]
    dots = next(r for r in rows if r.field == "dots")
    assert (json.loads(dots.before), json.loads(dots.after)) == (2, 3)
    assert sorted(bruno.vote_totals(workshop.id)) == sorted([(levers[0], 3), (levers[2], 1)])
