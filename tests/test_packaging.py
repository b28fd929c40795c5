"""Fast checks of the packaging: build.spec, portable mode, « À propos », desktop files.

The PyInstaller build itself is slow and lives in scripts/build_bundle.py, not here.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
LINUX = ROOT / "packaging" / "linux"


# --------------------------------------------------------------------------- build.spec


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_literal(name: str):
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in build.spec")


def spec_namespace(**globals_) -> dict:
    """The spec's imports, literal constants and helper functions, without running PyInstaller."""
    keep = []
    for node in _spec_tree().body:
        pyinstaller = isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PyInstaller")
        if isinstance(node, ast.Import | ast.ImportFrom | ast.FunctionDef) and not pyinstaller:
            keep.append(node)
        elif isinstance(node, ast.Assign):
            try:
                ast.literal_eval(node.value)
            except ValueError:
                continue
            keep.append(node)
    namespace = {"IS_WIN": False, "IS_MAC": False, **globals_}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), namespace)  # noqa: S102
    namespace.update(globals_)
    return namespace


def test_spec_is_python_and_names_the_executable_essdesk():
    tree = _spec_tree()
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert spec_literal("APP_NAME") == "essdesk"
    assert 'name=APP_NAME' in SPEC.read_text(encoding="utf-8")


def test_spec_excludes_unused_qt_modules_and_tools():
    excluded = set(spec_literal("EXCLUDED_MODULES"))
    for module in ("PySide6.QtNetworkAuth", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore",
                   "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.Qt3DCore", "PySide6.QtDBus",
                   "tkinter", "PIL._avif", "_ssl", "pytest", "PyInstaller"):
        assert module in excluded
    assert "PIL" not in excluded  # reportlab imports PIL.Image
    used = spec_literal("QT_MODULES_USED")
    assert not {f"PySide6.{m}" for m in used} & excluded


def test_every_qt_module_essdesk_imports_is_kept_by_the_spec():
    """Using a new Qt module? Add it to QT_MODULES_USED in build.spec (and remove it from
    EXCLUDED_MODULES), or the frozen program will lack it."""
    imported = set()
    for path in (ROOT / "essdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("PySide6.Qt"):
                    imported.add(name.split(".")[1])
    assert imported, "essdesk imports no Qt module?"
    assert imported <= set(spec_literal("QT_MODULES_USED")), imported - set(spec_literal("QT_MODULES_USED"))


def test_spec_keeps_only_the_needed_qt_plugins_and_translations():
    ns = spec_namespace()
    keep = ns["_keep"]

    def kept(dest: str) -> bool:
        return keep((dest, "/src/" + dest, "BINARY"))

    assert kept("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert kept("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert kept("PySide6/plugins/platforms/qwindows.dll")
    assert kept("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert kept("PySide6/Qt/plugins/imageformats/libqsvg.so")
    assert kept("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so")
    assert kept("PySide6/Qt/lib/libQt6Charts.so.6")
    assert kept("PySide6/Qt/lib/libicudata.so.73")
    assert kept("PySide6/Qt/translations/qtbase_fr.qm")
    assert kept("essdesk/store/migrations/env.py")
    assert kept("resources/fonts/DejaVuSans.ttf")

    assert not kept("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not kept("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not kept("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not kept("PySide6/Qt/plugins/imageformats/libqpdf.so")
    assert not kept("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not kept("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not kept("PySide6/Qt/translations/qtwebengine_fr.qm")
    assert not kept("PySide6/Qt/lib/libQt6WaylandClient.so.6")
    assert kept("PySide6/Qt/lib/libQt6Network.so.6")  # the phone vote lists the addresses (issue 21)
    assert not kept("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf")
    assert not kept("libgtk-3.so.0")
    # A top-level link is kept exactly when its target is.
    assert keep(("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"))
    assert not keep(("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"))
    # Windows keeps its own copies of everything system-level.
    assert spec_namespace(IS_WIN=True)["_keep"](("libgtk-3-0.dll", "x", "BINARY"))


def test_spec_ships_resources_and_migrations_where_the_code_looks():
    from essdesk.store import schema

    text = SPEC.read_text(encoding="utf-8")
    assert schema.MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "essdesk/store/migrations"
    for dest in ('"essdesk/store/migrations"', '"essdesk/store/migrations/versions"', '"resources/referential"',
                 '"resources/schema"', '"resources/fonts"', '"resources/translations"', '"resources/icons"'):
        assert dest in text


def test_frozen_resources_dir_is_meipass_resources(monkeypatch, tmp_path):
    from essdesk.domain.referential import referential_path, resources_dir

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources_dir() == tmp_path / "_internal" / "resources"
    assert referential_path().parent == tmp_path / "_internal" / "resources" / "referential"


def test_windows_version_resource_is_valid(tmp_path):
    ns = spec_namespace(ROOT=tmp_path, VERSION="1.2.3", APP_NAME="essdesk")
    path = Path(ns["_windows_version_file"]())
    text = path.read_text(encoding="utf-8")
    assert "RepèrESS Filières & ESS" in text

    # PyInstaller evaluates the file with its version classes (they need pefile, which only
    # Windows has): evaluate it here with recording stand-ins.
    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    info = eval(text, {"__builtins__": {}}, {n: record(n) for n in names})  # noqa: S307
    assert info[0] == "VSVersionInfo"
    ffi = info[2]["ffi"]
    assert ffi[2]["filevers"] == (1, 2, 3, 0) == ffi[2]["prodvers"]
    table = info[2]["kids"][0][1][0][0]
    strings = {s[1][0]: s[1][1] for s in table[1][1]}
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "essdesk.exe"
    assert strings["LegalCopyright"] == "GPL-3.0-or-later"


# --------------------------------------------------------------------------- portable mode


@pytest.fixture
def frozen_exe(monkeypatch, tmp_path):
    """Pretend to be the frozen essdesk at tmp_path/bundle/essdesk, with a private home."""
    from essdesk import paths

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "essdesk"
    exe.write_bytes(b"")
    monkeypatch.delenv("ESSDESK_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    return paths, bundle


def test_portable_folder_next_to_the_executable_replaces_user_folders(frozen_exe):
    paths, bundle = frozen_exe
    portable = bundle / "essdesk-data"
    portable.mkdir()
    assert paths.portable_root() == portable
    assert paths.data_dir() == portable / "data"
    assert paths.config_dir() == portable / "config"
    assert paths.working_dir() == portable / "data" / "working"
    assert paths.backups_dir() == portable / "data" / "backups"
    assert not (bundle.parent / "home").exists()  # nothing written in the user's folders


def test_without_the_folder_the_frozen_program_uses_user_folders(frozen_exe):
    paths, bundle = frozen_exe
    assert paths.portable_root() is None
    assert paths.data_dir() == bundle.parent / "home" / "share" / "essdesk"
    assert paths.config_dir() == bundle.parent / "home" / "config" / "essdesk"
    assert not (bundle / "essdesk-data").exists()


def test_a_file_named_essdesk_data_is_not_portable_mode(frozen_exe):
    paths, bundle = frozen_exe
    (bundle / "essdesk-data").write_text("")
    assert paths.portable_root() is None


def test_portable_mode_needs_a_frozen_program(frozen_exe, monkeypatch):
    paths, bundle = frozen_exe
    (bundle / "essdesk-data").mkdir()
    monkeypatch.setattr(sys, "frozen", False)
    assert paths.portable_root() is None


# --------------------------------------------------------------------------- « À propos »


def test_about_text_in_portable_mode(frozen_exe):
    from essdesk import __version__
    from essdesk.about import about_html, about_text

    _paths, bundle = frozen_exe
    (bundle / "essdesk-data").mkdir()
    text = about_text()
    assert f"essdesk {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "« RepèrESS Filières & ESS » (2023)" in text
    assert "RTES" in text and "contribué" in text
    assert "mode portable activé" in text
    assert str(bundle / "essdesk-data" / "data" / "backups") in text
    assert str(bundle / "essdesk-data" / "config") in text
    assert "essdesk backups FICHIER" in text and "Restaurer une sauvegarde" in text
    html = about_html()
    assert "RepèrESS Filières &amp; ESS" in html and "<h2>" in html


def test_about_text_tells_how_to_turn_portable_mode_on(frozen_exe):
    from essdesk.about import about_info, about_text

    _paths, bundle = frozen_exe
    info = about_info()
    assert info.mode == "user"
    text = about_text(info)
    assert "créez un dossier « essdesk-data » à côté de essdesk" in text
    assert str(bundle.parent / "home" / "share" / "essdesk" / "backups") in text


def test_about_text_with_essdesk_home(monkeypatch, tmp_path):
    from essdesk.about import about_info, about_text

    monkeypatch.setenv("ESSDESK_HOME", str(tmp_path / "ailleurs"))
    info = about_info()
    assert info.mode == "home"
    assert "ESSDESK_HOME" in about_text(info)
    assert info.backups == tmp_path / "ailleurs" / "data" / "backups"


def test_about_html_escapes_paths(monkeypatch, tmp_path):
    from essdesk.about import about_html

    monkeypatch.setenv("ESSDESK_HOME", str(tmp_path / "<b>R&D</b>"))
    html = about_html()
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in html
    assert "<b>R&D" not in html


def test_about_module_is_qt_free():
    code = "import sys, essdesk.about; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_about_dialog_shows_the_text(qtbot, monkeypatch, tmp_path):
    from essdesk.ui.about_dialog import AboutDialog

    monkeypatch.setenv("ESSDESK_HOME", str(tmp_path))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "RepèrESS Filières & ESS" in text and "GPL-3.0-or-later" in text
    assert str(tmp_path / "data" / "backups") in text
    assert dialog.open_backups.text() == "Ouvrir le dossier des sauvegardes"
    opened = []
    monkeypatch.setattr("essdesk.ui.about_dialog.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    dialog.open_backups.click()
    assert opened and Path(opened[0].toLocalFile()) == tmp_path / "data" / "backups"


# --------------------------------------------------------------------------- desktop integration


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "essdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_essdesk_files():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "essdesk"
    assert re.fullmatch(r"essdesk %f", entry["Exec"])
    assert entry["Icon"] == "essdesk"
    assert "application/x-essdesk" in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "essdesk.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_is_application_x_essdesk():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "essdesk-mime.xml").getroot()
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == "application/x-essdesk"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.essdesk"]
    assert mime.find("m:icon", ns).get("name") == "application-x-essdesk"


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_mime_database_accepts_the_type(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / "essdesk-mime.xml", tmp_path / "packages" / "essdesk.xml")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert "application/x-essdesk:*.essdesk" in (tmp_path / "globs2").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform != "linux", reason="the installer is a POSIX shell script")
def test_install_desktop_is_per_user_and_quotes_the_path(tmp_path):
    exe = tmp_path / "Clé USB" / "essdesk $1" / "essdesk"
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"),
               XDG_CONFIG_HOME=str(home / "config"))
    script = LINUX / "install-desktop.sh"
    subprocess.run(["sh", str(script), str(exe)], env=env, check=True, capture_output=True)
    share = home / "share"
    desktop = (share / "applications" / "essdesk.desktop").read_text(encoding="utf-8")
    escaped = str(exe).replace("$", "\\\\$")  # \$ for Exec, each backslash doubled
    assert f'Exec="{escaped}" %f' in desktop
    assert f"TryExec={exe}" in desktop
    assert (share / "mime" / "packages" / "essdesk.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "essdesk.svg").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-essdesk.svg").is_file()
    assert not list(tmp_path.glob("home/.*"))  # nothing outside XDG_DATA_HOME / XDG_CONFIG_HOME

    subprocess.run(["sh", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (share / "applications" / "essdesk.desktop").exists()
    assert not (share / "mime" / "packages" / "essdesk.xml").exists()


def test_icons_are_valid():
    svg = ET.parse(ROOT / "resources" / "icons" / "essdesk.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    data = (ROOT / "resources" / "icons" / "essdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_build_script_is_runnable():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_bundle.py"), "--help"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "--no-build" in result.stdout
