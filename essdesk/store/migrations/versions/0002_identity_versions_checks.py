"""schema v2: stable uids, row versions, CHECK constraints, foreign-key indexes

Revision ID: 0002
Revises: 0001

- `uid` (UUID text, unique, never changing) on every row a user creates, filled for the rows
  of a v1 file;
- `version` (SQLAlchemy's version_id_col) on every editable table;
- `diagnostic.referential_data`: the diagnostic's own copy of its referential;
- CHECK constraints for the enumerations and ranges, so that a file edited by another tool
  cannot hold a value essdesk would refuse;
- an index on each foreign-key column that lacked one; the lever's step index goes (the
  unique (step_id, code) index serves the same lookups).

The value lists are frozen here, as they were at schema v2: a later enumeration change
comes with its own migration.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UID_TABLES = ("diagnostic", "lever", "actor", "action", "workshop", "participant", "vote")
VERSIONED_TABLES = (*UID_TABLES, "step")

_TERRITORY = ("commune", "communaute_communes", "communaute_agglomeration", "communaute_urbaine",
              "metropole", "departement", "region", "pnr", "petr_pays", "autre")
_CATEGORY = ("association", "cooperative", "scic", "mutuelle", "fondation", "siae", "esat",
             "entreprise_ess", "entreprise_hors_ess", "collectivite", "etat_agence",
             "chambre_consulaire", "reseau_federation", "recherche_enseignement", "financeur",
             "autre")
_CHAIN = ("upstream", "production", "transformation", "distribution", "usage", "end_of_life",
          "support")
_LEVER_STATUS = ("not_assessed", "not_started", "planned", "in_progress", "done",
                 "not_applicable")
_ACTION_STATUS = ("todo", "in_progress", "done", "paused", "abandoned")
_PRIORITY = ("high", "medium", "low", "none")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({listed})"


CHECKS = {
    "diagnostic": {
        "territorykind": _one_of("territory_kind", _TERRITORY),
        "filieremeaning": _one_of("filiere_meaning", ("value_chain", "ecosystem")),
        "scenario": _one_of("scenario", ("initiate", "support")),
    },
    "step": {"number": "number >= 1"},
    "lever": {
        "leverstatus": _one_of("status", _LEVER_STATUS),
        "priority": _one_of("priority", _PRIORITY),
        "weight": "weight BETWEEN 0 AND 10",
    },
    "actor": {
        "actorcategory": _one_of("category", _CATEGORY),
        "chainlink": _one_of("chain_link", _CHAIN),
    },
    "action": {
        "actionstatus": _one_of("status", _ACTION_STATUS),
        "priority": _one_of("priority", _PRIORITY),
        "budget_cents": "budget_cents BETWEEN 0 AND 1000000000000000",
    },
    "workshop": {"dots_per_participant": "dots_per_participant BETWEEN 1 AND 100"},
    "participant": {"position": "position >= 0"},
    "vote": {"dots": "dots >= 1"},
}

NEW_INDEXES = {
    "action": ("pilot_id",),
    "participant": ("actor_id",),
    "vote": ("lever_id", "participant_id"),
    "lever_actor": ("actor_id",),
    "action_lever": ("lever_id",),
    "action_partner": ("actor_id",),
    "workshop_step": ("step_id",),
}


def upgrade() -> None:
    bind = op.get_bind()
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for table in UID_TABLES:
        op.add_column(table, sa.Column("uid", sa.String(36), nullable=True))
        ids = bind.execute(sa.text(f"SELECT id FROM {table}")).scalars().all()
        if ids:
            bind.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                         [{"uid": str(uuid.uuid4()), "id": i} for i in ids])
    op.add_column("diagnostic", sa.Column("referential_data", sa.Text(), nullable=True))

    for table in (*VERSIONED_TABLES, *(t for t in NEW_INDEXES if t not in VERSIONED_TABLES)):
        # SQLite cannot add constraints to a table: batch mode rebuilds it (once per table).
        with op.batch_alter_table(table) as batch:
            if table in UID_TABLES:
                batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
                batch.create_unique_constraint(op.f(f"uq_{table}_uid"), ["uid"])
            for name, condition in CHECKS.get(table, {}).items():
                batch.create_check_constraint(op.f(f"ck_{table}_{name}"), condition)
            for column in NEW_INDEXES.get(table, ()):
                batch.create_index(op.f(f"ix_{table}_{column}"), [column])
            if table == "lever":
                batch.drop_index(op.f("ix_lever_step_id"))


def downgrade() -> None:
    for table in (*VERSIONED_TABLES, *(t for t in NEW_INDEXES if t not in VERSIONED_TABLES)):
        with op.batch_alter_table(table) as batch:
            if table == "lever":
                batch.create_index(op.f("ix_lever_step_id"), ["step_id"])
            for column in NEW_INDEXES.get(table, ()):
                batch.drop_index(op.f(f"ix_{table}_{column}"))
            for name in CHECKS.get(table, {}):
                batch.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
            if table in UID_TABLES:
                batch.drop_constraint(op.f(f"uq_{table}_uid"), type_="unique")
                batch.drop_column("uid")
            if table == "diagnostic":
                batch.drop_column("referential_data")
            batch.drop_column("version")
