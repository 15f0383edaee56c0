"""inspection detail

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

What the inspection sheet keeps beyond the baseline's columns:
- inspections: the interview's answers (JSON by question code), whether the customer waits, the
  sheet's revision and when it was signed (printed for signatures, which locks it: a later change
  makes a new revision), and the handover check at delivery (when, and its note).
- damage_marks: the mark's number on the drawing, the stage it was found at (intake / delivery),
  an optional photo (the image file's bytes and name).
- inspection_items: the check group, a measured reading with its unit, the job's estimate in fen,
  the customer's deferral (until when, why) and the order line an approval became.
Columns only, each with a default for the rows already there; the same statements on both back-ends.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


COLUMNS = {
    'inspections': [
        sa.Column('answers_json', sa.Text(), nullable=False, server_default='{}'),
        sa.Column('customer_waits', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('revision', sa.Integer(), nullable=False, server_default='1'),
        sa.Column('signed_at', sa.DateTime(), nullable=True),
        sa.Column('delivery_checked_at', sa.DateTime(), nullable=True),
        sa.Column('delivery_note', sa.Text(), nullable=False, server_default=''),
    ],
    'damage_marks': [
        sa.Column('number', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('stage', sa.String(length=16), nullable=False, server_default='intake'),
        sa.Column('photo', sa.LargeBinary(), nullable=True),
        sa.Column('photo_name', sa.String(length=128), nullable=False, server_default=''),
    ],
    'inspection_items': [
        sa.Column('group_name', sa.String(length=32), nullable=False, server_default=''),
        sa.Column('reading', sa.Float(), nullable=True),
        sa.Column('unit', sa.String(length=8), nullable=False, server_default=''),
        sa.Column('estimate_fen', sa.Integer(), nullable=True),
        sa.Column('deferred_until', sa.Date(), nullable=True),
        sa.Column('decision_reason', sa.String(length=128), nullable=False, server_default=''),
        # The order line an approval became: a plain reference (SQLite adds no foreign key in place;
        # the line is only ever read through its order).
        sa.Column('order_line_id', sa.Integer(), nullable=True),
    ],
}


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN in place on both back-ends: no table is rebuilt.
    for table, columns in COLUMNS.items():
        for column in columns:
            op.add_column(table, column)


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in reversed(columns):
            op.drop_column(table, column.name)
