"""Fixtures shared by the whole suite.

Every test gets its own ESSDESK_HOME, so working copies, backups and settings never touch
the real user folders; Qt runs offscreen (a run with no display would otherwise abort).

Store-level tests run on both stores: a test that takes `services` or `demo_document` (and
not the file-only `document`) runs once on a `.essdesk` working copy and once on a
diagnostic of a real PostgreSQL server (tests/pgserver.py), skipped with a reason only
when no PostgreSQL binary exists.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pgserver  # noqa: E402
import pytest  # noqa: E402

from essdesk.domain.referential import Referential, load_referential  # noqa: E402
from essdesk.domain.services import Services, create_diagnostic  # noqa: E402
from essdesk.store.document import Document  # noqa: E402


@pytest.fixture(autouse=True)
def essdesk_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("essdesk-home")
    monkeypatch.setenv("ESSDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def referential() -> Referential:
    return load_referential()


@pytest.fixture
def document(referential):
    doc = Document.create()
    create_diagnostic(doc.session, referential, title="Diagnostic de test",
                      territory_name="Pays de Test", territory_kind="petr_pays",
                      filiere_name="Laine")
    yield doc
    doc.close()


STORES = ("fichier", "serveur")


def pytest_generate_tests(metafunc):
    if "store_kind" in metafunc.fixturenames:
        kinds = ("fichier",) if "document" in metafunc.fixturenames else STORES
        metafunc.parametrize("store_kind", kinds, indirect=True)


@pytest.fixture
def store_kind(request) -> str:
    return getattr(request, "param", "fichier")


@pytest.fixture(scope="session")
def pg_url():
    if not pgserver.available():
        pytest.skip(pgserver.SKIP_REASON)
    with pgserver.cluster() as url:
        yield url


@pytest.fixture(scope="session")
def pg_server(pg_url):
    """essdesk installed on the test server, in a schema of its own."""
    from essdesk.store.address import Server
    from essdesk.store.server import init_server

    server = Server.parse(pg_url, "essdesk_tests")
    init_server(server, schema_given=True)
    return server


@pytest.fixture
def server(pg_url):
    """A fresh essdesk schema on the test server, for each test that takes it."""
    from essdesk.store.address import Server
    from essdesk.store.server import init_server

    server = Server.parse(pg_url, f"t{uuid.uuid4().hex[:10]}")
    init_server(server, schema_given=True)
    return server


@pytest.fixture
def new_store(store_kind, request):
    """A function making an empty store of the test's kind (closed after the test)."""
    made = []

    def make():
        if store_kind == "fichier":
            store = Document.create()
        else:
            from essdesk.store.server import ServerStore

            store = ServerStore.create(request.getfixturevalue("pg_server"), str(uuid.uuid4()))
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def services(store_kind, new_store, request, referential) -> Services:
    if store_kind == "fichier" and "document" in request.fixturenames:
        return Services(request.getfixturevalue("document").session)
    store = new_store()
    create_diagnostic(store.session, referential, title="Diagnostic de test",
                      territory_name="Pays de Test", territory_kind="petr_pays",
                      filiere_name="Laine")
    return Services(store.session)


@pytest.fixture
def demo_document(new_store, referential):
    from essdesk.domain.demo import build_demo

    store = new_store()
    build_demo(store.session, referential)
    return store


# -- a second referential (issue 17): 4 axes, 11 actions; and one of 2 défis ---------------

DATA = Path(__file__).parent / "data"


@pytest.fixture
def referential_4x11() -> Referential:
    return load_referential(DATA / "referential-4x11.json")


@pytest.fixture
def referential_2parts() -> Referential:
    return load_referential(DATA / "referential-2parts.json")
