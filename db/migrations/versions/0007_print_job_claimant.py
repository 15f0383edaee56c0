"""print job claimant

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

print_jobs.claimed_by: which program sent the job ("host/pid"), written when a counter marks the job
"printing". A program killed while sending leaves that mark; the next start on the same host sees
that the process is gone and settles the job from the spooler's own record instead of waiting for
the mark to go stale. NULL for the jobs already there (their marks go stale as before).
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('print_jobs', sa.Column('claimed_by', sa.String(length=96), nullable=True))


def downgrade() -> None:
    op.drop_column('print_jobs', 'claimed_by')
