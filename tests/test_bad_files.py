"""Bad files: opening, importing or saving to them gives a clear French message saying what
to do, and leaves every existing file byte-for-byte unchanged (hashed before and after).

Read-only and full folders: as root, chmod does not bite (root bypasses permissions), so
when we may mount we use a real read-only tmpfs (EROFS) and a real 64 KiB tmpfs (ENOSPC);
otherwise (no mount permission) we fall back to chmod for a non-root user, or, as root
without mount, to simulating the OS error on the write path. `FOLDER_MODE` says which ran.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from essdesk import paths
from essdesk.cli import main
from essdesk.domain.referential import load_referential
from essdesk.domain.services import Services, create_diagnostic
from essdesk.errors import DocumentError
from essdesk.store import document as document_module
from essdesk.store.document import SCHEMA_VERSION, Document, inspect_file


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("ESSDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def make_document(path: Path, *, actors: int = 3) -> Path:
    doc = Document.create()
    try:
        create_diagnostic(doc.session, load_referential(), title="Filière bois — Vosges")
        services = Services(doc.session)
        for i in range(actors):
            services.add_actor(name=f"Scierie coopérative n°{i} œ€")
        lever = services.diagnostic().steps[0].levers[0].id
        services.add_action(title="Étude d'opportunité", lever_ids=[lever], budget_cents=1_200_000)
        workshop = services.add_workshop(place="Salle des fêtes").created_id
        services.set_votes(workshop, [(lever, None, 3)])
        doc.save_as(path)
    finally:
        doc.close()
    return path


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("good")
    old = os.environ.get("ESSDESK_HOME")
    os.environ["ESSDESK_HOME"] = str(folder / "home")
    try:
        return make_document(folder / "bon.essdesk", actors=30).read_bytes()
    finally:
        if old is None:
            del os.environ["ESSDESK_HOME"]
        else:
            os.environ["ESSDESK_HOME"] = old


def _other_application(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recettes (nom TEXT, ingrédients TEXT)")
    conn.execute("INSERT INTO recettes VALUES ('quiche lorraine', 'œufs, crème, lardons')")
    conn.commit()
    conn.close()


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _corrupt_page(data: bytes, page: int) -> bytes:
    """Overwrite one whole page (a b-tree page of a table or index) with garbage."""
    size = _page_size(data)
    out = bytearray(data)
    out[(page - 1) * size: page * size] = bytes((i * 37 + 11) % 256 for i in range(size))
    return bytes(out)


def _newer(data: bytes, path: Path) -> None:
    path.write_bytes(data)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 41}")
    conn.commit()
    conn.close()


def _edited_by_another_tool(*statements: str):
    """What a user does with `sqlite3` or DB Browser: change a value, CHECK constraints aside."""
    def build(data: bytes, path: Path) -> None:
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return build


def _byte_changed(offset: int, value: int):
    def build(data: bytes, path: Path) -> None:
        out = bytearray(data)
        out[offset] = value
        path.write_bytes(bytes(out))
    return build


_UNREADABLE = ["ne peut pas être lu", "Restaurez une sauvegarde"]

# kind -> (builder, words the message must contain: what is wrong, what to do)
BAD_FILES = {
    "vide": (lambda d, p: p.write_bytes(b""), ["vide", "Choisissez"]),
    "texte renommé": (lambda d, p: p.write_text("Compte rendu de l'atelier du 12 mars\n", encoding="utf-8"),
                      ["n'est pas un diagnostic essdesk", "Choisissez"]),
    "tronqué à moitié": (lambda d, p: p.write_bytes(d[: len(d) // 2]), ["endommagé", "Restaurez une sauvegarde"]),
    "tronqué à 100 octets": (lambda d, p: p.write_bytes(d[:100]), ["endommagé", "Restaurez une sauvegarde"]),
    "tronqué dans l'en-tête": (lambda d, p: p.write_bytes(d[:40]), ["endommagé", "Restaurez une sauvegarde"]),
    "page 2 corrompue": (lambda d, p: p.write_bytes(_corrupt_page(d, 2)), ["endommagé", "Restaurez une sauvegarde"]),
    "dernière page corrompue": (lambda d, p: p.write_bytes(_corrupt_page(d, len(d) // _page_size(d))),
                                ["endommagé", "Restaurez une sauvegarde"]),
    "base d'une autre application": (lambda d, p: _other_application(p), ["autre application", "Choisissez"]),
    "version plus récente": (_newer, ["version plus récente", "Mettez essdesk à jour"]),
    # Files touched by other tools (issue 14, point 13): the first bad row is named.
    "statut inventé": (_edited_by_another_tool("UPDATE lever SET status = 'bogus' WHERE code = '1.3'"),
                       [*_UNREADABLE, "levier", "status", "bogus"]),
    "type de territoire inventé": (_edited_by_another_tool("UPDATE diagnostic SET territory_kind = 'mars'"),
                                   [*_UNREADABLE, "territory_kind", "mars"]),
    "date qui n'existe pas": (_edited_by_another_tool("UPDATE lever SET due = '2026-02-30' WHERE code = '2.1'"),
                              [*_UNREADABLE, "date invalide", "2026-02-30"]),
    "budget en lettres": (_edited_by_another_tool("UPDATE action SET budget_cents = 'abc'"),
                          [*_UNREADABLE, "budget_cents", "abc"]),
    "poids négatif": (_edited_by_another_tool("UPDATE lever SET weight = -3 WHERE code = '1.1'"),
                      [*_UNREADABLE, "weight", "hors limites"]),
    "table des votes supprimée": (_edited_by_another_tool("DROP TABLE vote"), [*_UNREADABLE, "vote", "manque"]),
    "deux diagnostics": (
        _edited_by_another_tool("INSERT INTO diagnostic (uid, version, title, territory_name, territory_kind, "
                                "filiere_name, filiere_meaning, filiere_sector, scenario, facilitator, context, "
                                "referential_id, referential_version) SELECT 'x' || uid, version, title, "
                                "territory_name, territory_kind, filiere_name, filiere_meaning, filiere_sector, "
                                "scenario, facilitator, context, referential_id, referential_version "
                                "FROM diagnostic"),
        [*_UNREADABLE, "2 lignes"]),
    # Damaged headers and lengths (point 14).
    "octet 18 de l'en-tête changé": (_byte_changed(18, 7), ["endommagé", "Restaurez une sauvegarde"]),
    "tronqué d'un octet": (lambda d, p: p.write_bytes(d[:-1]), ["endommagé", "Restaurez une sauvegarde"]),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_opening_a_bad_file_explains_and_changes_nothing(kind, good_bytes, tmp_path, home):
    build, words = BAD_FILES[kind]
    folder = tmp_path / "clé-usb"
    folder.mkdir()
    bad = folder / "diagnostic.essdesk"
    build(good_bytes, bad)
    (folder / "voisin.essdesk").write_bytes(good_bytes)
    before = snapshot(folder)
    with pytest.raises(DocumentError) as caught:
        Document.open(bad)
    message = str(caught.value)
    assert "« diagnostic.essdesk »" in message
    for word in words:
        assert word in message, message
    assert snapshot(folder) == before  # no byte changed, no -journal / -wal left beside it
    assert list(paths.working_dir().iterdir()) == []  # no stray working copy either


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_importing_a_bad_file_as_json_explains_and_writes_nothing(kind, good_bytes, tmp_path, capsys):
    build, _ = BAD_FILES[kind]
    bad = tmp_path / "diagnostic.essdesk"
    build(good_bytes, bad)
    before = snapshot(tmp_path)
    code = main(["import-json", str(bad), str(tmp_path / "importé.essdesk")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("essdesk : ") and err.count("\n") == 1 and "Traceback" not in err
    assert any(w in err for w in ("JSON", "UTF-8", "diagnostic essdesk")), err
    assert snapshot(tmp_path) == before


def test_importing_a_document_as_json_says_to_open_it(good_bytes, tmp_path, capsys):
    bad = tmp_path / "laine.essdesk"
    bad.write_bytes(good_bytes)
    assert main(["import-json", str(bad), str(tmp_path / "copie.essdesk")]) == 2
    err = capsys.readouterr().err
    assert "Ouvrir" in err, err  # not "export it in UTF-8": it is a document, open it
    assert not (tmp_path / "copie.essdesk").exists()


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_every_command_refuses_a_bad_file_with_the_same_french_line(kind, good_bytes, tmp_path, capsys):
    """`check` says essdesk cannot read the file, and no other command then tries to."""
    build, words = BAD_FILES[kind]
    bad = tmp_path / "diagnostic.essdesk"
    build(good_bytes, bad)
    before = snapshot(tmp_path)
    out = tmp_path / "sorties"
    messages = set()
    for command in (["check", str(bad)], ["info", str(bad)], ["export-json", str(bad), str(out / "d.json")],
                    ["export", str(bad), "--xlsx", str(out / "d.xlsx"), "--pdf", str(out / "d.pdf")],
                    ["minutes", str(bad), "--session", "1", "--pdf", str(out / "cr.pdf")]):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and "inattendue" not in err, err
        for word in words:
            assert word in err, (command, err)
        messages.add(err)
    assert len(messages) == 1, messages
    assert snapshot(tmp_path) == before  # nothing written, nothing beside the file


def test_a_named_pipe_is_refused_at_once(tmp_path, capsys):
    pipe = tmp_path / "diagnostic.essdesk"
    os.mkfifo(pipe)
    for command in (["check", str(pipe)], ["info", str(pipe)], ["import-json", str(pipe), str(tmp_path / "n.essdesk")]):
        done = subprocess.run([sys.executable, "-m", "essdesk", *command], capture_output=True, text=True,
                              timeout=30, env={**os.environ, "ESSDESK_HOME": str(tmp_path / "home")})
        assert done.returncode != 0
        assert "n'est pas un fichier ordinaire" in done.stderr, done.stderr


def test_a_symlink_loop_is_named_as_such(tmp_path, capsys):
    loop = tmp_path / "diagnostic.essdesk"
    loop.symlink_to(loop)
    assert main(["info", str(loop)]) == 1
    err = capsys.readouterr().err
    assert "boucle" in err and "introuvable" not in err, err


def test_a_wal_mode_file_is_read_without_files_beside_it(good_bytes, tmp_path, capsys):
    """Another tool left the file in WAL mode (with a -wal of its own): essdesk reads it all,
    and creates nothing beside it."""
    path = tmp_path / "diagnostic.essdesk"
    path.write_bytes(good_bytes)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE diagnostic SET title = 'Titre écrit dans le WAL'")
    conn.commit()
    main_bytes, wal = path.read_bytes(), (tmp_path / "diagnostic.essdesk-wal").read_bytes()
    conn.close()  # a clean close checkpoints: put back what a crashed tool leaves
    path.write_bytes(main_bytes)
    (tmp_path / "diagnostic.essdesk-wal").write_bytes(wal)
    (tmp_path / "diagnostic.essdesk-shm").unlink(missing_ok=True)
    before = snapshot(tmp_path)
    assert main(["info", str(path)]) == 0
    assert "Titre écrit dans le WAL" in capsys.readouterr().out
    out = tmp_path.parent / f"{tmp_path.name}-sorties"
    out.mkdir()
    assert main(["export", str(path), "--xlsx", str(out / "d.xlsx")]) == 0
    assert snapshot(tmp_path) == before


# -- read-only documents and folders, full folders ------------------------------------------


def _may_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str):
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _remount_read_only(folder: Path) -> bool:
    return subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_folder(folder: Path, files: dict[str, bytes], monkeypatch):
    """`folder` holding `files`, read-only for real (tmpfs remounted ro, or chmod when not
    root); as root without mount, writes there are made to fail with EROFS."""
    with contextlib.ExitStack() as stack:
        mounted = _may_mount() and stack.enter_context(_tmpfs(folder, "16m"))
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        if mounted and _remount_read_only(folder):
            mode = "tmpfs monté en lecture seule (EROFS réel)"
        elif os.geteuid() != 0:
            for name in files:
                (folder / name).chmod(0o444)
            folder.chmod(0o555)
            stack.callback(folder.chmod, 0o755)
            mode = "chmod (EACCES réel)"
        else:
            real_access, real_copy = os.access, document_module._copy_database

            def access(path, how, **kw):
                inside = Path(path).absolute().is_relative_to(folder)
                return False if inside and how & os.W_OK else real_access(path, how, **kw)

            def copy(source, target, **kw):
                if Path(target).absolute().is_relative_to(folder):
                    raise OSError(errno.EROFS, "Read-only file system")
                return real_copy(source, target, **kw)

            monkeypatch.setattr(os, "access", access)
            monkeypatch.setattr(document_module, "_copy_database", copy)
            mode = "simulé (os.access et EROFS sur l'écriture)"
        print(f"\ndossier en lecture seule : {mode}")
        yield mode


def _edited(doc: Document) -> Services:
    services = Services(doc.session)
    services.add_actor(name="Menuiserie d'insertion « Les Copeaux »")
    services.update_diagnostic(context="Atelier du 3 juin : 14 participants ✔")
    return services


def test_read_only_document_opens_read_only_and_save_as_works(good_bytes, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    with read_only_folder(folder, {"archivé.essdesk": good_bytes}, monkeypatch):
        original = folder / "archivé.essdesk"
        before = snapshot(folder)
        doc = Document.open(original)
        try:
            assert doc.read_only
            _edited(doc)
            with pytest.raises(DocumentError) as caught:
                doc.save()
            assert "lecture seule" in str(caught.value) and "Enregistrer sous" in str(caught.value)
            copy = doc.save_as(tmp_path / "modifiable.essdesk")
            assert not doc.read_only and doc.target == copy
            doc.save()  # the copy is writable: plain Save works from now on
        finally:
            doc.close()
        assert snapshot(folder) == before
    reopened = Document.open(copy)
    try:
        names = [a.name for a in Services(reopened.session).actors()]
        assert "Menuiserie d'insertion « Les Copeaux »" in names
    finally:
        reopened.close()


def test_saving_into_a_read_only_folder_explains_and_keeps_the_edits(good_bytes, tmp_path, monkeypatch):
    source = tmp_path / "travail.essdesk"
    source.write_bytes(good_bytes)
    folder = tmp_path / "partage"
    with read_only_folder(folder, {"existant.essdesk": good_bytes}, monkeypatch):
        before = snapshot(folder)
        doc = Document.open(source)
        try:
            _edited(doc)
            for target in (folder / "nouveau.essdesk", folder / "existant.essdesk"):
                with pytest.raises(DocumentError) as caught:
                    doc.save_as(target)
                message = str(caught.value)
                assert "lecture seule" in message and "vos modifications sont conservées" in message
                assert "choisissez un autre emplacement" in message
            assert doc.target == source and doc.modified
            assert snapshot(folder) == before
            assert doc.check() == []
            doc.save()  # the edits are still there and can go elsewhere
        finally:
            doc.close()
    reopened = Document.open(source)
    try:
        assert "14 participants ✔" in Services(reopened.session).diagnostic().context
    finally:
        reopened.close()


def test_saving_into_a_full_folder_explains_and_keeps_both_files(good_bytes, tmp_path, monkeypatch):
    source = tmp_path / "travail.essdesk"
    source.write_bytes(good_bytes)
    folder = tmp_path / "clé-pleine"
    with contextlib.ExitStack() as stack:
        mounted = _may_mount() and stack.enter_context(_tmpfs(folder, f"{len(good_bytes) * 3 // 2}"))
        folder.mkdir(exist_ok=True)
        (folder / "existant.essdesk").write_bytes(good_bytes)
        if mounted:
            print("\ndossier plein : tmpfs trop petit (ENOSPC réel)")
        else:
            real_copy = document_module._copy_database

            def copy(source, target, **kw):
                if Path(target).absolute().is_relative_to(folder):
                    raise sqlite3.OperationalError("database or disk is full")
                return real_copy(source, target, **kw)

            monkeypatch.setattr(document_module, "_copy_database", copy)
            print("\ndossier plein : simulé (SQLITE_FULL sur l'écriture)")
        before = snapshot(folder)
        doc = Document.open(source)
        try:
            services = _edited(doc)
            services.update_diagnostic(context="x" * 50_000)  # the new file cannot fit
            for lever in services.diagnostic().steps[0].levers[:3]:
                services.update_lever(lever.id, notes="y" * 50_000)
            for target in (folder / "nouveau.essdesk", folder / "existant.essdesk"):
                with pytest.raises(DocumentError) as caught:
                    doc.save_as(target)
                message = str(caught.value)
                assert "plein" in message and "Libérez de la place" in message, message
                assert "modifications sont conservées" in message
            assert snapshot(folder) == before  # no half-written temporary file left either
            assert doc.check() == [] and doc.modified
        finally:
            doc.close(keep_working_copy=True)


def test_document_already_open_in_this_process_is_refused(good_bytes, tmp_path):
    path = tmp_path / "laine.essdesk"
    path.write_bytes(good_bytes)
    first = Document.open(path)
    try:
        before = snapshot(tmp_path)
        with pytest.raises(DocumentError) as caught:
            Document.open(path)
        message = str(caught.value)
        assert "déjà ouvert dans cette fenêtre" in message and "« laine.essdesk »" in message
        assert "revenez" in message  # says what to do
        other = Document.create()
        try:  # nor can another document be saved over it
            with pytest.raises(DocumentError):
                other.save_as(path)
        finally:
            other.close()
        assert snapshot(tmp_path) == before
    finally:
        first.close()
    Document.open(path).close()  # once closed, it opens again


HOLDER = """
import sys
from pathlib import Path
from essdesk.store.document import Document
doc = Document.open(Path(sys.argv[1]))
print("ouvert", flush=True)
sys.stdin.read()
doc.close()
"""


def test_document_open_in_another_process_is_refused(good_bytes, tmp_path, home):
    path = tmp_path / "laine.essdesk"
    path.write_bytes(good_bytes)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "ouvert"
        before = snapshot(tmp_path)
        with pytest.raises(DocumentError) as caught:
            Document.open(path)
        message = str(caught.value)
        assert "déjà ouvert dans un autre essdesk" in message and f"processus {holder.pid}" in message
        assert "Fermez-le" in message
        doc = Document.create()
        try:
            with pytest.raises(DocumentError, match="déjà ouvert dans un autre essdesk"):
                doc.save_as(path)
        finally:
            doc.close()
        assert snapshot(tmp_path) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    Document.open(path).close()  # the other essdesk closed it: it opens here now


def test_inspect_file_reads_version_of_a_sound_document(good_bytes, tmp_path):
    path = tmp_path / "bon.essdesk"
    path.write_bytes(good_bytes)
    assert inspect_file(path) == SCHEMA_VERSION
    assert path.read_bytes() == good_bytes


def test_a_version_1_file_edited_by_another_tool_names_the_row_not_a_failed_upgrade(tmp_path):
    """A version-1 file has no CHECK constraints: the bad value is found before the upgrade
    (which would otherwise fail on the new constraints with an unhelpful message)."""
    path = tmp_path / "ancien.essdesk"
    path.write_bytes((Path(__file__).parent / "fixtures" / "schema-v1.essdesk").read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE lever SET status = 'bogus' WHERE code = '1.2'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DocumentError) as caught:
        Document.open(path)
    message = str(caught.value)
    assert "ne peut pas être lu" in message and "bogus" in message and "status" in message, message
    assert "mise à jour" not in message
    assert path.read_bytes() == before


def test_a_row_with_two_values_out_of_limits_is_named_the_same_way_every_time(good_bytes, tmp_path):
    """The model's range checks are a set: the first bad value named must not depend on the
    process's hash seed (the same file, the same message, on every run)."""
    path = tmp_path / "deux.essdesk"
    _edited_by_another_tool(
        "INSERT INTO indicator (uid, version, diagnostic_id, name, unit, baseline, target, position) "
        "SELECT 'i-1', 1, id, 'Emplois', 'ETP', 1e18, 1e18, 0 FROM diagnostic"
    )(good_bytes, path)
    code = (
        "import sqlite3, sys; from essdesk.store.content import first_problem; "
        "print(first_problem(sqlite3.connect(sys.argv[1])))"
    )
    messages = {
        subprocess.run(
            [sys.executable, "-c", code, str(path)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(messages) == 1 and "baseline BETWEEN" in messages.pop()
