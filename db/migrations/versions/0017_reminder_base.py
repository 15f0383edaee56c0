"""reminder base

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

The visit a regular service reminder counts from (docs/domain/reminders.md, "Due dates"): its
day and its km. Until now the recompute took the reminder's creation day and its due km less
the model's current interval, so a supervisor's change of the interval left the due km where it
was, and a reminder made at a delivery without 保养 (counted from the last service) was dated
from the delivery.
- reminders.base_date, reminders.base_km: kept for service reminders, empty for every other kind.
- The regular service reminders on file get base_km = due_km less their model's interval as it
  is now (the km they were made from, as long as the interval has not changed); base_date stays
  empty and the recompute keeps counting them from their creation day, which is what they were
  made with unless they came from a delivery without 保养.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Plain ALTER TABLE on both back-ends, as in 0016.


def upgrade() -> None:
    op.add_column("reminders", sa.Column("base_date", sa.Date(), nullable=True))
    op.add_column("reminders", sa.Column("base_km", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE reminders SET base_km = due_km - ("
        " SELECT vehicle_models.service_interval_km FROM vehicles"
        " JOIN vehicle_models ON vehicle_models.id = vehicles.model_id"
        " WHERE vehicles.id = reminders.vehicle_id)"
        " WHERE kind = 'service' AND due_km IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_column("reminders", "base_km")
    op.drop_column("reminders", "base_date")
