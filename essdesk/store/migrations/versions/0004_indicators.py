"""schema v4: impact indicators and their dated values

Revision ID: 0004
Revises: 0003

Two new tables: SQLite creates them as they are, no batch rebuild of an existing table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_RANGE = "BETWEEN -1000000000000000 AND 1000000000000000"


def _identity() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    ]


def upgrade() -> None:
    op.create_table(
        "indicator",
        *_identity(),
        sa.Column("diagnostic_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("lever_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "lever_id IS NULL OR action_id IS NULL", name=op.f("ck_indicator_one_link")
        ),
        sa.CheckConstraint(f"baseline {_RANGE}", name=op.f("ck_indicator_baseline")),
        sa.CheckConstraint(f"target {_RANGE}", name=op.f("ck_indicator_target")),
        sa.CheckConstraint("position >= 0", name=op.f("ck_indicator_position")),
        sa.ForeignKeyConstraint(
            ["diagnostic_id"],
            ["diagnostic.id"],
            ondelete="CASCADE",
            name=op.f("fk_indicator_diagnostic_id_diagnostic"),
        ),
        sa.ForeignKeyConstraint(
            ["lever_id"],
            ["lever.id"],
            ondelete="SET NULL",
            name=op.f("fk_indicator_lever_id_lever"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            ondelete="SET NULL",
            name=op.f("fk_indicator_action_id_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("uid", name=op.f("uq_indicator_uid")),
    )
    for column in ("diagnostic_id", "lever_id", "action_id"):
        op.create_index(op.f(f"ix_indicator_{column}"), "indicator", [column])
    op.create_table(
        "indicator_value",
        *_identity(),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(f"value {_RANGE}", name=op.f("ck_indicator_value_value")),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            ondelete="CASCADE",
            name=op.f("fk_indicator_value_indicator_id_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
        sa.UniqueConstraint("uid", name=op.f("uq_indicator_value_uid")),
    )
    op.create_index(op.f("ix_indicator_value_indicator_id"), "indicator_value", ["indicator_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_indicator_value_indicator_id"), table_name="indicator_value")
    op.drop_table("indicator_value")
    for column in ("diagnostic_id", "lever_id", "action_id"):
        op.drop_index(op.f(f"ix_indicator_{column}"), table_name="indicator")
    op.drop_table("indicator")
