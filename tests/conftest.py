"""Fixtures shared by the whole suite.

Every test gets its own ESSDESK_HOME, so working copies, backups and settings never touch
the real user folders; Qt runs offscreen (a run with no display would otherwise abort).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


@pytest.fixture
def services(document) -> Services:
    return Services(document.session)


@pytest.fixture
def demo_document(referential):
    from essdesk.domain.demo import build_demo

    doc = Document.create()
    build_demo(doc.session, referential)
    yield doc
    doc.close()
