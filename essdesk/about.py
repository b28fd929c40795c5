"""« À propos d'essdesk » : version, licence, credits, and where the data lives (Qt-free).

`about_text()` is plain text (terminal, logs, tests); `about_html()` is the same content for
the dialog (essdesk.ui.about_dialog). Both say where settings, working copies and backups
are, and whether portable mode (a folder `essdesk-data` next to the executable) is on.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from essdesk import __version__, paths

__all__ = ["AboutInfo", "about_html", "about_info", "about_text"]

LICENCE = "GPL-3.0-or-later"
LICENCE_TEXT = (
    "Logiciel libre publié sous licence GNU GPL version 3 ou toute version ultérieure "
    f"({LICENCE}) : vous pouvez l'utiliser, l'étudier, le copier, le modifier et le "
    "redistribuer aux conditions de cette licence. Il est fourni sans aucune garantie."
)
METHOD_CREDIT = (
    "Méthode : guide « RepèrESS Filières & ESS » (2023) du RTES — Réseau des collectivités "
    "Territoriales pour une Économie Solidaire —, ses autrices et auteurs, et les "
    "collectivités et actrices et acteurs de l'ESS qui y ont contribué. Les étapes, les "
    "leviers et les exemples du référentiel RTES viennent de ce guide ; essdesk n'est pas une "
    "publication du RTES."
)
THIRD_PARTY = (
    "Composants : Python, Qt et PySide6 (LGPL-3.0), SQLAlchemy et Alembic (MIT), openpyxl "
    "(MIT), ReportLab (BSD), jsonschema (MIT), platformdirs (MIT), polices DejaVu (licence "
    "libre Bitstream Vera / DejaVu)."
)


@dataclass(frozen=True)
class AboutInfo:
    version: str
    mode: str  # "portable", "home" (ESSDESK_HOME) or "user"
    root: Path | None  # the portable folder / ESSDESK_HOME, else None
    data: Path
    config: Path
    working: Path
    backups: Path
    executable: Path
    frozen: bool

    @property
    def mode_label(self) -> str:
        if self.mode == "portable":
            return (
                f"mode portable activé : tout est rangé dans {self.root} (le dossier "
                "essdesk-data à côté du programme) ; rien n'est écrit ailleurs sur l'ordinateur."
            )
        if self.mode == "home":
            return f"dossier choisi par la variable ESSDESK_HOME : {self.root}."
        hint = (
            f"créez un dossier « {paths.PORTABLE_FOLDER} » à côté de {self.executable.name}"
            if self.frozen
            else f"créez un dossier « {paths.PORTABLE_FOLDER} » à côté de l'exécutable d'essdesk"
        )
        return (
            "dossiers de l'utilisateur. Pour le mode portable (clé USB, poste sans droits "
            f"d'administration), {hint}."
        )


def about_info() -> AboutInfo:
    root = paths.portable_root()
    if root is None:
        mode = "user"
    elif os.environ.get("ESSDESK_HOME"):
        mode = "home"
    else:
        mode = "portable"
    return AboutInfo(
        version=__version__,
        mode=mode,
        root=root,
        data=paths.data_dir(),
        config=paths.config_dir(),
        working=paths.working_dir(),
        backups=paths.backups_dir(),
        executable=Path(sys.executable),
        frozen=bool(getattr(sys, "frozen", False)),
    )


def _backups_sentence() -> str:
    from essdesk.store.backups import KEEP_DAYS, KEEP_RECENT

    return (
        "Avant chaque enregistrement, la version précédente du diagnostic est copiée dans le "
        f"dossier des sauvegardes (un sous-dossier par diagnostic) ; essdesk garde les "
        f"{KEEP_RECENT} plus récentes et la dernière de chacun des {KEEP_DAYS} derniers jours. "
        "Pour en restaurer une : Fichier › Restaurer une sauvegarde…, ou en ligne de "
        "commande « essdesk backups FICHIER » puis « essdesk backups FICHIER --restore N »."
    )


def _sections(info: AboutInfo) -> list[tuple[str, list[str]]]:
    return [
        ("Licence", [LICENCE_TEXT]),
        ("Crédits", [METHOD_CREDIT, THIRD_PARTY]),
        (
            "Où sont vos données",
            [
                f"Emplacement : {info.mode_label}",
                f"Données : {info.data}",
                f"Paramètres : {info.config}",
                f"Copies de travail (reprise après incident) : {info.working}",
                f"Sauvegardes : {info.backups}",
                _backups_sentence(),
            ],
        ),
    ]


_TITLE = "essdesk {version}"
_TAGLINE = "Diagnostic de filière de territoire avec et pour l'ESS, hors ligne."


def about_text(info: AboutInfo | None = None) -> str:
    """Plain text, French."""
    info = info or about_info()
    lines = [_TITLE.format(version=info.version), _TAGLINE]
    for title, paragraphs in _sections(info):
        lines += ["", title, *(f"  {p}" for p in paragraphs)]
    return "\n".join(lines) + "\n"


def about_html(info: AboutInfo | None = None) -> str:
    """The same content as rich text for Qt (paths are escaped, never interpreted)."""
    info = info or about_info()
    esc = html.escape
    parts = [
        f"<h2>{esc(_TITLE.format(version=info.version))}</h2>",
        f"<p>{esc(_TAGLINE)}</p>",
    ]
    for title, paragraphs in _sections(info):
        parts.append(f"<h3>{esc(title)}</h3>")
        parts += [f"<p>{esc(p)}</p>" for p in paragraphs]
    return "\n".join(parts)
