"""The `essdesk` command line, in French. Errors: one French line on stderr, never a traceback.

With no command (or just a file), the desktop window starts; Qt is imported only then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from essdesk import __version__
from essdesk.errors import EssdeskError, InterchangeError

EXIT_ERROR = 1
EXIT_INVALID = 2

_FRENCH = {
    "the following arguments are required": "arguments obligatoires manquants",
    "unrecognized arguments": "arguments inconnus",
    "invalid choice": "choix invalide",
    "expected one argument": "une valeur est attendue",
    "invalid int value": "nombre entier invalide",
}


class FrenchParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "utilisation :", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "utilisation :", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, french in _FRENCH.items():
            message = message.replace(english, french)
        self.exit(EXIT_INVALID, f"essdesk : {message}. Voir « essdesk --help ».\n")


def _referential(session=None):
    """The diagnostic's own referential (`session` given), else the default one (new, demo)."""
    if session is not None:
        from essdesk.domain.services import referential_in

        return referential_in(session)
    from essdesk.domain.referential import load_referential

    return load_referential()


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise EssdeskError(
            f"Le fichier « {path} » existe déjà : choisissez un autre nom (rien n'a été écrit)."
        )


def _create(path: Path, fill: Callable) -> Path:
    """Create a document at `path` from scratch; on any failure nothing is left behind."""
    from essdesk.store.document import Document

    _refuse_existing(path)
    doc = Document.create()
    try:
        fill(doc)
        return doc.save_as(path)
    finally:
        doc.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from essdesk.domain.demo import build_demo

    path = _create(Path(args.file), lambda doc: build_demo(doc.session, _referential()))
    print(f"Diagnostic de démonstration créé : {path}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from essdesk.domain.services import create_diagnostic

    identity = {
        "title": args.title, "territory_name": args.territory or "",
        "territory_kind": args.territory_kind, "filiere_name": args.filiere or "",
        "filiere_meaning": args.meaning, "scenario": args.scenario,
        "facilitator": args.facilitator or "", "start_date": args.date or dt.date.today(),
    }
    if args.referential:
        from essdesk.domain.referential_library import find

        referential = find(args.referential)
    else:
        referential = _referential()
    path = _create(Path(args.file), lambda doc: create_diagnostic(doc.session, referential, **identity))
    print(f"Diagnostic créé : {path}")
    return 0


def _counts(referential) -> str:
    """« 4 axes, 11 actions » in the referential's own words."""
    w, parts, levers = referential.words, len(referential.steps), len(referential.levers)
    return (f"{parts} {w.part if parts == 1 else w.parts}, "
            f"{levers} {w.lever if levers == 1 else w.levers}")


def cmd_referential_import_xlsx(args: argparse.Namespace) -> int:
    from essdesk.domain.referential import parse_referential, to_data
    from essdesk.domain.referential_xlsx import ReferentialImportError, read_xlsx
    from essdesk.store.atomic import write_atomically

    target = Path(args.out)
    try:
        data = read_xlsx(Path(args.source))
    except ReferentialImportError as exc:
        print(f"essdesk : {exc}", file=sys.stderr)
        return EXIT_INVALID
    referential = parse_referential(data)
    text = json.dumps(to_data(referential), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(target, text.encode("utf-8"))
    print(f"Référentiel « {referential.title} » version {referential.version} écrit : {target} "
          f"({_counts(referential)}).")
    return 0


def cmd_referential_template(args: argparse.Namespace) -> int:
    from essdesk.domain.referential_xlsx import write_template

    target = Path(args.out)
    _refuse_existing(target)
    write_template(target)
    print(f"Modèle de référentiel écrit : {target} (remplissez-le, puis « essdesk referential "
          "import-xlsx » ou « essdesk referential install »).")
    return 0


def cmd_referential_install(args: argparse.Namespace) -> int:
    from essdesk.domain.referential_library import install
    from essdesk.domain.referential_xlsx import ReferentialImportError

    try:
        referential = install(Path(args.file))
    except ReferentialImportError as exc:
        print(f"essdesk : {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"Référentiel installé : « {referential.title} » ({referential.id}) "
          f"version {referential.version}.")
    return 0


def cmd_referential_list(args: argparse.Namespace) -> int:
    from essdesk.domain.referential_library import available

    for entry in available():
        r = entry.referential
        origin = "livré" if entry.builtin else "installé"
        print(f"{r.id}\t{r.version}\t{origin}\t{_counts(r)}\t{r.title} ({r.author})")
    return 0


def cmd_referential_remove(args: argparse.Namespace) -> int:
    from essdesk.domain.referential_library import remove

    title = remove(args.id)
    print(f"Référentiel supprimé : « {title} » ({args.id}). Les diagnostics faits avec lui "
          "en gardent leur copie.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from essdesk.domain.scoring import format_percent
    from essdesk.domain.services import Services
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        services = Services(doc.session)
        referential = services.referential()
        d = services.diagnostic()
        scores = services.scores()
        print(d.title)
        if doc.saves_on_edit:
            print(f"  Sur le serveur : {doc.location}")
        print(f"  Territoire : {d.territory_name or '—'}, {d.territory_kind.label}")
        print(f"  Filière : {d.filiere_name or '—'} — {d.filiere_meaning.label}"
              + (f" — {d.filiere_sector}" if d.filiere_sector else ""))
        print(f"  Scénario : {d.scenario.label}")
        print(f"  Animation : {d.facilitator or '—'}"
              + (f", depuis le {d.start_date:%d/%m/%Y}" if d.start_date else ""))
        print(f"  Référentiel : {d.referential_id} {d.referential_version}")
        print(f"  Acteurs : {len(d.actors)} · Actions : {len(d.actions)} · Ateliers : {len(d.workshops)}")
        for w in d.workshops:
            print(f"    atelier n° {w.id} : {w.date:%d/%m/%Y} {w.place}" if w.date
                  else f"    atelier n° {w.id} : {w.place}")
        print()
        words = referential.words
        part, levers = words.part.capitalize(), words.levers.capitalize()
        print(f"  {part:<58} {'Maturité':>9} {'Complétude':>11} {levers:>8}")
        for number, score in scores.steps.items():
            try:
                title = referential.step(number).title
            except (KeyError, IndexError):
                title = ""
            name = f"{number}. {title}"
            if len(name) > 58:
                name = name[:57] + "…"
            print(f"  {name:<58} {format_percent(score.maturity):>9} "
                  f"{format_percent(score.completion):>11} {score.total:>8}")
        o = scores.overall
        print(f"  {'Ensemble':<58} {format_percent(o.maturity):>9} "
              f"{format_percent(o.completion):>11} {o.total:>8}")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from essdesk.exchange.interchange import export_json
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        export_json(doc.session, Path(args.out), _referential(doc.session))
    print(f"Exporté : {args.out}")
    return 0


def cmd_workbook(args: argparse.Namespace) -> int:
    from essdesk.exchange.workbook import chosen_sheets, write_workbook
    from essdesk.store.opening import open_store

    sheets = chosen_sheets(args.sheets.split(",") if args.sheets else None)
    with open_store(args.file) as doc:
        write_workbook(doc.session, Path(args.xlsx), sheets, anonymise=args.anonymise)
    print(f"Cahier de saisie écrit : {args.xlsx}")
    return 0


def cmd_import_workbook(args: argparse.Namespace) -> int:
    from essdesk.domain.services import Services
    from essdesk.exchange.workbook_import import apply_preview, preview_workbook
    from essdesk.store.opening import open_store

    source = Path(args.workbook)
    with open_store(args.file) as doc:
        referential = _referential(doc.session)
        preview = preview_workbook(source, doc.session, skip_invalid=args.skip_invalid)
        print(*preview.lines(), sep="\n")
        if preview.errors:
            print("Rien n'a été modifié : corrigez le cahier, ou relancez avec --skip-invalid pour "
                  "laisser de côté les lignes invalides.")
            return EXIT_INVALID
        if not args.apply:
            print("Aperçu seulement : relancez avec --apply pour reprendre ces modifications.")
            return 0
        if preview.empty:
            return 0
        number = apply_preview(Services(doc.session), preview, f"Avant l'import de {source.name}"[:300],
                               referential=referential)
        if not doc.saves_on_edit:
            doc.save()
    print(f"Modifications reprises ({len(preview.changes)} valeur(s), {len(preview.created)} nouvelle(s) "
          f"ligne(s)) ; l'état d'avant est le jalon n° {number}.")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from essdesk.exchange.interchange import load_into, read_json

    target = Path(args.file)
    _refuse_existing(target)
    data = read_json(Path(args.json))
    _create(target, lambda doc: load_into(doc.session, data))
    print(f"Importé : {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.pdf and not args.docx:
        raise EssdeskError("Indiquez au moins --xlsx FICHIER, --pdf FICHIER ou --docx FICHIER.")
    if args.template and not args.docx:
        raise EssdeskError("--template s'applique au rapport Word : indiquez aussi --docx FICHIER.")
    import contextlib

    from essdesk.export.run import export_document
    from essdesk.store.address import is_address

    with contextlib.ExitStack() as stack:
        if is_address(args.file):
            from essdesk.store.opening import open_store

            conn = stack.enter_context(stack.enter_context(open_store(args.file)).reading())
        else:
            from essdesk.store.snapshot import read_document

            conn = stack.enter_context(read_document(Path(args.file)))
        written = export_document(
            conn, None,  # the diagnostic's own referential
            xlsx=Path(args.xlsx) if args.xlsx else None,
            pdf=Path(args.pdf) if args.pdf else None,
            docx=Path(args.docx) if args.docx else None,
            template=Path(args.template) if args.template else None,
            anonymise=args.anonymise,
            pdf_emails=args.emails,
        )
    for path in written:
        print(f"Exporté : {path}")
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from essdesk.export.minutes import write_minutes
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        if bool(args.pdf) == bool(args.docx):
            raise EssdeskError("Indiquez --pdf FICHIER ou --docx FICHIER (l'un des deux).")
        path = write_minutes(doc.session, _referential(doc.session), args.session,
                             Path(args.pdf or args.docx), anonymise=args.anonymise,
                             template=Path(args.template) if args.template else None)
    print(f"Compte rendu exporté : {path}")
    return 0


def _editing(location: str, edit: Callable) -> object:
    """Run `edit(services)` on the diagnostic at `location` and keep the result (a file is
    saved, with its backup; a server has already committed)."""
    from essdesk.domain.services import Services
    from essdesk.store.opening import open_store

    with open_store(location) as doc:
        result = edit(Services(doc.session))
        if not doc.saves_on_edit:
            doc.save()
    return result


def _when(info) -> str:
    return f"{info.local_time:%d/%m/%Y %H:%M}"


def cmd_jalon(args: argparse.Namespace) -> int:
    chosen = [x for x in (args.add, args.delete, args.rename, args.export) if x is not None]
    if len(chosen) != 1:
        raise EssdeskError("Indiquez une seule action : --add NOM, --delete N, --rename N NOM ou --export N SORTIE.json.")
    if args.add is not None:
        number = _editing(args.file, lambda s: s.post_jalon(args.add, s.referential()).created_id)
        print(number)
    elif args.delete is not None:
        _editing(args.file, lambda s: s.remove_jalon(args.delete))
        print(f"Jalon n° {args.delete} supprimé.")
    elif args.rename is not None:
        number, label = args.rename
        _editing(args.file, lambda s: s.update_jalon(_number(number), label=label))
        print(f"Jalon n° {number} renommé.")
    else:
        from essdesk.domain.services import Services
        from essdesk.exchange.interchange import dumps
        from essdesk.store.atomic import write_atomically
        from essdesk.store.opening import open_store

        number, out = args.export
        with open_store(args.file) as doc:
            data = Services(doc.session).jalon_data(_number(number))
        write_atomically(Path(out), dumps(data).encode("utf-8"))
        print(f"Exporté : {out}")
    return 0


def _number(text: str) -> int:
    if not text.isdigit():
        raise EssdeskError(f"« {text} » n'est pas un numéro de jalon : « essdesk jalons FICHIER » les liste.")
    return int(text)


def cmd_jalons(args: argparse.Namespace) -> int:
    from essdesk.domain.scoring import format_percent
    from essdesk.domain.services import Services
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        found = Services(doc.session).jalons()
    if not found:
        print("Aucun jalon : « essdesk jalon FICHIER --add NOM » en pose un.")
    for j in found:
        print(f"  n° {j.id:<4} {_when(j)}  {format_percent(j.scores.maturity()):>6}  {j.label}")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    import json

    from essdesk.domain.comparison import compare_jalons
    from essdesk.domain.services import Services
    from essdesk.store.atomic import write_atomically
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        referential = _referential(doc.session)
        result = compare_jalons(Services(doc.session), args.source, args.to, referential)
    if args.json:
        write_atomically(Path(args.json), (json.dumps(result.to_json(), ensure_ascii=False, indent=2)
                                           + "\n").encode("utf-8"))
        print(f"Exporté : {args.json}")
    if args.xlsx or args.pdf:
        from essdesk.export.comparison import build, write_comparison

        report = build(result, referential)
        for target in filter(None, (args.xlsx, args.pdf)):
            print(f"Exporté : {write_comparison(report, Path(target))}")
    if not (args.json or args.xlsx or args.pdf):
        print(*result.lines(referential), sep="\n")
    return 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    from essdesk.domain.scoring import format_percent
    from essdesk.export.consolidation import consolidate

    aliases = None if args.aliases is None else [a.strip() for a in args.aliases.split(",") if a.strip()]
    c = consolidate(args.locations, anonymise=args.anonymise, aliases=aliases)
    word = c.referential.words.part.capitalize()
    print(f"{len(c.territories)} diagnostics — {c.referential.title}")
    print("Territoire | Filière | " + " | ".join(f"{word} {n}" for n, _ in c.parts) + " | Ensemble")
    for t in c.territories:
        print(" | ".join([t.territory, t.filiere or "—", *map(format_percent, t.maturity),
                          format_percent(t.overall)]))
    ranked = c.most_prioritised(5)
    if ranked:
        print("\nLes plus souvent prioritaires :")
        print(*(f"  {lv.code} {lv.label} — {n} / {len(c.territories)}" for lv, n in ranked), sep="\n")
    found = c.inspiring()
    if found:
        print(f"\nPratiques inspirantes : {len(found)} leviers réalisés ici et encore ouverts ailleurs")
        print(*(f"  {lv.code} réalisé à {', '.join(done)}" for lv, done, _ in found[:10]), sep="\n")
    if args.xlsx or args.pdf:
        from essdesk.export.consolidation_render import write_consolidation

        for target in filter(None, (args.xlsx, args.pdf)):
            print(f"Exporté : {write_consolidation(c, Path(target))}")
    return 0


def _lever_statuses(location: str) -> tuple[str, dict[str, str]]:
    """A compared diagnostic: its referential id and its lever statuses by code."""
    from essdesk.domain import queries
    from essdesk.domain.services import Services
    from essdesk.store.opening import open_store

    with open_store(location) as doc:
        services = Services(doc.session)
        rows = queries.lever_rows(doc.session, services.diagnostic_id())
        return services.diagnostic().referential_id, {r.code: r.status for r in rows}


def cmd_next(args: argparse.Namespace) -> int:
    from essdesk.domain import queries
    from essdesk.domain.next_levers import next_levers
    from essdesk.domain.services import Services
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        services = Services(doc.session)
        referential = services.referential()
        rows = queries.lever_rows(doc.session, services.diagnostic_id())
        scores = services.scores()
    others = []
    for location in args.compare:
        other_referential, statuses = _lever_statuses(location)
        if other_referential != referential.id:
            raise EssdeskError(
                f"« {location} » a été fait avec le référentiel « {other_referential} », pas "
                f"« {referential.id} » : on ne compare que des diagnostics du même référentiel."
            )
        others.append(statuses)
    found = next_levers(referential, rows, scores, others)
    if not found:
        print("Aucun levier à regarder ensuite : les règles du référentiel ne proposent rien.")
    else:
        print("Leviers à regarder ensuite :")
    for lever in found:
        print(f"  {lever.code:<6} {lever.label}")
        print(f"         {lever.why}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from essdesk.store.opening import open_store

    with open_store(args.file) as doc:
        problems = doc.check()
    if problems:
        print(f"Le diagnostic présente {len(problems)} problème(s) :", *problems, sep="\n  ")
        print("Restaurez une sauvegarde : essdesk backups FICHIER (puis --restore N)")
        return EXIT_ERROR
    print("Le diagnostic est sain : aucune erreur détectée.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from essdesk.store import backups

    document = Path(args.file).absolute()
    found = backups.list_backups(document)
    if args.restore is None:
        if not found:
            print("Aucune sauvegarde pour ce diagnostic.")
        for i, b in enumerate(found, 1):
            print(f"  {i}. {b.label}  {b.path}")
        return 0
    if not 1 <= args.restore <= len(found):
        raise EssdeskError(f"Pas de sauvegarde n° {args.restore} : il y en a {len(found)}.")
    backups.restore(found[args.restore - 1].path, document)
    print(f"Sauvegarde du {found[args.restore - 1].label} restaurée dans {document}")
    return 0


def cmd_server_init(args: argparse.Namespace) -> int:
    from essdesk.store.address import Server
    from essdesk.store.server import init_server

    print(init_server(Server.parse(args.url, args.schema), schema_given=args.schema is not None))
    return 0


def cmd_server_list(args: argparse.Namespace) -> int:
    from essdesk.store.address import Server
    from essdesk.store.server import list_diagnostics

    found = list_diagnostics(Server.parse(args.url, args.schema))
    if not found:
        print("Aucun diagnostic sur ce serveur (ou aucun qui vous soit ouvert).")
    for row in found:
        territory = f" — {row['territory']}" if row["territory"] else ""
        print(f"  n° {row['number']:<4} {row['title']}{territory}  "
              f"(modifié le {row['changed']:%d/%m/%Y à %H:%M})  {row['address']}")
    return 0


def cmd_server_grant(args: argparse.Namespace) -> int:
    from essdesk.store.address import Address
    from essdesk.store.members import grant

    print(grant(Address.parse(args.address), args.role, write=args.write))
    return 0


def cmd_server_revoke(args: argparse.Namespace) -> int:
    from essdesk.store.address import Address
    from essdesk.store.members import revoke

    print(revoke(Address.parse(args.address), args.role))
    return 0


def cmd_server_members(args: argparse.Namespace) -> int:
    from essdesk.store.address import Address
    from essdesk.store.members import members

    found = members(Address.parse(args.address))
    if not found:
        print("Aucun membre : seul l'administrateur du serveur voit ce diagnostic.")
    for role, write in found:
        print(f"  {role:<24} {'écriture' if write else 'lecture'}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from essdesk.store.address import Server
    from essdesk.store.opening import publish

    address = publish(Path(args.file), Server.parse(args.url, args.schema))
    print(f"Publié : {address}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from essdesk.store.address import Address
    from essdesk.store.opening import take_copy

    path = take_copy(Address.parse(args.address), Path(args.out))
    print(f"Copie hors ligne enregistrée : {path}")
    return 0


def cmd_vote(args: argparse.Namespace) -> int:
    """A phone vote without a window. Each ballot is committed as it comes (to the working
    copy of a file, or to the server); Ctrl+C closes the vote, and a file is then saved."""
    import contextlib
    import signal
    import time

    from essdesk.domain.services import Services
    from essdesk.phonevote.ballots import BallotBox, locked_commit
    from essdesk.phonevote.server import PhoneVoteServer, refuse_wildcard
    from essdesk.store.opening import open_store

    refuse_wildcard(args.bind)
    store = open_store(args.file)
    try:
        if store.read_only:
            raise EssdeskError(f"« {store.display_name} » est en lecture seule : les votes ne pourraient pas "
                               "y être enregistrés. Copiez-le dans un dossier modifiable.")
        services = Services(store.session)
        box = BallotBox.for_session(services, args.session, locked_commit(services))
        server = PhoneVoteServer(box, args.bind, args.port)
    except BaseException:
        store.close()
        raise
    server.start()
    print(f"Vote ouvert : {server.url}  code : {box.code}", flush=True)
    if sys.stdout.isatty():  # a terminal on the projector: phones scan it
        import segno

        with contextlib.suppress(UnicodeError):  # a console without block characters
            segno.make(server.url, error="m").terminal(compact=True)
    print("Ctrl+C clôt le vote et enregistre.", flush=True)
    for sig in (signal.SIGINT, signal.SIGTERM):  # even started in the background, and by `kill`
        signal.signal(sig, signal.default_int_handler)
    seen = 0
    try:
        while True:
            time.sleep(0.2)
            ballots = box.results().ballots
            if ballots != seen:
                seen = ballots
                print(f"{ballots} bulletin(s) reçu(s)", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        box.close()  # a ballot being committed ends before the file is saved
    ballots = box.results().ballots
    if store.saves_on_edit:
        store.close()
        print(f"Vote clos : {ballots} bulletin(s), enregistrés sur le serveur.")
        return 0
    try:
        path = store.save()
    except EssdeskError as exc:  # the votes stay in the working copy, offered back at next start
        store.close(keep_working_copy=True)
        raise EssdeskError(f"{exc} Les votes sont conservés dans la copie de travail : essdesk "
                           "la proposera à sa prochaine ouverture.") from None
    store.close()
    print(f"Vote clos : {ballots} bulletin(s), enregistrés dans {path}.")
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    from essdesk.store.opening import return_copy

    merge, address = return_copy(Path(args.file), apply=not args.dry_run)
    done = "à appliquer" if args.dry_run else "appliquées"

    def count(cs) -> int:
        return len(cs.changes) + len(cs.created) + len(cs.removed)

    print(f"Copie rapportée sur {address} : {count(merge.ours)} modification(s) hors ligne, "
          f"{count(merge.theirs)} sur le serveur depuis la copie ; {count(merge.to_apply)} {done}, "
          f"{len(merge.clashes)} en conflit.")
    for c in merge.clashes:
        print(f"  conflit : {c.entity} {c.key} {c.field} — copie : {c.copy!r} ; "
              f"serveur : {c.server!r} (gardé tel quel sur le serveur)")
    return 0


def _date(text: str) -> dt.date:
    from essdesk.domain.fields import parse_date

    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"date invalide « {text} » (JJ/MM/AAAA)")
    return value


_LOCATION = "un fichier .essdesk, ou un diagnostic sur un serveur : postgresql://utilisateur@hôte:port/base#N"


def build_parser() -> FrenchParser:
    from essdesk.models.enums import FiliereMeaning, Scenario, TerritoryKind

    parser = FrenchParser(
        prog="essdesk",
        description="Diagnostic de filière de territoire avec et pour l'ESS (méthode RTES). "
        "Sans commande, ouvre la fenêtre (sur la démo si aucun fichier n'est donné).",
    )
    parser.add_argument("--version", action="version", version=f"essdesk {__version__}",
                        help="affiche la version et quitte")
    sub = parser.add_subparsers(dest="command", title="commandes", parser_class=FrenchParser,
                                metavar="COMMANDE")

    p = sub.add_parser("demo", help="crée le diagnostic de démonstration (filière laine, PNR de Lorraine)")
    p.add_argument("file", metavar="FICHIER")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("new", help="crée un diagnostic vide")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--title", required=True, metavar="TITRE")
    p.add_argument("--territory", metavar="TERRITOIRE")
    p.add_argument("--territory-kind", default="autre", choices=[m.value for m in TerritoryKind])
    p.add_argument("--filiere", metavar="FILIÈRE")
    p.add_argument("--meaning", default="value_chain", choices=[m.value for m in FiliereMeaning])
    p.add_argument("--scenario", default="initiate", choices=[m.value for m in Scenario])
    p.add_argument("--facilitator", metavar="NOM")
    p.add_argument("--date", type=_date, metavar="JJ/MM/AAAA")
    p.add_argument("--referential", metavar="ID",
                   help="référentiel (méthode) du diagnostic, voir « essdesk referential list »")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("referential", help="référentiels (méthodes) : modèle de tableur, import, "
                       "installation, liste, suppression")
    ref = p.add_subparsers(dest="referential_command", title="commandes", parser_class=FrenchParser,
                           metavar="COMMANDE", required=True)
    q = ref.add_parser("import-xlsx", help="lit une méthode écrite dans un tableur et écrit son "
                       "référentiel JSON")
    q.add_argument("source", metavar="TABLEUR.xlsx")
    q.add_argument("out", metavar="SORTIE.json")
    q.set_defaults(run=cmd_referential_import_xlsx)
    q = ref.add_parser("template", help="écrit un tableur modèle, commenté, pour écrire une méthode")
    q.add_argument("out", metavar="MODELE.xlsx")
    q.set_defaults(run=cmd_referential_template)
    q = ref.add_parser("install", help="installe un référentiel (JSON ou tableur .xlsx)")
    q.add_argument("file", metavar="FICHIER")
    q.set_defaults(run=cmd_referential_install)
    q = ref.add_parser("list", help="liste les référentiels livrés et installés")
    q.set_defaults(run=cmd_referential_list)
    q = ref.add_parser("remove", help="supprime un référentiel installé")
    q.add_argument("id", metavar="ID")
    q.set_defaults(run=cmd_referential_remove)

    p = sub.add_parser("info", help="identité, maturité et complétude par étape")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("export-json", help="exporte le diagnostic en JSON")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("out", metavar="SORTIE.json")
    p.set_defaults(run=cmd_export_json)

    p = sub.add_parser("workbook", help="écrit un cahier de saisie (.xlsx) à faire remplir par les partenaires")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--xlsx", metavar="cahier.xlsx", required=True)
    p.add_argument("--sheets", metavar="leviers,acteurs,actions", help="les feuilles à inclure (toutes par défaut)")
    p.add_argument("--anonymise", action="store_true",
                   help="sans les données personnelles (personne de contact, courriel, téléphone)")
    p.set_defaults(run=cmd_workbook)

    p = sub.add_parser("import-workbook", help="reprend un cahier de saisie rempli (aperçu ; --apply pour appliquer)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("workbook", metavar="cahier.xlsx|cahier.ods")
    p.add_argument("--apply", action="store_true", help="applique les modifications (pose d'abord un jalon)")
    p.add_argument("--skip-invalid", action="store_true", help="laisse de côté les lignes invalides")
    p.set_defaults(run=cmd_import_workbook)

    p = sub.add_parser("import-json", help="crée un diagnostic à partir d'un JSON")
    p.add_argument("json", metavar="ENTRÉE.json")
    p.add_argument("file", metavar="FICHIER")
    p.set_defaults(run=cmd_import_json)

    p = sub.add_parser("export", help="exporte en Excel, PDF et/ou Word (DOCX)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--xlsx", metavar="SORTIE.xlsx")
    p.add_argument("--pdf", metavar="SORTIE.pdf")
    p.add_argument("--docx", metavar="SORTIE.docx", help="rapport Word modifiable")
    p.add_argument("--template", metavar="MODÈLE.docx",
                   help="modèle Word du rapport (styles, en-tête, logo ; modèle d'essdesk sinon)")
    p.add_argument("--anonymise", action="store_true",
                   help="retire les données personnelles (contacts, courriels, téléphones, participants)")
    p.add_argument("--emails", action="store_true",
                   help="les rapports PDF et Word montrent les adresses e-mail des acteurs "
                   "(omises sinon)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("minutes", help="compte rendu PDF ou Word d'un atelier (date, participants, votes, décisions, actions)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--session", type=int, required=True, metavar="N",
                   help="numéro de l'atelier (voir « essdesk info »)")
    p.add_argument("--pdf", metavar="SORTIE.pdf")
    p.add_argument("--docx", metavar="SORTIE.docx", help="compte rendu Word modifiable")
    p.add_argument("--template", metavar="MODÈLE.docx", help="modèle Word (avec --docx)")
    p.add_argument("--anonymise", action="store_true",
                   help="remplace les noms des participants par leur nombre et leurs organisations")
    p.set_defaults(run=cmd_minutes)

    p = sub.add_parser("jalon", help="pose, renomme, supprime ou exporte un jalon (instantané daté du diagnostic)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--add", metavar="NOM", help="pose un jalon de ce nom ; affiche son numéro")
    p.add_argument("--delete", type=int, metavar="N", help="supprime le jalon n° N")
    p.add_argument("--rename", nargs=2, metavar=("N", "NOM"), help="renomme le jalon n° N")
    p.add_argument("--export", nargs=2, metavar=("N", "SORTIE.json"),
                   help="exporte le diagnostic tel qu'il était au jalon n° N (format JSON d'échange)")
    p.set_defaults(run=cmd_jalon)

    p = sub.add_parser("jalons", help="liste les jalons (numéro, date, maturité d'ensemble, nom)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.set_defaults(run=cmd_jalons)

    p = sub.add_parser("compare", help="ce qui a changé entre deux jalons, ou depuis un jalon")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--from", dest="source", type=int, required=True, metavar="N", help="jalon de départ")
    p.add_argument("--to", type=int, metavar="M", help="jalon d'arrivée (par défaut : le diagnostic actuel)")
    p.add_argument("--json", metavar="SORTIE.json", help="écrit la comparaison en JSON (voir docs/format.md)")
    p.add_argument("--xlsx", metavar="SORTIE.xlsx", help="classeur : maturité avant → après, changements")
    p.add_argument("--pdf", metavar="SORTIE.pdf", help="rapport PDF de l'évolution")
    p.set_defaults(run=cmd_compare)

    p = sub.add_parser("consolidate", help="plusieurs diagnostics côte à côte (réseau, région)")
    p.add_argument("locations", nargs="+", metavar="FICHIER|ADRESSE|DOSSIER",
                   help="fichiers .essdesk, adresses de serveur, ou un dossier de fichiers")
    p.add_argument("--xlsx", metavar="SORTIE.xlsx", help="classeur : tableau, carte des leviers, "
                   "priorités, pratiques inspirantes, indicateurs")
    p.add_argument("--pdf", metavar="SORTIE.pdf", help="rapport PDF")
    p.add_argument("--anonymise", action="store_true",
                   help="retire les données personnelles (animateurs, responsables, contacts)")
    p.add_argument("--aliases", nargs="?", const="", metavar="A,B,…",
                   help="remplace les territoires par A, B, C… ou par les noms donnés")
    p.set_defaults(run=cmd_consolidate)

    p = sub.add_parser("next", help="les leviers à regarder ensuite, et pourquoi (règles du référentiel)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--compare", nargs="+", default=[], metavar="AUTRE",
                   help="diagnostics comparés (même référentiel) : « réalisé dans 3 des 5 »")
    p.set_defaults(run=cmd_next)

    p = sub.add_parser("check", help="vérifie l'intégrité d'un diagnostic")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("server", help="prépare une base PostgreSQL partagée, ou en liste les diagnostics")
    server = p.add_subparsers(dest="server_command", title="commandes", parser_class=FrenchParser,
                              metavar="COMMANDE", required=True)
    for name, helptext, run in (("init", "installe (ou met à jour) essdesk sur une base ; sans effet s'il y est déjà",
                                 cmd_server_init),
                                ("list", "liste les diagnostics du serveur (numéro, titre, territoire, modification)",
                                 cmd_server_list)):
        q = server.add_parser(name, help=helptext)
        q.add_argument("url", metavar="URL", help="postgresql://utilisateur@hôte:port/base (sans mot de passe)")
        q.add_argument("--schema", metavar="NOM", help="schéma où ranger essdesk (par défaut « essdesk »)")
        q.set_defaults(run=run)
    for name, helptext, run in (
            ("grant", "ouvre un diagnostic à un rôle PostgreSQL (lecture ; --write : écriture aussi)",
             cmd_server_grant),
            ("revoke", "retire à un rôle l'accès à un diagnostic", cmd_server_revoke),
            ("members", "liste les rôles qui voient un diagnostic (lecture ou écriture)",
             cmd_server_members)):
        q = server.add_parser(name, help=helptext)
        q.add_argument("address", metavar="ADRESSE", help="postgresql://…/base#N")
        if name != "members":
            q.add_argument("role", metavar="RÔLE", help="nom du rôle PostgreSQL (createuser)")
        if name == "grant":
            q.add_argument("--write", action="store_true", help="le rôle peut aussi modifier")
        q.set_defaults(run=run)

    p = sub.add_parser("publish", help="copie le diagnostic d'un fichier sur un serveur et affiche son adresse")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("url", metavar="URL", help="postgresql://utilisateur@hôte:port/base")
    p.add_argument("--schema", metavar="NOM", help="schéma d'essdesk sur ce serveur (par défaut « essdesk »)")
    p.set_defaults(run=cmd_publish)

    p = sub.add_parser("copy", help="enregistre une copie hors ligne (.essdesk) d'un diagnostic du serveur")
    p.add_argument("address", metavar="ADRESSE", help="postgresql://…/base#N")
    p.add_argument("out", metavar="SORTIE.essdesk")
    p.set_defaults(run=cmd_copy)

    p = sub.add_parser("vote", help="ouvre un vote sur téléphones pour un atelier, sans fenêtre (Ctrl+C le clôt)")
    p.add_argument("file", metavar="FICHIER|ADRESSE", help=_LOCATION)
    p.add_argument("--session", type=int, required=True, metavar="N",
                   help="numéro de l'atelier (voir « essdesk info »)")
    p.add_argument("--port", type=int, default=8765, metavar="P", help="port (8765 par défaut ; 0 : un port libre)")
    p.add_argument("--bind", default="127.0.0.1", metavar="ADRESSE",
                   help="adresse où écouter : celle de l'ordinateur sur le réseau de la salle "
                   "(127.0.0.1 par défaut : cet ordinateur seulement)")
    p.set_defaults(run=cmd_vote)

    p = sub.add_parser("return", help="rapporte sur le serveur une copie hors ligne (essdesk copy)")
    p.add_argument("file", metavar="COPIE.essdesk")
    p.add_argument("--dry-run", action="store_true", help="dit ce qui changerait, sans rien modifier")
    p.set_defaults(run=cmd_return)

    p = sub.add_parser("backups", help="liste les sauvegardes d'un diagnostic, ou en restaure une")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--restore", type=int, metavar="N", help="restaure la sauvegarde n° N")
    p.set_defaults(run=cmd_backups)
    return parser


COMMANDS = {"demo", "new", "info", "export-json", "import-json", "export", "minutes", "check", "backups",
            "server", "publish", "copy", "return", "jalon", "jalons", "compare", "vote",
            "workbook", "import-workbook", "referential", "next", "consolidate"}


def run_gui(argv: Sequence[str]) -> int:
    # Starting allocates ~10^5 objects that live as long as the window (SQLAlchemy, the models,
    # Qt's wrappers): the cyclic collector would scan them over and over while they are made,
    # 15-40 % of importing the models here. ui.app.run freezes them and turns it back on once
    # the window is built (issue 6).
    gc.disable()
    parser = FrenchParser(prog="essdesk", description="Ouvre la fenêtre d'essdesk.")
    parser.add_argument("file", nargs="?", metavar="FICHIER",
                        help="diagnostic à ouvrir : un fichier .essdesk ou une adresse postgresql://…#N (sinon la démo)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="ouvre la fenêtre, visite chaque vue, fait et défait une modification, puis quitte")
    parser.add_argument("--welcome", action="store_true", help="démarre sur l'écran d'accueil")
    args = parser.parse_args(argv)
    path: Path | str | None
    # store.address.is_address, without importing it (urllib) on the file's start-up path.
    if args.file and args.file.lower().startswith(("postgresql://", "postgres://")):
        path = args.file  # a str: Path() would fold the // of postgresql://
    elif args.file:
        path = Path(args.file)
    elif args.welcome:
        path = None
    else:
        from essdesk.domain.demo import demo_file

        path = demo_file(_referential())
    # Import what the window needs outside Qt before PySide6, whose import hook slows every
    # later import (it reads each new module's source; ~0.3 s for SQLAlchemy; issue 6).
    import essdesk.models.enums  # noqa: F401
    import essdesk.store.working  # noqa: F401

    if path is not None:
        # A document will be opened: the database layer too (SQLAlchemy, its SQLite
        # dialect, the models, the services, the views' queries).
        import sqlalchemy.dialects.sqlite  # noqa: F401
        import sqlalchemy.orm  # noqa: F401

        import essdesk.domain.queries  # noqa: F401
        import essdesk.domain.services  # noqa: F401
        import essdesk.store.document  # noqa: F401
    if isinstance(path, str):
        # A server diagnostic: its driver and dialect too (~240 ms when imported after
        # PySide6's hook is in place, markedly less before it).
        import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401

        import essdesk.store.server  # noqa: F401
    from essdesk.ui.app import run

    return run(path, smoke_test=args.smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
            return run_gui(argv)
        args = build_parser().parse_args(argv)
        return args.run(args)
    except InterchangeError as exc:
        print(f"essdesk : {exc}", file=sys.stderr)
        return EXIT_INVALID
    except EssdeskError as exc:
        print(f"essdesk : {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("essdesk : interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `essdesk info … | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback on the terminal: keep it in a log instead
        log = _log_crash()
        print(f"essdesk : erreur inattendue ({type(exc).__name__}: {exc}). "
              f"Détails dans {log}.", file=sys.stderr)
        return EXIT_ERROR


def _log_crash() -> Path | str:
    try:
        from essdesk import paths

        log = paths.data_dir() / "essdesk-erreurs.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} essdesk {__version__}\n")
            import traceback  # only on a crash: the import costs every command ~5 ms

            fh.write(traceback.format_exc())
        return log
    except OSError:
        return "(journal indisponible)"
