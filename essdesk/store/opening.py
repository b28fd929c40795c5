"""Open a diagnostic wherever it lives, and move one between a file and a server.

Commands and the application take a *location*: a path to a `.essdesk` file, or a server
address (`postgresql://…#N`). Both stores offer the same things: `session` (services,
queries), `reading()` (one read-only transaction for exports), `check()`, `close()`,
`location` and `display_name`; only the file store has `save`, the server commits each edit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path
from typing import Protocol

from sqlalchemy import Column, Connection, LargeBinary, MetaData, Table, Text, inspect, select, text
from sqlalchemy.orm import Session

from essdesk.errors import DocumentError
from essdesk.store.address import Address, Server, is_address
from essdesk.store.document import Document
from essdesk.store.server import ServerStore, connected, copy_rows, talking_to

#: In an offline copy only: the server address and its state (a jalon's compressed
#: interchange JSON) at copy time, which `return_copy` merges against.
offline_base = Table(
    "offline_base", MetaData(), Column("address", Text, nullable=False),
    Column("content", LargeBinary, nullable=False),
)


class Store(Protocol):
    session: Session
    read_only: bool
    saves_on_edit: bool

    @property
    def location(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    def reading(self): ...

    def check(self) -> list[str]: ...

    def close(self) -> None: ...


def open_store(location: str | Path) -> Document | ServerStore:
    if is_address(str(location)):
        return ServerStore.open(Address.parse(str(location)))
    return Document.open(Path(location))


def publish(path: Path, server: Server) -> Address:
    """Copy a file's diagnostic to the server, as a new diagnostic there; its address."""
    with Document.open(Path(path)) as document:
        return publish_document(document, server)


def publish_document(document: Document, server: Server) -> Address:
    """Publish an open document (the application's): read through a snapshot of its working
    copy, so it may run on a worker thread once the window's session has committed."""
    from essdesk.models.tables import Diagnostic
    from essdesk.store.snapshot import reading

    with reading(document.working_path) as source:
        uid = source.scalar(select(Diagnostic.uid))
        already = talking_to(server, lambda: _published_as(server, uid))
        if already is not None:
            raise DocumentError(
                f"Ce diagnostic est déjà sur le serveur : {server.diagnostic(already)}. Ouvrez-le "
                "là-bas, ou publiez une copie faite avec « Enregistrer sous… » dans essdesk."
            )
        store = ServerStore.create(server, uid)
        try:
            def fill() -> None:
                with store.engine.begin() as target:
                    copy_rows(source, target)
            talking_to(server, fill)
        except BaseException:
            store.close()
            talking_to(server, lambda: _drop(server, store.address.number))
            raise
        store.close()
        return store.address


def _published_as(server: Server, uid: str) -> int | None:
    with connected(server) as conn:
        return conn.execute(text(f'SELECT number FROM "{server.schema}".diagnostics WHERE uid = :u'),
                            {"u": uid}).scalar()


def _drop(server: Server, number: int) -> None:
    with connected(server, begin=True) as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{server.schema_of(number)}" CASCADE'))
        conn.execute(text(f'DELETE FROM "{server.schema}".diagnostics WHERE number = :n'), {"n": number})


def take_copy(address: Address, out: Path) -> Path:
    """An offline `.essdesk` copy of a server diagnostic (the file is written atomically)."""
    out = Path(out).absolute()
    if out.exists():
        raise DocumentError(f"Le fichier « {out.name} » existe déjà : choisissez un autre nom.")
    with ServerStore.open(address) as store:
        document = Document.create()
        try:
            def fill() -> None:
                with store.reading() as source, document.engine.begin() as target:
                    copy_rows(source, target)
            talking_to(address.server, fill)
            # The server's state at copy time, kept in the copy (a table of its own, not a
            # jalon the user would see): the base its return merges on.
            from essdesk.domain import jalons

            base = jalons.take(document.session).content
            with document.engine.begin() as conn:
                offline_base.create(conn, checkfirst=True)
                conn.execute(offline_base.delete())
                conn.execute(offline_base.insert(), {"address": str(address), "content": base})
            return document.save_as(out)
        finally:
            document.close()


def return_copy(path: Path, *, apply: bool = True):
    """Merge an offline copy back into its server diagnostic (see domain.offline); the
    Merge, and the address it went to. `apply=False` only says what would happen."""
    from essdesk.domain import changes, jalons
    from essdesk.domain.offline import three_way
    from essdesk.domain.services import Services
    from essdesk.exchange.interchange import to_dict

    with Document.open(Path(path)) as document:
        with document.engine.connect() as conn:
            found = (conn.execute(select(offline_base)).first()
                     if inspect(conn).has_table("offline_base") else None)
        if found is None:
            raise DocumentError(
                f"« {Path(path).name} » n'est pas une copie hors ligne d'un diagnostic du serveur "
                "(faite par la commande essdesk copy) : rien à rapporter."
            )
        address = Address.parse(found.address)
        try:
            base = jalons.decode(found.content)
        except ValueError:  # another tool wrote over it
            raise DocumentError(
                f"La copie hors ligne « {Path(path).name} » a été modifiée par un autre outil : "
                "l'état du serveur au moment de la copie ne peut plus être relu, rien n'a été "
                "rapporté. Ouvrez la copie pour relire vos modifications, faites une nouvelle "
                "copie du serveur (essdesk copy) et reportez-les-y."
            ) from None
        ours = to_dict(document.session)
    with ServerStore.open(address) as store:
        merge = three_way(base, ours, to_dict(store.session))
        if apply and merge.to_apply:
            talking_to(address.server, lambda: changes.apply(Services(store.session), merge.to_apply))
    return merge, address


def reader(store: Document | ServerStore) -> Callable[[], AbstractContextManager[Connection]]:
    """How another thread reads a store: each call is one read-only transaction on a
    connection of its own (a snapshot of a file's working copy, or a server connection), so
    it never touches the window's session. Commit that session before handing this over."""
    if store.saves_on_edit:
        return store.reading
    from essdesk.store.snapshot import reading

    return partial(reading, store.working_path)


@contextlib.contextmanager
def read_session(read: Callable[[], AbstractContextManager[Connection]]) -> Iterator[Session]:
    """An ORM session over one `reader` transaction (for code that reads through the ORM:
    the JSON interchange, jalon snapshots, the workbook)."""
    with read() as conn, Session(bind=conn) as session:
        yield session


def jalon_document(services, jalon_id: int) -> Document:
    """A jalon of the diagnostic `services` works on, as a document of its own (a working
    copy no file is behind), to look at read-only or export like the diagnostic itself."""
    import datetime as dt

    from essdesk.exchange.interchange import load_into

    jalon = services.jalon(jalon_id)
    data = services.jalon_data(jalon_id)
    document = Document.create()
    try:
        load_into(document.session, data)
    except BaseException:
        document.close()
        raise
    when = jalon.taken_at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC
    document.as_jalon(f"Jalon « {jalon.label} » du {when:%d/%m/%Y à %H:%M}")
    return document
