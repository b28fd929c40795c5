"""Where a diagnostic lives: a `.essdesk` file, or a server address.

A server diagnostic is written `postgresql://user@host:port/base#N`: everything before `#` is
libpq's (host, port, database, `sslmode=verify-full` and the other parameters pass through
as they are); after `#`, essdesk's own part: the diagnostic's number, optionally preceded by
the schema essdesk was installed in (`#equipe/3`, see `essdesk server init --schema`).

Passwords never go in an address: libpq finds them itself (`~/.pgpass`, `PGPASSFILE`,
a service file with `PGSERVICE`), or the application asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

from essdesk.errors import EssdeskError

SCHEMES = ("postgresql://", "postgres://")
DEFAULT_SCHEMA = "essdesk"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def is_address(text: str) -> bool:
    return str(text).lower().startswith(SCHEMES)


def check_schema_name(name: str) -> str:
    if not _SCHEMA_NAME.match(name):
        raise EssdeskError(
            f"Nom de schéma invalide « {name} » : lettres minuscules sans accent, chiffres et « _ », "
            "41 caractères au plus, sans chiffre au début."
        )
    return name


@dataclass(frozen=True)
class Server:
    """A database that holds (or will hold) essdesk's diagnostics."""

    url: str  # libpq's part, never with a password
    schema: str = DEFAULT_SCHEMA

    @classmethod
    def parse(cls, text: str, schema: str | None = None) -> Server:
        if not is_address(text):
            raise EssdeskError(f"« {text} » n'est pas une adresse de serveur (postgresql://…).")
        parts = urlsplit(text)
        if parts.password is not None:
            raise EssdeskError(
                "Ne mettez pas de mot de passe dans l'adresse : il finirait dans l'historique et "
                "les réglages. Enregistrez-le dans ~/.pgpass (ou PGPASSFILE), ou laissez essdesk le "
                "demander."
            )
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        return cls(url, check_schema_name(schema or DEFAULT_SCHEMA))

    def diagnostic(self, number: int) -> Address:
        return Address(self, number)

    @property
    def engine_url(self) -> str:
        """The SQLAlchemy URL: the same libpq parameters, through psycopg 3."""
        return "postgresql+psycopg://" + self.url.split("://", 1)[1]

    def schema_of(self, number: int) -> str:
        return f"{self.schema}_d{number}"


@dataclass(frozen=True)
class Address:
    server: Server
    number: int

    @classmethod
    def parse(cls, text: str) -> Address:
        base, sep, fragment = str(text).partition("#")
        if not sep or not fragment:
            raise EssdeskError(
                f"Il manque le numéro du diagnostic à la fin de l'adresse « {text} » "
                "(par exemple …/base#3 ; « essdesk server list ADRESSE » les liste)."
            )
        schema, _, number = fragment.rpartition("/")
        if not number.isdigit() or int(number) < 1:
            raise EssdeskError(
                f"« #{fragment} » n'est pas un numéro de diagnostic : écrivez par exemple #3."
            )
        return cls(Server.parse(base, schema or None), int(number))

    def __str__(self) -> str:
        prefix = "" if self.server.schema == DEFAULT_SCHEMA else f"{self.server.schema}/"
        return f"{self.server.url}#{prefix}{self.number}"

    @property
    def display(self) -> str:
        """Short form for title bars: host/base n° N."""
        parts = urlsplit(self.server.url)
        host = parts.hostname or "local"
        return f"{host}{parts.path} — diagnostic n° {self.number}"


def server_from_parts(
    host: str, port: str, base: str, user: str, schema: str = "", sslmode: str = ""
) -> Server:
    """A server from the application's connection form (a host starting with / is a socket folder)."""
    host, port, base, user = host.strip(), port.strip(), base.strip(), user.strip()
    if not base:
        raise EssdeskError("Indiquez le nom de la base de données.")
    if port and not port.isdigit():
        raise EssdeskError(f"Le port « {port} » doit être un nombre (5432 par défaut).")
    query: dict[str, str] = {}
    netloc_host = ""
    if host.startswith("/"):
        query["host"] = host
    elif host:
        netloc_host = f"[{host}]" if ":" in host else host
    netloc = (
        (quote(user, safe="") + "@" if user else "") + netloc_host + (f":{port}" if port else "")
    )
    if sslmode:
        query["sslmode"] = sslmode
    url = urlunsplit(
        ("postgresql", netloc, "/" + quote(base, safe=""), urlencode(query, safe="/"), "")
    )
    return Server.parse(url, schema.strip() or None)


def parts_of(server: Server) -> dict[str, str]:
    """The form's fields for a server (the inverse of server_from_parts)."""
    parts = urlsplit(server.url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    return {
        "host": query.get("host", parts.hostname or ""),
        "port": str(parts.port or query.get("port", "")),
        "base": unquote(parts.path.lstrip("/")),
        "user": unquote(parts.username or ""),
        "schema": "" if server.schema == DEFAULT_SCHEMA else server.schema,
        "sslmode": query.get("sslmode", ""),
    }
