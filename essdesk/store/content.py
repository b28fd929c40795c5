"""Is every value of a document one that essdesk can read? Checked against the model.

SQLite's own checks say the file is a sound database; they do not say that a status is one
of essdesk's statuses, that a date exists, or that the `vote` table is still there. A file
edited by another SQLite tool can hold all of these, and essdesk would only find out half-way
through an export. So before a document is used, every column is checked against what the
ORM declares (enumerations, dates, numbers, booleans, NOT NULL, the model's CHECK
constraints) and the first bad row is named, in French, with what to do.

The rules are derived from `Base.metadata`: one truth for the schema, the migrations and this
check. They are plain SQL over a DB-API connection, so they run on a working copy before its
upgrade (a version-1 file has no CHECK constraints to stop such values).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Boolean, CheckConstraint, Date, Float, Integer, LargeBinary, Table
from sqlalchemy import Enum as SAEnum
from sqlalchemy.sql.expression import TextClause

TABLE_NAMES = {
    "diagnostic": "diagnostic",
    "step": "étape",
    "lever": "levier",
    "actor": "acteur",
    "action": "action",
    "workshop": "atelier",
    "participant": "participant",
    "vote": "vote",
    "lever_actor": "lien levier–acteur",
    "action_lever": "lien action–levier",
    "action_partner": "lien action–partenaire",
    "workshop_step": "lien atelier–étape",
    "jalon": "jalon",
    "indicator": "indicateur",
    "indicator_value": "valeur d'indicateur",
}

#: Tables a later schema added: an older file (checked before its upgrade) has none yet.
LATER_TABLES = {"jalon", "indicator", "indicator_value"}


@dataclass(frozen=True)
class Rule:
    table: str
    column: str | None
    where: str  # SQL condition true for a bad row
    what: str  # French: what is wrong with such a row


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_rules(table: Table) -> Iterator[Rule]:
    for column in table.columns:
        name, q = column.name, _quote(column.name)
        kind = column.type
        if not column.nullable and not column.primary_key:
            yield Rule(table.name, name, f"{q} IS NULL", "valeur manquante")
        if isinstance(kind, SAEnum):
            allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in kind.enums)
            yield Rule(table.name, name, f"{q} IS NOT NULL AND {q} NOT IN ({allowed})",
                       "valeur inconnue")
        elif isinstance(kind, Boolean):
            yield Rule(table.name, name, f"{q} IS NOT NULL AND {q} NOT IN (0, 1)",
                       "valeur oui/non invalide")
        elif isinstance(kind, Date):
            # With a modifier, date() normalises 2026-02-30 to 2026-03-02: a date that exists
            # is its own normal form.
            yield Rule(table.name, name,
                       f"{q} IS NOT NULL AND (typeof({q}) != 'text' OR date({q}, '+0 days') IS NOT {q})",
                       "date invalide (attendu : AAAA-MM-JJ, une date qui existe)")
        elif isinstance(kind, LargeBinary):
            yield Rule(table.name, name, f"typeof({q}) NOT IN ('blob', 'null')", "données binaires attendues")
        elif isinstance(kind, Float):
            yield Rule(table.name, name, f"typeof({q}) NOT IN ('real', 'integer', 'null')",
                       "nombre attendu")
        elif isinstance(kind, Integer):
            yield Rule(table.name, name, f"typeof({q}) NOT IN ('integer', 'null')",
                       "nombre entier attendu")
        else:
            yield Rule(table.name, name, f"typeof({q}) NOT IN ('text', 'null')", "texte attendu")
    checks = [
        c for c in table.constraints
        if isinstance(c, CheckConstraint) and isinstance(c.sqltext, TextClause)
    ]
    # The model's own range checks (enumerations are covered above with a clearer message),
    # in the order of their text: table.constraints is a set, and a file with two bad values
    # would name one or the other from one run to the next.
    for constraint in sorted(checks, key=lambda c: str(c.sqltext)):
        column = next((c.name for c in table.columns if c.name in str(constraint.sqltext)), None)
        yield Rule(table.name, column, f"NOT ({constraint.sqltext})",
                   f"valeur hors limites ({constraint.sqltext})")


def _tables() -> list[Table]:
    from essdesk.models.tables import Base

    return list(Base.metadata.sorted_tables)


def _present_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def first_problem(conn: sqlite3.Connection, *, complete: bool = True) -> str | None:
    """The first value essdesk cannot read, in French; None when every row is sound.

    `complete` requires every column of the current schema; an older file (before its
    upgrade) is checked on the columns it has.
    """
    existing = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = _tables()
    for table in tables:
        if table.name not in existing and (complete or table.name not in LATER_TABLES):
            return f"la table « {table.name} » ({TABLE_NAMES.get(table.name, table.name)}) manque"
    for table in tables:
        if table.name not in existing:
            continue
        present = _present_columns(conn, table.name)
        label = TABLE_NAMES.get(table.name, table.name)
        missing = [c.name for c in table.columns if c.name not in present]
        if missing and complete:
            return f"la colonne « {missing[0]} » de la table « {table.name} » ({label}) manque"
        for rule in _column_rules(table):
            if rule.column is not None and rule.column not in present:
                continue
            try:
                select = f"SELECT rowid, {_quote(rule.column)}" if rule.column else "SELECT rowid, NULL"
                row = conn.execute(f"{select} FROM {_quote(table.name)} WHERE {rule.where} "
                                   "ORDER BY rowid LIMIT 1").fetchone()
            except sqlite3.OperationalError:
                continue  # a range check on a column this (older) file does not have
            if row is not None:
                where = f"table « {table.name} » ({label}), ligne {row[0]}"
                if rule.column:
                    where += f", colonne « {rule.column} »"
                value = "" if rule.what == "valeur manquante" else f" : {_show(row[1])}"
                return f"{where} : {rule.what}{value}"
    count = conn.execute("SELECT count(*) FROM diagnostic").fetchone()[0]
    if count != 1:
        return f"la table « diagnostic » contient {count} lignes au lieu d'une seule"
    return None
