"""network map: each person's place in their part of the map, and whom the family invites; a PDF in two languages;
a child's three houses (Drie Huizen)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 03:40:00

Never edit a revision that has shipped; add a new one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Empty for everyone at first: the map places them in the order of their number, and keeps them there from the
    # first change on (``wijkteam.network_map``). Nothing of the family's words changes.
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("map_slot", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("invited", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("print_bilingual", sa.Boolean(), server_default="0", nullable=False))
    op.create_table(
        "child_house",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("drawing", sa.LargeBinary(), nullable=True),
        sa.Column("shared", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_id", "kind", name="uq_child_house_child_kind"),
    )
    with op.batch_alter_table("child_house") as batch:
        batch.create_index(batch.f("ix_child_house_plan_id"), ["plan_id"], unique=False)
        batch.create_index(batch.f("ix_child_house_participant_id"), ["participant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("child_house") as batch:
        batch.drop_index(batch.f("ix_child_house_participant_id"))
        batch.drop_index(batch.f("ix_child_house_plan_id"))
    op.drop_table("child_house")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("print_bilingual")
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("invited")
        batch.drop_column("map_slot")
