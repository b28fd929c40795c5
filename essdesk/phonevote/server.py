"""The small web server phones vote through: Python's `http.server.ThreadingHTTPServer`.

It listens on the one address it is given (127.0.0.1 unless the facilitator picks the LAN
address), never on every interface by default; it answers only requests naming that address
(no DNS rebinding), reads bounded bodies, and sends every page with a Content-Security-Policy.
A thread per connection, at most `MAX_CONNECTIONS` at once.
"""

from __future__ import annotations

import threading
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from essdesk.errors import EssdeskError
from essdesk.phonevote import pages
from essdesk.phonevote.ballots import BallotBox, Refused

COOKIE = "essdesk_phone"
MAX_BODY = 8 * 1024
MAX_FIELDS = 200
MAX_CONNECTIONS = 128
CONNECTIONS_PER_CLIENT = 16  # a phone's browser opens a few; more is someone hoarding them
WILDCARDS = ("0.0.0.0", "::", "")
TITLE = "Vote de l'atelier"
LOOPBACK = "127.0.0.1"
THANKS = {  # what `/?vote` etc. say after a form was committed
    "vote": "Votre vote est enregistré. Merci !",
    "answer": "Votre réponse est enregistrée. Merci !",
    "idea": "Votre idée est ajoutée aux notes. Merci !",
}


def refuse_wildcard(bind: str) -> None:
    if bind.strip() in WILDCARDS:
        raise EssdeskError(
            "Indiquez l'adresse d'une interface (par exemple 192.168.1.10, ou 127.0.0.1) : "
            "essdesk n'écoute jamais sur toutes les interfaces à la fois."
        )


class PhoneVoteServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, box: BallotBox, bind: str = LOOPBACK, port: int = 0) -> None:
        refuse_wildcard(bind)
        self.box = box
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._per_client: dict[str, int] = {}
        self._clients_lock = threading.Lock()
        try:
            super().__init__((bind, port), Handler)
        except (OSError, OverflowError) as exc:  # taken port, unknown address, port > 65535
            reason = getattr(exc, "strerror", None) or exc
            raise EssdeskError(
                f"Impossible d'ouvrir le vote sur {bind}:{port} ({reason}) : "
                "choisissez un autre port, ou une autre adresse."
            ) from None
        host, self.port = self.server_address[:2]
        self.bind = str(host)
        self.hosts = {f"{self.bind}:{self.port}"}
        if self.bind == LOOPBACK:
            self.hosts.add(f"localhost:{self.port}")
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.bind}:{self.port}"

    def process_request(self, request, client_address) -> None:
        # Too many connections at once, overall or from one address (a phone holding many
        # slow connections open): refuse at once rather than queue. This computer itself
        # (loopback: the tests' and the bench's simulated phones) is not limited per address.
        client = client_address[0]
        with self._clients_lock:
            local = client.startswith("127.") or client == "::1"
            crowded = not local and self._per_client.get(client, 0) >= CONNECTIONS_PER_CLIENT
            if not crowded and self._slots.acquire(blocking=False):
                self._per_client[client] = self._per_client.get(client, 0) + 1
            else:
                crowded = True
        if crowded:
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._clients_lock:
                left = self._per_client.pop(client_address[0]) - 1
                if left:
                    self._per_client[client_address[0]] = left
            self._slots.release()

    def start(self) -> None:
        """Serve on a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="phonevote", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Refuse new ballots, stop listening, free the port. A commit under way may still
        end: `box.close()` waits for it (the window's commits run on its own thread)."""
        self.box.close(wait=False)
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    server: PhoneVoteServer
    server_version = "essdesk"
    sys_version = ""
    timeout = 15  # a phone that stops sending mid-request frees its thread

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the library's name
        pass  # nothing about the phones is written anywhere

    # -- requests --------------------------------------------------------------------------

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        path = self.path.split("?", 1)[0]
        if path == "/style.css":
            self._send(200, pages.STYLE, "text/css")
        elif path == "/app.js":
            self._send(200, pages.SCRIPT, "text/javascript")
        elif path == "/favicon.ico":
            self._send(204, "", "image/x-icon")
        elif path == "/":
            token = self._token()
            box = self.server.box
            if not box.open:
                self._send(
                    410,
                    pages.message_page(TITLE, "Le vote est clos. Merci de votre participation !"),
                )
            elif box.knows(token):
                thanks = THANKS.get(self.path.partition("?")[2], "")
                self._ballot(token, thanks, ok=bool(thanks))
            else:
                self._send(200, pages.join_page(TITLE))
        else:
            self._send(404, pages.message_page(TITLE, "Cette page n'existe pas."))

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        path = self.path.split("?", 1)[0]
        form = self._form()
        if form is None:
            return
        box = self.server.box
        try:
            if path == "/join":
                token = box.join(form.get("code", ""), self.client_address[0])
                self._redirect(
                    "/", f"{COOKIE}={token}; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"
                )
                return
            token = self._token()
            if token is None or form.get("t") != token:  # the form must come from this phone's page
                raise Refused(
                    "Ce téléphone n'a pas encore rejoint le vote : saisissez le code.", 403
                )
            if path == "/vote":
                box.vote(token, _dots(form))
            elif path == "/answer":
                box.answer(token, form.get("answer", ""))
            elif path == "/idea":
                box.idea(token, form.get("idea", ""))
            else:
                self._send(404, pages.message_page(TITLE, "Cette page n'existe pas."))
                return
            # Committed: thank the phone through a redirect, so that reloading the page
            # shows the thanks again instead of sending the form twice.
            self._redirect(f"/?{path[1:]}")
        except Refused as exc:
            self._refused(exc)
        except EssdeskError as exc:  # the document refused (validation): nothing was counted
            self._refused(Refused(f"Non enregistré : {exc}"))
        except Exception:  # the laptop could not write: the phone must not believe it counted
            self._refused(
                Refused(
                    "Non enregistré : l'ordinateur n'a pas pu écrire le vote. "
                    "Réessayez dans un instant.",
                    503,
                )
            )

    # -- helpers ---------------------------------------------------------------------------

    def _refused(self, exc: Refused) -> None:
        token = self._token()
        if exc.status in (403, 410) or not self.server.box.knows(token):
            page = (
                pages.message_page(TITLE, str(exc))
                if exc.status == 410
                else pages.join_page(TITLE, str(exc))
            )
            self._send(exc.status, page)
        else:
            self._ballot(token, str(exc), status=exc.status)

    def _ballot(self, token, message: str = "", ok: bool = False, status: int = 200) -> None:
        box = self.server.box
        voted, answered, ideas = box.status(token)
        self._send(
            status,
            pages.ballot_page(
                TITLE,
                token,
                box.choices,
                box.quota,
                voted=voted,
                question=box.question,
                answered=answered,
                ideas=ideas,
                message=message,
                ok=ok,
            ),
        )

    def _redirect(self, location: str, cookie: str = "") -> None:
        self.send_response(303)
        self.send_header("Location", location)
        if cookie:
            self.send_header("Set-Cookie", cookie)
        self._common_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _host_ok(self) -> bool:
        if self.headers.get("Host", "") in self.server.hosts:
            return True
        self._send(
            421,
            pages.message_page(TITLE, "Adresse inattendue : ouvrez l'adresse affichée à l'écran."),
        )
        return False

    def _token(self) -> str | None:
        try:
            cookie = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return None
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel is not None else None

    def _form(self) -> dict[str, str] | None:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(
                411, pages.message_page(TITLE, "Requête incomplète : renvoyez le formulaire.")
            )
            return None
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._send(
                413, pages.message_page(TITLE, "Envoi trop long : raccourcissez votre texte.")
            )
            return None
        ctype = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            self._send(415, pages.message_page(TITLE, "Envoyez le formulaire de la page."))
            return None
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        try:
            fields = parse_qs(body, max_num_fields=MAX_FIELDS)
        except ValueError:
            self._send(413, pages.message_page(TITLE, "Formulaire trop long."))
            return None
        return {name: values[0] for name, values in fields.items()}

    def _common_headers(self) -> None:
        self.send_header("Content-Security-Policy", pages.CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")

    def _send(self, status: int, text: str, kind: str = "text/html") -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self._common_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _dots(form: dict[str, str]) -> dict[int, int]:
    dots: dict[int, int] = {}
    for name, value in form.items():
        if name.startswith("d") and name[1:].isdigit():
            try:
                count = int(value)
            except ValueError:
                raise Refused("Choisissez un nombre de gommettes dans la liste.") from None
            if count < 0:
                raise Refused("Choisissez un nombre de gommettes dans la liste.")
            dots[int(name[1:])] = count
    return dots
