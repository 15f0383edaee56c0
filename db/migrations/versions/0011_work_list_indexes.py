"""work list indexes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

The reminder work lists read, on a million cars: the open reminders by due date with their car
(reminders: status, due_date, vehicle_id: the count of cars and the most urgent first, from the
index alone), the open first-service reminders by due date (reminders: kind, status, due_date),
and the cars by their last visit (vehicles: last_visit_at, for lapsing and lost customers).
"""
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_reminders_status_due_date', table_name='reminders')
    op.create_index('ix_reminders_status_due_date_vehicle_id', 'reminders', ['status', 'due_date', 'vehicle_id'])
    op.create_index('ix_reminders_kind_status_due_date', 'reminders', ['kind', 'status', 'due_date'])
    op.create_index('ix_vehicles_last_visit_at', 'vehicles', ['last_visit_at'])


def downgrade() -> None:
    op.drop_index('ix_vehicles_last_visit_at', table_name='vehicles')
    op.drop_index('ix_reminders_kind_status_due_date', table_name='reminders')
    op.drop_index('ix_reminders_status_due_date_vehicle_id', table_name='reminders')
    op.create_index('ix_reminders_status_due_date', 'reminders', ['status', 'due_date'])
