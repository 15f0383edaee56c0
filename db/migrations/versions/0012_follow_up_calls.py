"""follow-up calls

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

The follow-up call after delivery (交车回访): the reminder knows the order it follows up, and the
call keeps the customer's answer on the satisfaction scale (很满意 ... 很不满意). The open
reminders' index takes the kind too, so that the lists that leave follow-ups out still count
their cars from the index alone.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('repair_order_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_reminders_repair_order_id_repair_orders'), 'repair_orders', ['repair_order_id'], ['id']
        )
    op.add_column('reminder_contacts', sa.Column('satisfaction', sa.String(length=24), nullable=True))
    op.drop_index('ix_reminders_status_due_date_vehicle_id', table_name='reminders')
    op.create_index(
        'ix_reminders_status_due_date_vehicle_id_kind', 'reminders', ['status', 'due_date', 'vehicle_id', 'kind']
    )


def downgrade() -> None:
    op.drop_index('ix_reminders_status_due_date_vehicle_id_kind', table_name='reminders')
    op.create_index('ix_reminders_status_due_date_vehicle_id', 'reminders', ['status', 'due_date', 'vehicle_id'])
    op.drop_column('reminder_contacts', 'satisfaction')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_reminders_repair_order_id_repair_orders'), type_='foreignkey')
        batch_op.drop_column('repair_order_id')
