"""complaint handling

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Handling complaints (app.reports, docs/domain/complaints.md):
- complaints.reply_due_at: the first reply is due by then (the dealer's rule, 24 hours by
  default); the complaints already on file get their opening plus 24 hours.
- complaints.replied_at: the first handling entry or the closing; a closed complaint on file was
  answered when it was closed.
- complaints.customer_satisfied: whether the customer accepted the resolution (asked at closing).
- complaint_actions (new): the complaint's log: who, when, what was said or done, assigned,
  closed, reopened.
- The category an unhappy follow-up call gave ("交车回访不满意") becomes "other": the channel
  already says it came from the follow-up call.
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

DEFAULT_REPLY = dt.timedelta(hours=24)
FOLLOW_UP_CATEGORY = '交车回访不满意'

complaints = sa.table(
    'complaints',
    sa.column('id', sa.Integer()),
    sa.column('opened_at', sa.DateTime()),
    sa.column('closed_at', sa.DateTime()),
    sa.column('category', sa.String()),
    sa.column('reply_due_at', sa.DateTime()),
    sa.column('replied_at', sa.DateTime()),
    sa.column('status', sa.String()),
)


def upgrade() -> None:
    op.add_column('complaints', sa.Column('reply_due_at', sa.DateTime(), nullable=True))
    op.add_column('complaints', sa.Column('replied_at', sa.DateTime(), nullable=True))
    op.add_column('complaints', sa.Column('customer_satisfied', sa.Boolean(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.select(complaints.c.id, complaints.c.opened_at, complaints.c.closed_at)).all()
    for complaint_id, opened_at, closed_at in rows:
        conn.execute(
            complaints.update()
            .where(complaints.c.id == complaint_id)
            .values(reply_due_at=opened_at + DEFAULT_REPLY, replied_at=closed_at)
        )
    conn.execute(
        complaints.update().where(complaints.c.category == FOLLOW_UP_CATEGORY).values(category='other')
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.alter_column('reply_due_at', existing_type=sa.DateTime(), nullable=False)
    op.create_table(
        'complaint_actions',
        sa.Column('complaint_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'],
                                name=op.f('fk_complaint_actions_complaint_id_complaints'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_complaint_actions_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_actions')),
    )  # fmt: skip
    op.create_index(op.f('ix_complaint_actions_complaint_id'), 'complaint_actions', ['complaint_id'], unique=False)


def downgrade() -> None:
    # The program before this knows a complaint open or closed only.
    op.get_bind().execute(complaints.update().where(complaints.c.status == 'in_progress').values(status='open'))
    op.drop_index(op.f('ix_complaint_actions_complaint_id'), table_name='complaint_actions')
    op.drop_table('complaint_actions')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_column('customer_satisfied')
        batch_op.drop_column('replied_at')
        batch_op.drop_column('reply_due_at')
