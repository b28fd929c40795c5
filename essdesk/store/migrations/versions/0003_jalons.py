"""schema v3: jalons (named, dated snapshots of the diagnostic)

Revision ID: 0003
Revises: 0002

One new table: SQLite creates it as it is, no batch rebuild of an existing table is needed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jalon",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("diagnostic_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("referential_id", sa.String(100), nullable=False),
        sa.Column("referential_version", sa.String(40), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["diagnostic_id"],
            ["diagnostic.id"],
            ondelete="CASCADE",
            name=op.f("fk_jalon_diagnostic_id_diagnostic"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jalon")),
        sa.UniqueConstraint("uid", name=op.f("uq_jalon_uid")),
    )
    op.create_index(op.f("ix_jalon_diagnostic_id"), "jalon", ["diagnostic_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_jalon_diagnostic_id"), table_name="jalon")
    op.drop_table("jalon")
