"""vehicle papers

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01

The dates the counter reads from a car's papers (docs/domain/reminders.md, "Inspection and
insurance"), so that the annual inspection (年检) and the insurance renewal are reminded before
them. They are recorded, never computed: the inspection schedule has legal detail the program
does not guess.
- vehicles.inspection_due: the last day of the month the 行驶证 says 检验有效期至.
- vehicles.insurance_expires: the insurance policy's end date.
Both empty for the cars on file; no reminder is created here (one is when a date is saved).
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both back-ends (SQLite adds and drops a plain column in place): batch mode's
# copy of the table would try to write the generated plate_tail column, which SQLite refuses.


def upgrade() -> None:
    op.add_column("vehicles", sa.Column("inspection_due", sa.Date(), nullable=True))
    op.add_column("vehicles", sa.Column("insurance_expires", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("vehicles", "insurance_expires")
    op.drop_column("vehicles", "inspection_due")
