"""intake search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

A phone's extension gets its own column. On PostgreSQL the columns the counter's lookup searches
by prefix are kept under COLLATE "C", so an index range scan means exactly "starts with" whatever
the database collation (SQLite compares bytewise already).
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SEARCH_COLUMNS = (
    ('customers', 'name', 64, False),
    ('customers', 'name_initials', 32, False),
    ('vehicles', 'vin_reversed', 17, False),
    ('vehicles', 'plate', 10, True),
    ('plate_history', 'plate', 10, False),
)


def _set_collation(collation: str | None) -> None:
    for table, column, length, nullable in SEARCH_COLUMNS:
        op.alter_column(
            table, column,
            existing_type=sa.String(length=length), existing_nullable=nullable,
            type_=sa.String(length=length, collation=collation),
        )


def upgrade() -> None:
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extension', sa.String(length=8), server_default='', nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        _set_collation('C')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _set_collation(None)
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_column('extension')
