"""The ballot box of a phone vote: who may vote, what a ballot may hold, the live tally.

Qt-free and HTTP-free: the web server (phonevote.server) turns requests into calls here, the
projector reads `results()`. Every accepted ballot, poll answer and idea is committed through
the domain services (by `commit`, on whichever thread owns the document) *before* the call
returns, so a phone only reads "merci" for what is already in the working copy or on the
server. Nothing personal is kept: a phone is a random token, a ballot is group dots.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from essdesk.domain.fields import clean_text
from essdesk.domain.services import Services

#: Runs `job(services)` where the document lives and returns its result (or raises).
Commit = Callable[[Callable[[Services], object]], object]

MAX_PHONES = 300
MAX_IDEA = 280
MAX_ANSWER = 80
MAX_QUESTION = 200
IDEAS_PER_PHONE = 5
CODE_TRIES_PER_CLIENT = 5  # wrong codes per address per minute
CODE_TRIES_OVERALL = 30  # wrong codes per minute from every address together
POSTS_PER_PHONE = 20  # sent forms per phone per minute
GATHER_QUIET = 0.002  # s without a new ballot: the commit starts
GATHER_AT_MOST = 0.02  # s a ballot waits for others before its commit starts anyway
CLOSED = "Le vote est clos. Merci de votre participation !"


class Refused(Exception):
    """A request turned down; `str()` is the French sentence shown on the phone."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Choice:
    """A lever a phone may put dots on."""

    lever_id: int
    code: str
    label: str
    step: int
    part: str = "Étape"  # what the referential calls its parts, capitalised ("Axe")


@dataclass(frozen=True, slots=True)
class Results:
    totals: dict[int, int]  # lever id → dots, the session's votes including the phones'
    phones: int
    ballots: int
    answers: list[tuple[str, int]]  # most given first
    ideas: int
    revision: int


@dataclass
class _Pending:
    """A ballot waiting for its commit."""

    ballot: dict[int, int]
    done: bool = False
    error: Exception | None = None


@dataclass
class _Phone:
    voted: bool = False
    answered: bool = False
    ideas: int = 0
    posts: deque[float] = field(default_factory=deque)


class _Window:
    """At most `limit` events in the last `seconds`."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds = limit, seconds
        self.events: deque[float] = deque()

    def full(self, now: float) -> bool:
        while self.events and now - self.events[0] > self.seconds:
            self.events.popleft()
        return len(self.events) >= self.limit

    def add(self, now: float) -> None:
        self.events.append(now)


def new_code() -> str:
    return f"{secrets.randbelow(10_000):04d}"


def one_line(text: object, limit: int) -> str:
    """Text from a phone: one line, no control characters, at most `limit` characters."""
    if not isinstance(text, str):
        return ""
    return " ".join(clean_text(text, multiline=False).split())[:limit]


class BallotBox:
    def __init__(
        self,
        workshop_id: int,
        choices: list[Choice],
        quota: int,
        base_totals: Mapping[int, int],
        commit: Commit,
        *,
        code: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        gather: float = GATHER_QUIET,
    ) -> None:
        self.workshop_id = workshop_id
        self.choices = choices
        self.quota = quota
        self.code = code or new_code()
        self._commit = commit
        self._clock = clock
        self._quiet = gather  # 0: each commit starts at once (the bench's bare baseline)
        self._lock = threading.Lock()
        self._writer = threading.Lock()  # one commit of ballots at a time
        self._pending: list[_Pending] = []
        self._phones: dict[str, _Phone] = {}
        self._wrong: dict[str, _Window] = {}
        self._wrong_overall = _Window(CODE_TRIES_OVERALL, 60)
        self._totals = Counter(base_totals)
        self._ballots = 0
        self._answers: Counter[str] = Counter()
        self._spelling: dict[str, str] = {}
        self._ideas = 0
        self._revision = 0
        self._question = ""
        self.open = True

    @classmethod
    def for_session(
        cls, services: Services, workshop_id: int, commit: Commit, **kwargs
    ) -> BallotBox:
        """A box for a session: its steps' levers (every lever if it names none) and quota."""
        workshop = services.workshop(workshop_id)
        numbers = {s.number for s in workshop.steps}
        word = services.referential().words.part
        part = word[:1].upper() + word[1:]
        choices = [
            Choice(lv.id, lv.code, lv.label, s.number, part)
            for s in services.steps()
            if not numbers or s.number in numbers
            for lv in s.levers
        ]
        return cls(
            workshop_id,
            choices,
            workshop.dots_per_participant,
            dict(services.vote_totals(workshop_id)),
            commit,
            **kwargs,
        )

    # -- the facilitator -------------------------------------------------------------------

    @property
    def question(self) -> str:
        return self._question

    def ask(self, question: str) -> None:
        """Put a one-question poll to the phones (empty: no poll); answers start afresh."""
        with self._lock:
            self._question = one_line(question, MAX_QUESTION)
            self._answers.clear()
            self._spelling.clear()
            for phone in self._phones.values():
                phone.answered = False
            self._revision += 1

    def close(self, *, wait: bool = True) -> None:
        """No commit starts after this. With `wait`, one under way has ended when it returns
        (the document may then be saved); never wait on the thread such a commit waits for."""
        with self._lock:
            self.open = False
        if wait:
            with self._writer:
                pass

    def results(self) -> Results:
        with self._lock:
            return Results(
                dict(self._totals),
                len(self._phones),
                self._ballots,
                self._answers.most_common(),
                self._ideas,
                self._revision,
            )

    # -- the phones ------------------------------------------------------------------------

    def join(self, code: str, client: str) -> str:
        """A new phone token for the right code; wrong codes are limited per address and overall."""
        now = self._clock()
        with self._lock:
            self._check_open()
            tries = self._wrong.setdefault(client, _Window(CODE_TRIES_PER_CLIENT, 60))
            if tries.full(now) or self._wrong_overall.full(now):
                raise Refused("Trop de codes erronés : attendez une minute, puis réessayez.", 429)
            if not secrets.compare_digest(str(code).strip().encode(), self.code.encode()):
                tries.add(now)
                self._wrong_overall.add(now)
                raise Refused(
                    "Ce code n'est pas le bon : lisez les 4 chiffres affichés à l'écran.", 403
                )
            if len(self._phones) >= MAX_PHONES:
                raise Refused(
                    "Le nombre de téléphones est atteint : votez à plusieurs sur un même "
                    "téléphone, ou à main levée.",
                    503,
                )
            token = secrets.token_urlsafe(18)
            self._phones[token] = _Phone()
            self._revision += 1
            return token

    def knows(self, token: str | None) -> bool:
        with self._lock:
            return token is not None and token in self._phones

    def status(self, token: str) -> tuple[bool, bool, int]:
        """(voted, answered the poll, ideas sent) for a phone."""
        with self._lock:
            phone = self._phone(token)
            return phone.voted, phone.answered, phone.ideas

    def vote(self, token: str, dots: Mapping[int, int]) -> None:
        allowed = {c.lever_id for c in self.choices}
        ballot = {lever: n for lever, n in dots.items() if n}
        if any(lever not in allowed for lever in ballot) or any(n < 0 for n in ballot.values()):
            raise Refused("Ce levier n'est pas proposé au vote : rechargez la page.")
        if not ballot:
            raise Refused("Placez au moins une gommette avant d'envoyer.")
        if sum(ballot.values()) > self.quota:
            raise Refused(
                f"Vous avez {self.quota} gommettes au plus : retirez-en "
                f"{sum(ballot.values()) - self.quota}."
            )
        with self._lock:
            phone = self._accept_post(token)
            if phone.voted:
                raise Refused("Ce téléphone a déjà voté : une seule fois par téléphone.", 409)
            phone.voted = True  # taken now, so that two sends at once count once
            item = _Pending(ballot)
            self._pending.append(item)
        # Group commit: whoever holds the writer's turn writes every ballot waiting by then
        # in one transaction; the others find theirs already written when their turn comes.
        with self._writer:
            if not item.done:
                self._gather()
                with self._lock:
                    batch, self._pending = self._pending, []
                self._write(batch)
        if item.error is not None:
            with self._lock:
                phone.voted = False
            raise item.error

    def _gather(self) -> None:
        """While ballots keep arriving, let them join this commit (up to GATHER_AT_MOST).

        Each commit costs the same whatever it holds, and its work competes with the
        request threads for the interpreter: sixty phones at once otherwise make a dozen
        commits. A lone ballot waits one quiet period, GATHER_QUIET."""
        if not self._quiet:
            return
        until = time.monotonic() + GATHER_AT_MOST
        with self._lock:
            seen = len(self._pending)
        while time.monotonic() < until:
            time.sleep(self._quiet)
            with self._lock:
                if len(self._pending) == seen:
                    return
                seen = len(self._pending)

    def _committed(self, job: Callable[[Services], object]) -> None:
        """Commit `job` unless the box has closed meanwhile; the caller holds the writer's turn."""
        if not self.open:
            raise Refused(CLOSED, 410)
        self._commit(job)

    def _write(self, batch: list[_Pending]) -> None:
        try:
            self._committed(lambda s: s.add_ballots(self.workshop_id, [i.ballot for i in batch]))
        except Exception as exc:
            if len(batch) == 1:
                batch[0].error, batch[0].done = exc, True
            else:  # one refused ballot must not sink the others: each on its own
                for item in batch:
                    self._write([item])
            return
        with self._lock:
            for item in batch:
                self._totals.update(item.ballot)
                self._ballots += 1
                item.done = True
            self._revision += 1

    def answer(self, token: str, text: str) -> None:
        answer = one_line(text, MAX_ANSWER)
        if not answer:
            raise Refused("Écrivez votre réponse avant d'envoyer.")
        with self._lock:
            phone = self._accept_post(token)
            question = self._question
            if not question:
                raise Refused("Il n'y a pas de question en cours.", 409)
            if phone.answered:
                raise Refused("Ce téléphone a déjà répondu à cette question.", 409)
            phone.answered = True
        line = f"Sondage « {question} » : {answer}"
        try:
            with self._writer:
                self._committed(lambda s: s.append_workshop_notes(self.workshop_id, line))
        except BaseException:
            with self._lock:
                phone.answered = False
            raise
        with self._lock:
            if question == self._question:  # same words, any case: one answer, first spelling
                key = self._spelling.setdefault(answer.casefold(), answer)
                self._answers[key] += 1
            self._revision += 1

    def idea(self, token: str, text: str) -> None:
        idea = one_line(text, MAX_IDEA)
        if not idea:
            raise Refused("Écrivez votre idée avant d'envoyer.")
        with self._lock:
            phone = self._accept_post(token)
            if phone.ideas >= IDEAS_PER_PHONE:
                raise Refused(f"{IDEAS_PER_PHONE} idées au plus par téléphone : merci !", 409)
            phone.ideas += 1
        try:
            with self._writer:
                self._committed(
                    lambda s: s.append_workshop_notes(self.workshop_id, f"Idée : {idea}")
                )
        except BaseException:
            with self._lock:
                phone.ideas -= 1
            raise
        with self._lock:
            self._ideas += 1
            self._revision += 1

    # -- under the lock --------------------------------------------------------------------

    def _check_open(self) -> None:
        if not self.open:
            raise Refused(CLOSED, 410)

    def _phone(self, token: str) -> _Phone:
        phone = self._phones.get(token)
        if phone is None:
            raise Refused("Ce téléphone n'a pas encore rejoint le vote : saisissez le code.", 403)
        return phone

    def _accept_post(self, token: str) -> _Phone:
        self._check_open()
        phone = self._phone(token)
        now = self._clock()
        while phone.posts and now - phone.posts[0] > 60:
            phone.posts.popleft()
        if len(phone.posts) >= POSTS_PER_PHONE:
            raise Refused("Trop d'envois depuis ce téléphone : attendez une minute.", 429)
        phone.posts.append(now)
        return phone


def locked_commit(services: Services) -> Commit:
    """A `Commit` for a document no window uses (the `essdesk vote` command, tests): one job
    at a time, on the calling thread."""
    lock = threading.Lock()

    def commit(job: Callable[[Services], object]) -> object:
        with lock:
            return job(services)

    return commit
