"""the whole persoonlijk-plan list: what the citizen expects, the zorgverleners and aanbieders they know, and the pgb
questions, as three new parts of every persoonlijk plan; the Jeugdwet helper: the date of the offer to make a
familiegroepsplan and the date agreed for it

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 07:40:00

Never edit a revision that has shipped; add a new one.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The new parts as this revision adds them: their key, their title frozen here (never the live template, which may
#: change later), the parts they go after (the first one the plan has), and else the parts they go before.
NEW_PARTS = (
    ("verwachting", "Wat verwacht ik van de hulp", ("ondersteuning",), ("natura_pgb", "geholpen", "handtekening")),
    ("aanbieders", "Zorgverleners en aanbieders", ("verwachting",), ("natura_pgb", "geholpen", "handtekening")),
    ("pgb", "Als ik een pgb wil", ("natura_pgb", "aanbieders"), ("geholpen", "handtekening")),
)

_plan = sa.table("plan", sa.column("id", sa.Integer()), sa.column("plan_type", sa.String()))
_section = sa.table(
    "section",
    sa.column("id", sa.Integer()),
    sa.column("plan_id", sa.Integer()),
    sa.column("key", sa.String()),
    sa.column("title", sa.String()),
    sa.column("position", sa.Integer()),
    sa.column("text", sa.Text()),
    sa.column("done", sa.Boolean()),
    sa.column("skipped", sa.Boolean()),
    sa.column("custom", sa.Boolean()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def place(keys: list[str], key: str, after: Sequence[str], before: Sequence[str]) -> int:
    """Where ``key`` goes among the plan's parts in their order: after the first of ``after`` the plan has, else
    before the first of ``before``, else at the end. A part the family renamed keeps its key, so it still counts."""
    for anchor in after:
        if anchor in keys:
            return keys.index(anchor) + 1
    for anchor in before:
        if anchor in keys:
            return keys.index(anchor)
    return len(keys)


def upgrade() -> None:
    # Jeugdwet art. 4.1.2: when the family was offered the chance to make a familiegroepsplan, and the date agreed
    # with the jeugdhulpaanbieder or gecertificeerde instelling. Empty for every plan that exists.
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("offer_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("term_date", sa.Date(), nullable=True))

    # Every persoonlijk plan gets the new parts, empty and never required. Only positions are numbered again:
    # not a byte of a title or a text that exists changes.
    connection = op.get_bind()
    now = datetime.now(UTC)
    plan_ids = connection.execute(
        sa.select(_plan.c.id).where(_plan.c.plan_type == "persoonlijk_plan").order_by(_plan.c.id)
    ).scalars().all()
    for plan_id in plan_ids:
        rows = connection.execute(
            sa.select(_section.c.id, _section.c.key, _section.c.position)
            .where(_section.c.plan_id == plan_id)
            .order_by(_section.c.position, _section.c.id)
        ).all()
        order: list[tuple[int | None, str]] = [(row.id, row.key) for row in rows]
        added = False
        for key, title, after, before in NEW_PARTS:
            keys = [k for _id, k in order]
            if key in keys:
                continue
            order.insert(place(keys, key, after, before), (None, key))
            connection.execute(sa.insert(_section).values(
                plan_id=plan_id, key=key, title=title, position=0, text="", done=False, skipped=False, custom=False,
                updated_at=now,
            ))
            added = True
        if not added:
            continue
        ids = {row.key: row.id for row in connection.execute(
            sa.select(_section.c.key, _section.c.id).where(_section.c.plan_id == plan_id)
        )}
        old = {row.id: row.position for row in rows}
        for position, (section_id, key) in enumerate(order):
            section_id = section_id if section_id is not None else ids[key]
            if old.get(section_id) != position:
                connection.execute(sa.update(_section).where(_section.c.id == section_id).values(position=position))


def downgrade() -> None:
    # Only the new parts the family left empty go; a part they wrote in stays, so nothing they wrote is lost.
    connection = op.get_bind()
    for key, _title, _after, _before in NEW_PARTS:
        connection.execute(sa.delete(_section).where(
            _section.c.key == key, _section.c.custom.is_(False), _section.c.text == "",
            _section.c.plan_id.in_(sa.select(_plan.c.id).where(_plan.c.plan_type == "persoonlijk_plan")),
        ))
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("term_date")
        batch.drop_column("offer_date")
