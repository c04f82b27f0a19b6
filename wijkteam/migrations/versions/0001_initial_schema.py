"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 16:50:43.693107

Never edit a revision that has shipped; add a new one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_type", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("status", sa.String(), server_default="concept", nullable=False),
        sa.Column("language", sa.String(), server_default="nl", nullable=False),
        sa.Column("melding_date", sa.Date(), nullable=True),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("meeting_place", sa.String(), nullable=False),
        sa.Column("evaluation_date", sa.Date(), nullable=True),
        sa.Column("plan_b", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_plan_type"), ["plan_type"], unique=False)

    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_role", sa.String(), nullable=False),
        sa.Column("actor_name", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("contact", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.Column("support", sa.String(), nullable=False),
        sa.Column("consent_named", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "private_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("include", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("private_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_private_note_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "process_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("process_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_process_note_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "process_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "key", name="uq_process_step_plan_key"),
    )
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_process_step_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("custom", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "key", name="uq_section_plan_key"),
    )
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_section_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "advice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("legal_basis", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["section_id"], ["section.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("advice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advice_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_advice_section_id"), ["section_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), server_default="", nullable=False),
        sa.Column("when_text", sa.String(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("how_we_know", sa.String(), nullable=False),
        sa.Column("checker", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("is_safety", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "version_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("agreed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["version_id"], ["plan_version.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version_id", "participant_id", name="uq_consent_version_person"),
    )
    with op.batch_alter_table("version_consent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_version_consent_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_version_consent_version_id"), ["version_id"], unique=False)

    op.create_table(
        "advice_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advice_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["advice_id"], ["advice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("advice_id"),
    )
    op.create_table(
        "agreement_person",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agreement_id", "participant_id"),
    )


def downgrade() -> None:

    op.drop_table("agreement_person")
    op.drop_table("advice_response")
    with op.batch_alter_table("version_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_consent_version_id"))
        batch_op.drop_index(batch_op.f("ix_version_consent_participant_id"))

    op.drop_table("version_consent")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_plan_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_goal_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("advice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advice_section_id"))
        batch_op.drop_index(batch_op.f("ix_advice_plan_id"))

    op.drop_table("advice")
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_section_plan_id"))

    op.drop_table("section")
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_step_plan_id"))

    op.drop_table("process_step")
    with op.batch_alter_table("process_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_note_plan_id"))

    op.drop_table("process_note")
    with op.batch_alter_table("private_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_private_note_plan_id"))

    op.drop_table("private_note")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_version_plan_id"))

    op.drop_table("plan_version")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_plan_id"))

    op.drop_table("participant")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_plan_id"))

    op.drop_table("goal")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_plan_id"))
        batch_op.drop_index(batch_op.f("ix_change_at"))

    op.drop_table("change")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_plan_type"))

    op.drop_table("plan")
