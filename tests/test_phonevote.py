"""Phone vote core and server: the code, one ballot per phone, quotas, limits, escaping,
the address it listens on, and 60 phones voting at once, each ballot counted exactly once."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from essdesk.domain.services import Services
from essdesk.phonevote.ballots import CODE_TRIES_PER_CLIENT, BallotBox, locked_commit
from essdesk.phonevote.server import MAX_BODY, PhoneVoteServer
from tests.phonevote_phones import Phone, levers_on


@pytest.fixture
def vote(document):
    """A box and its server on 127.0.0.1 for a session on step 2, 3 dots per phone."""
    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[2], place="Salle").created_id
    box = BallotBox.for_session(services, workshop_id, locked_commit(services))
    server = PhoneVoteServer(box)
    server.start()
    yield services, box, server
    server.stop()


def joined(server, box) -> Phone:
    phone = Phone(server.url)
    status, page = phone.join(box.code)
    assert status == 200 and "Vos gommettes" in page
    return phone


def test_listens_on_loopback_only_by_default(vote):
    _services, _box, server = vote
    assert server.bind == "127.0.0.1" and server.url.startswith("http://127.0.0.1:")


def test_a_phone_joins_with_the_code_and_votes_once(vote):
    services, box, server = vote
    phone = Phone(server.url)
    status, page = phone.get()
    assert status == 200 and 'name="code"' in page
    phone = joined(server, box)
    levers = levers_on(phone.get()[1])
    assert levers == [c.lever_id for c in box.choices] and levers
    status, page = phone.vote({levers[0]: 2, levers[1]: 1})
    assert status == 200 and "Votre vote est enregistré. Merci !" in page
    assert dict(services.vote_totals(box.workshop_id)) == {levers[0]: 2, levers[1]: 1}
    status, page = phone.vote({levers[0]: 1})
    assert status == 409 and "déjà voté" in page
    assert box.results().ballots == 1 and box.results().totals[levers[0]] == 2


def test_ballots_outside_the_quota_or_the_steps_are_refused(vote):
    services, box, server = vote
    phone = joined(server, box)
    levers = [c.lever_id for c in box.choices]
    assert phone.vote({levers[0]: 4})[0] == 400  # 3 dots per participant
    other_step = services.lever_by_code("5.1").id
    assert phone.vote({other_step: 1})[0] == 400
    assert phone.vote({levers[0]: -1})[0] == 400
    assert phone.post("/vote", {"t": phone.token, f"d{levers[0]}": "beaucoup"})[0] == 400
    assert services.vote_totals(box.workshop_id) == []
    assert phone.vote({levers[0]: 3})[0] == 200  # still allowed to vote after the refusals


def test_wrong_codes_are_limited(vote):
    _services, box, server = vote
    wrong = "0000" if box.code != "0000" else "1111"
    phone = Phone(server.url)
    for _ in range(CODE_TRIES_PER_CLIENT):
        status, page = phone.join(wrong)
        assert status == 403 and "pas le bon" in page
    status, page = phone.join(box.code)  # even the right code waits now
    assert status == 429 and "attendez une minute" in page


def test_a_form_needs_this_phones_token(vote):
    services, box, server = vote
    phone = joined(server, box)
    lever = box.choices[0].lever_id
    stranger = Phone(server.url)
    assert stranger.post("/vote", {"t": phone.token, f"d{lever}": 1})[0] == 403  # no cookie
    assert phone.post("/vote", {"t": "autre", f"d{lever}": 1})[0] == 403  # not from its page
    assert services.vote_totals(box.workshop_id) == []


def test_pages_escape_what_they_show_and_carry_a_csp(vote):
    services, box, server = vote
    box.ask('<script>alert("q")</script>')
    phone = joined(server, box)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request(
        "GET",
        "/",
        headers={"Host": f"127.0.0.1:{server.port}", "Cookie": f"essdesk_phone={phone.token}"},
    )
    response = conn.getresponse()
    page = response.read().decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")
    assert "script-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert "http" not in page.replace(f"{server.url}", "")  # no outside asset
    status, page = phone.post("/idea", {"t": phone.token, "idea": "<img src=x onerror=alert(1)>"})
    assert status == 200
    assert "<img src=x" not in page


def test_requests_naming_another_host_or_too_long_are_refused(vote):
    _services, box, server = vote
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/", headers={"Host": "evil.example:80"})  # DNS rebinding
    assert conn.getresponse().status == 421
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request(
        "POST",
        "/join",
        body=b"code=" + b"1" * (MAX_BODY + 1),
        headers={
            "Host": f"127.0.0.1:{server.port}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert conn.getresponse().status == 413
    assert box.results().phones == 0


def test_closing_refuses_further_ballots(vote):
    services, box, server = vote
    phone = joined(server, box)
    box.close()
    status, page = phone.vote({box.choices[0].lever_id: 1})
    assert status == 410 and "clos" in page
    assert services.vote_totals(box.workshop_id) == []


def test_sixty_phones_voting_at_once_are_each_counted_once(vote):
    services, box, server = vote
    levers = [c.lever_id for c in box.choices]
    phones = [joined(server, box) for _ in range(60)]
    ballots = [{levers[i % len(levers)]: 2, levers[(i + 1) % len(levers)]: 1} for i in range(60)]
    results: list = [None] * 60
    start = threading.Barrier(60)

    def send(i: int) -> None:
        start.wait()
        results[i] = phones[i].vote(ballots[i])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(60)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [r[0] for r in results] == [200] * 60
    expected: dict[int, int] = {}
    for ballot in ballots:
        for lever, dots in ballot.items():
            expected[lever] = expected.get(lever, 0) + dots
    assert dict(services.vote_totals(box.workshop_id)) == expected
    assert box.results().ballots == 60 and box.results().totals == expected
    # the same sixty sent again at once: every one refused, still one ballot per phone
    threads = [threading.Thread(target=send, args=(i,)) for i in range(60)]
    start.reset()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert {r[0] for r in results} == {409}
    assert dict(services.vote_totals(box.workshop_id)) == expected


def start_vote(location: str, workshop_id: int) -> tuple[subprocess.Popen, str, str]:
    """`essdesk vote LOCATION --session N --port 0` in a process of its own, once it prints
    « Vote ouvert : URL … CODE »: the process, the address, the code."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "essdesk", "vote", location, "--session", str(workshop_id),
         "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = proc.stdout.readline()
    if not line.startswith("Vote ouvert : http://127.0.0.1:"):
        proc.kill()
        raise AssertionError(line + proc.stderr.read())
    return proc, line.split()[3], line.split()[-1]


def test_the_vote_command_commits_each_ballot_and_saves_on_ctrl_c(tmp_path, document):
    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[1]).created_id
    path = document.save_as(tmp_path / "salle.essdesk")
    document.close()
    proc, url, code = start_vote(str(path), workshop_id)
    try:
        phone = Phone(url)
        status, page = phone.join(code)
        lever = levers_on(page)[0]
        assert phone.vote({lever: 2})[0] == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert f"Vote clos : 1 bulletin(s), enregistrés dans {path}" in out
    from essdesk.store.document import Document

    with Document.open(path) as saved:
        assert Services(saved.session).vote_totals(workshop_id) == [(lever, 2)]


def test_the_vote_command_refuses_every_interface(tmp_path, document):
    path = document.save_as(tmp_path / "salle.essdesk")
    document.close()
    done = subprocess.run(
        [sys.executable, "-m", "essdesk", "vote", str(path), "--session", "1", "--bind", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "jamais sur toutes les interfaces" in done.stderr


def test_on_both_stores_a_ballot_is_in_the_store_before_the_thanks(services, store_kind):
    workshop_id = services.add_workshop(step_numbers=[4]).created_id
    box = BallotBox.for_session(services, workshop_id, locked_commit(services))
    server = PhoneVoteServer(box)
    server.start()
    try:
        phones = [joined(server, box) for _ in range(8)]
        lever = box.choices[0].lever_id
        threads = [threading.Thread(target=p.vote, args=({lever: 1},)) for p in phones]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        server.stop()
    services.session.expire_all()
    assert services.vote_totals(workshop_id) == [(lever, 8)]


def test_a_ballot_that_could_not_be_written_is_not_thanked_and_may_be_sent_again(document):
    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[2]).created_id
    failing = {"left": 1}
    real = locked_commit(services)

    def commit(job):
        if failing["left"]:
            failing["left"] -= 1
            raise OSError(28, "No space left on device")
        return real(job)

    box = BallotBox.for_session(services, workshop_id, commit)
    server = PhoneVoteServer(box)
    server.start()
    try:
        phone = joined(server, box)
        lever = box.choices[0].lever_id
        status, page = phone.vote({lever: 1})
        assert status == 503 and "Non enregistré" in page and "Merci" not in page
        assert services.vote_totals(workshop_id) == [] and box.results().ballots == 0
        status, page = phone.vote({lever: 1})
        assert status == 200 and "Votre vote est enregistré. Merci !" in page
    finally:
        server.stop()
    assert services.vote_totals(workshop_id) == [(lever, 1)]


def test_add_ballots_checks_each_ballot(document):
    from essdesk.errors import ValidationError

    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[2]).created_id
    inside, outside = services.lever_by_code("2.1").id, services.lever_by_code("6.1").id
    with pytest.raises(ValidationError, match="3 gommettes au plus"):
        services.add_ballots(workshop_id, [{inside: 1}, {inside: 4}])
    with pytest.raises(ValidationError, match="pas en discussion"):
        services.add_ballots(workshop_id, [{outside: 1}])
    assert services.vote_totals(workshop_id) == []  # nothing of a refused batch is kept
    services.add_ballots(workshop_id, [{inside: 2}, {inside: 1}])
    services.add_ballots(workshop_id, [{inside: 3}])
    assert services.vote_totals(workshop_id) == [(inside, 6)]


def test_add_ballots_on_both_stores_any_lever_when_no_step_is_named(services):
    from essdesk.errors import NotFoundError

    workshop_id = services.add_workshop().created_id  # a session that names no step
    first, last = services.lever_by_code("1.1").id, services.lever_by_code("7.1").id
    held = services.workshop(workshop_id)
    assert held.votes == []  # the window holds the session and has read its votes
    services.add_ballots(workshop_id, [{first: 2, last: 1}, {last: 3}])
    services.add_ballots(workshop_id, [{first: 1}])
    assert services.vote_totals(workshop_id) == [(last, 4), (first, 3)]
    # what the window shows of the session follows, without reopening anything
    assert sorted((v.lever_id, v.dots) for v in held.votes) == sorted([(first, 3), (last, 4)])
    with pytest.raises(NotFoundError, match="n'existe plus"):
        services.add_ballots(workshop_id, [{first: 1}, {999_999: 1}])
    with pytest.raises(NotFoundError, match="n'existe plus"):
        services.add_ballots(999_999, [{first: 1}])
    assert services.vote_totals(workshop_id) == [(last, 4), (first, 3)]  # nothing kept
    assert all(v.participant_id is None for v in held.votes)


def test_a_killed_vote_command_loses_no_thanked_ballot(tmp_path, document, essdesk_home):
    from essdesk.store.document import orphaned_working_copies

    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[1]).created_id
    path = document.save_as(tmp_path / "salle.essdesk")
    document.close()
    proc, url, code = start_vote(str(path), workshop_id)
    try:
        phone = Phone(url)
        lever = levers_on(phone.join(code)[1])[0]
        status, page = phone.vote({lever: 3})
        assert status == 200 and "Merci" in page
        proc.send_signal(signal.SIGKILL)  # the laptop dies right after thanking the phone
        proc.wait(30)
    finally:
        proc.kill()
    copies = orphaned_working_copies()
    assert len(copies) == 1 and copies[0].target == path
    from essdesk.store.document import Document

    with Document.recover(copies[0]) as recovered:
        assert Services(recovered.session).vote_totals(workshop_id) == [(lever, 3)]


def test_what_phones_write_reaches_the_minutes_as_text_never_markup(
    document, referential, tmp_path
):
    from pypdf import PdfReader

    from essdesk.export.minutes import write_minutes

    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[2]).created_id
    box = BallotBox.for_session(services, workshop_id, locked_commit(services))
    token = box.join(box.code, "192.168.1.20")
    box.idea(token, '<font size="80">R&D</font> <b>gras</b>')
    box.ask("Quel maillon manque le plus ?")
    box.answer(token, "<a href='javascript:alert(1)'>lavage</a>")
    pdf = write_minutes(document.session, referential, workshop_id, tmp_path / "cr.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert 'Idée : <font size="80">R&D</font> <b>gras</b>' in text
    assert "<a href='javascript:alert(1)'>lavage</a>" in text


def test_the_vote_command_on_a_server_diagnostic_commits_there(pg_url, tmp_path, document):
    import uuid

    from essdesk.store.address import Server
    from essdesk.store.opening import open_store, publish
    from essdesk.store.server import init_server

    server = Server.parse(pg_url, f"v{uuid.uuid4().hex[:10]}")
    init_server(server, schema_given=True)
    workshop_id = Services(document.session).add_workshop(step_numbers=[5]).created_id
    path = document.save_as(tmp_path / "salle.essdesk")
    document.close()
    address = str(publish(path, server))
    proc, url, code = start_vote(address, workshop_id)
    try:
        phone = Phone(url)
        lever = levers_on(phone.join(code)[1])[0]
        assert phone.vote({lever: 2})[0] == 200
        with open_store(address) as store:  # on the server already, before the vote closes
            assert Services(store.session).vote_totals(workshop_id) == [(lever, 2)]
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Vote clos : 1 bulletin(s), enregistrés sur le serveur." in out


def test_closing_waits_for_the_commit_under_way_and_starts_no_other():
    from essdesk.phonevote.ballots import Choice, Refused

    entered, release, written = threading.Event(), threading.Event(), []

    def slow_commit(job):
        entered.set()
        release.wait(10)
        written.append(job)

    box = BallotBox(1, [Choice(7, "2.1", "levier", 2)], 3, {}, slow_commit)
    first, second = box.join(box.code, "a"), box.join(box.code, "b")
    errors: list = []

    def vote(token):
        try:
            box.vote(token, {7: 1})
        except Refused as exc:
            errors.append(exc.status)

    under_way = threading.Thread(target=vote, args=(first,))
    under_way.start()
    assert entered.wait(10)
    waiting = threading.Thread(target=vote, args=(second,))  # queued behind the first commit
    waiting.start()
    closing = threading.Thread(target=box.close)
    closing.start()
    closing.join(0.3)
    assert closing.is_alive()  # close() waits for the commit under way
    release.set()
    for t in (under_way, waiting, closing):
        t.join(10)
    assert len(written) == 1 and errors == [410]  # the queued ballot was refused, not written
    assert box.results().ballots == 1 and box.results().totals == {7: 1}


def test_a_taken_port_or_a_wildcard_address_is_refused_in_french(vote):
    from essdesk.errors import EssdeskError

    _services, box, server = vote
    with pytest.raises(EssdeskError, match="choisissez un autre port"):
        PhoneVoteServer(box, "127.0.0.1", server.port)
    with pytest.raises(EssdeskError, match="jamais sur toutes les interfaces"):
        PhoneVoteServer(box, "0.0.0.0", 0)
