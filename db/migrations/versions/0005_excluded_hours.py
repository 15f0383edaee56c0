"""excluded hours

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

repair_orders.excluded_hours: the hours the 三包 rule leaves out of the 30 cumulative repair days
(transport of parts made for the VIN, a rescue service's travel ...), recorded on the order. An
integer, 0 for the orders already there. The same statements on SQLite and PostgreSQL: ALTER TABLE
ADD / DROP COLUMN in place (SQLite 3.35 or later drops a column without rebuilding the table, so
the orders' lines, notes and events, which reference it, are never touched).
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'repair_orders', sa.Column('excluded_hours', sa.Integer(), nullable=False, server_default='0')
    )


def downgrade() -> None:
    op.drop_column('repair_orders', 'excluded_hours')
