"""Atelier › Vote sur téléphones… : the projector side of a phone vote.

The facilitator picks the address phones will reach (the laptop's address on the room's
network; 127.0.0.1 means this computer only), then the projector shows a QR code, that
address and the 4-digit code, and the live vote chart. Ballots are committed by the GUI
thread (the document's session is its own) as they arrive; closing the window stops the
server, and everything the phones sent becomes one undoable edit.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.services import Changes, Services
from essdesk.errors import EssdeskError
from essdesk.phonevote.ballots import MAX_QUESTION, BallotBox, Refused
from essdesk.phonevote.server import LOOPBACK, PhoneVoteServer
from essdesk.ui.commands import _Command
from essdesk.ui.vote_chart import VoteBar, VoteChart

COMMIT_TIMEOUT_S = 10
REFRESH_MS = 200
#: No phone after this long: most often the laptop's firewall or a guest Wi-Fi that keeps
#: devices apart, which the facilitator can fix (the hint says how).
NO_PHONE_HINT_MS = 45_000
DEFAULT_PORT = 8765
CLOSED = "Le vote est clos : ce dernier envoi n'a pas été compté."
BUSY = "L'ordinateur est occupé : rien n'a été compté, renvoyez dans un instant."


class GuiCommit(QObject):
    """Runs a ballot's commit on the GUI thread and hands its result to the server thread."""

    job = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.closed = False
        self.job.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def close(self) -> None:
        """From now on nothing is committed: a phone whose ballot was still queued is told
        it was not counted, and the closing edit holds exactly what phones were thanked for."""
        self.closed = True

    def __call__(self, job: Callable[[Services], object]) -> object:
        if self.closed:
            raise Refused(CLOSED, 410)
        if QThread.currentThread() is self.thread():
            return job(self.services)
        future: Future = Future()
        self.job.emit((job, future))
        try:
            return future.result(timeout=COMMIT_TIMEOUT_S)
        except TimeoutError:
            if future.cancel():  # never run later: the phone is told to send again
                raise Refused(BUSY, 503) from None
            return future.result()  # running now: its outcome is the phone's answer

    def _run(self, item) -> None:
        job, future = item
        if not future.set_running_or_notify_cancel():
            return
        if self.closed:
            future.set_exception(Refused(CLOSED, 410))
            return
        try:
            future.set_result(job(self.services))
        except BaseException as exc:  # handed to the server thread, which tells the phone
            future.set_exception(exc)


class PhoneVoteCommand(_Command):
    """What the phones sent (votes, poll answers and ideas in the notes) as one edit."""

    def __init__(
        self, ctx, workshop_id: int, before: tuple[list, str], after: tuple[list, str], text: str
    ) -> None:
        super().__init__(ctx, text)
        self.workshop_id, self.before, self.after = workshop_id, before, after

    def _put(self, state: tuple[list, str]) -> Changes:
        votes, notes = state
        changes = self.services.set_votes(self.workshop_id, votes)
        return changes | self.services.update_workshop(self.workshop_id, notes=notes)

    def do(self) -> Changes:
        return self._put(self.after)

    def undo_changes(self) -> Changes:
        return self._put(self.before)


def session_state(services: Services, workshop_id: int) -> tuple[list, str]:
    w = services.workshop(workshop_id)
    return [(v.lever_id, v.participant_id, v.dots) for v in w.votes], w.notes


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (up, not loopback), then 127.0.0.1."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if (
                ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
                and not ip.isEqual(QHostAddress(QHostAddress.SpecialAddress.LocalHost))
            ):
                found.append(ip.toString())
    return [*dict.fromkeys(found), LOOPBACK]


def qr_pixmap(text: str, size: int) -> QPixmap:
    import segno  # pure Python; imported only when a vote opens

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class PhoneVoteDialog(QDialog):
    def __init__(self, ctx, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.box: BallotBox | None = None
        self.server: PhoneVoteServer | None = None
        self.before = session_state(ctx.services, workshop_id)
        self._revision = -1
        self.setWindowTitle(self.tr("Vote sur téléphones"))
        self.resize(1100, 680)

        self.address = QComboBox()
        self.address.addItems(lan_addresses())
        self.address.setToolTip(
            self.tr(
                "L'adresse de cet ordinateur sur le réseau de la salle "
                "(127.0.0.1 : cet ordinateur seulement)"
            )
        )
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self.tr("&Ouvrir le vote"))
        self.start_button.clicked.connect(self.start)
        setup = QHBoxLayout()
        for w in (QLabel(self.tr("Adresse :")), self.address, QLabel(self.tr("Port :")), self.port):
            setup.addWidget(w)
        setup.addWidget(self.start_button)
        setup.addStretch(1)

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.qr = QLabel()
        self.qr.setFixedSize(280, 280)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url_label = QLabel(self.tr("Choisissez l'adresse, puis ouvrez le vote."))
        self.url_label.setWordWrap(True)
        self.code_label = QLabel()
        for label in (self.url_label, self.code_label):
            label.setFont(big)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.5)
        self.counts = QLabel()
        self.answers = QLabel()
        self.counts.setFont(medium)
        self.answers.setFont(medium)
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.PlainText)  # phones' words are never markup
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        left = QVBoxLayout()
        for w in (self.qr, self.url_label, self.code_label, self.counts, self.hint, self.answers):
            left.addWidget(w)
        left.addStretch(1)

        self.chart = VoteChart(large=True)
        self.hidden_label = QLabel(self.tr("Résultats masqués"))
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setFont(big)
        self.hidden_label.hide()
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.hidden_label, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)

        self.question = QLineEdit()
        self.question.setMaxLength(MAX_QUESTION)
        self.question.setPlaceholderText(
            self.tr("Une question aux participants, par exemple : Quel maillon manque le plus ?")
        )
        self.ask_button = QPushButton(self.tr("&Poser la question"))
        self.ask_button.clicked.connect(self.ask)
        self.results_button = QPushButton(self.tr("&Masquer les résultats"))
        self.results_button.setCheckable(True)
        self.results_button.toggled.connect(self.hide_results)
        self.close_button = QPushButton(self.tr("&Clore le vote"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.question, 1)
        for b in (self.ask_button, self.results_button, self.close_button):
            bottom.addWidget(b)
        for b in (self.ask_button, self.question):
            b.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(setup)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.committer = GuiCommit(ctx.services, self)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.timeout.connect(self._hint_if_no_phone)

    # -- opening and closing ---------------------------------------------------------------

    def start(self) -> bool:
        try:
            box = BallotBox.for_session(self.ctx.services, self.workshop_id, self.committer)
            server = PhoneVoteServer(box, self.address.currentText(), self.port.value())
        except EssdeskError as exc:
            QMessageBox.warning(self, self.tr("Vote sur téléphones"), str(exc))
            return False
        self.box, self.server = box, server
        server.start()
        for w in (self.address, self.port, self.start_button):
            w.setEnabled(False)
        for w in (self.ask_button, self.question):
            w.setEnabled(True)
        self.qr.setPixmap(qr_pixmap(server.url, self.qr.width()))
        self.url_label.setText(server.url)
        self.code_label.setText(self.tr("Code : %1").replace("%1", box.code))
        self.timer.start()
        self.hint_timer.start(NO_PHONE_HINT_MS)
        self.refresh()
        return True

    def _hint_if_no_phone(self) -> None:
        if self.box is None or self.server is None or self.box.results().phones:
            return
        self.hint.setText(self.tr(
            "Aucun téléphone n'a encore rejoint le vote. Vérifiez que les téléphones sont sur "
            "le même réseau Wi-Fi que cet ordinateur (pas un réseau « invités » qui isole les "
            "appareils), et que le pare-feu de l'ordinateur autorise essdesk à recevoir des "
            "connexions sur le port %1 (sous Windows, répondez « Autoriser l'accès » quand il "
            "le demande). Ou saisissez l'adresse %2 à la main dans le navigateur du téléphone."
        ).replace("%1", str(self.port.value())).replace("%2", self.server.url))
        self.hint.show()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def stop(self) -> None:
        """Stop the server; what the phones sent becomes one undoable edit of the session."""
        if self.server is None:
            return
        self.timer.stop()
        self.hint_timer.stop()
        self.committer.close()
        self.server.stop()
        self.server = None
        after = session_state(self.ctx.services, self.workshop_id)
        if after != self.before:
            ballots = self.box.results().ballots if self.box else 0
            text = self.tr("Vote sur téléphones (%1 bulletins)").replace("%1", str(ballots))
            self.ctx.run(PhoneVoteCommand(self.ctx, self.workshop_id, self.before, after, text))

    # -- while open ------------------------------------------------------------------------

    def ask(self) -> None:
        if self.box is not None:
            self.box.ask(self.question.text())
            self.refresh()

    def hide_results(self, hidden: bool) -> None:
        self.chart.setVisible(not hidden)
        self.hidden_label.setVisible(hidden)
        self.answers.setVisible(not hidden)
        self.results_button.setText(
            self.tr("&Afficher les résultats") if hidden else self.tr("&Masquer les résultats")
        )

    def refresh(self) -> None:
        if self.box is None:
            return
        results = self.box.results()
        if results.revision == self._revision:
            return
        self._revision = results.revision
        order = {c.lever_id: i for i, c in enumerate(self.box.choices)}
        bars = sorted(
            (
                VoteBar(c.lever_id, c.code, c.label, results.totals.get(c.lever_id, 0))
                for c in self.box.choices
            ),
            key=lambda b: (-b.dots, order[b.lever_id]),
        )
        self.chart.set_bars(bars)
        if results.phones:
            self.hint.hide()
        self.counts.setText(
            self.tr("Téléphones : %1 · votes : %2 · idées : %3")
            .replace("%1", str(results.phones))
            .replace("%2", str(results.ballots))
            .replace("%3", str(results.ideas))
        )
        if self.box.question:
            lines = [f"{text} : {count}" for text, count in results.answers[:6]]
            self.answers.setText("\n".join([self.box.question, *lines]))
        else:
            self.answers.clear()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhoneVoteDialog", text)


def open_phone_vote(ctx, workshop_id: int | None, parent: QWidget) -> PhoneVoteDialog | None:
    if ctx is None:
        return None
    if workshop_id is None:
        QMessageBox.information(
            parent,
            _tr("Vote sur téléphones"),
            _tr("Créez d'abord un atelier dans la vue « Ateliers »."),
        )
        return None
    dialog = PhoneVoteDialog(ctx, workshop_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # no other vote edit meanwhile
    dialog.show()
    return dialog
