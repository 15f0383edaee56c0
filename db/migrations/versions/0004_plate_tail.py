"""plate tail

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

The counter finds a car by the last 3-5 characters of its plate ("7404", "W7404" for 粤B·W7404).
vehicles.plate_tail holds the plate's last five characters, last first, computed by the database
(a generated column: virtual on SQLite, stored on PostgreSQL), so that "ends with" is an index
range search and nothing that writes a plate has to keep it. The same expression on SQLite and
PostgreSQL (substr and length); on PostgreSQL the column is COLLATE "C" like the plate.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

PLATE_TAIL_SQL = (
    "substr(plate, length(plate), 1)"
    " || substr(plate, length(plate) - 1, 1)"
    " || substr(plate, length(plate) - 2, 1)"
    " || substr(plate, length(plate) - 3, 1)"
    " || substr(plate, length(plate) - 4, 1)"
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    column_type = sa.String(length=5, collation='C' if postgresql else None)
    # SQLite adds a virtual generated column in place (ALTER TABLE ADD COLUMN), without copying
    # the table; the index computes it once per row.
    op.add_column(
        'vehicles',
        sa.Column('plate_tail', column_type, sa.Computed(PLATE_TAIL_SQL, persisted=postgresql), nullable=True),
    )
    op.create_index(op.f('ix_vehicles_plate_tail'), 'vehicles', ['plate_tail'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_vehicles_plate_tail'), table_name='vehicles')
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.drop_column('plate_tail')
