"""reminder tasks

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

What working the reminder lists keeps on each reminder: who it is assigned to, the calls made in
its current round (attempts), and whether it ended with the car coming back after a call or a
booking (converted). Columns only, each with a default for the rows already there.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_to', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('converted', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key(batch_op.f('fk_reminders_assigned_to_users'), 'users', ['assigned_to'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_reminders_assigned_to_users'), type_='foreignkey')
        batch_op.drop_column('converted')
        batch_op.drop_column('attempts')
        batch_op.drop_column('assigned_to')
