"""document kinds

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Document kinds get their stable, hyphenated names (intake-sheet, part-tags, box-label ...), in
the print jobs and in the printer profiles kept in the dealer settings. The old repair_order kind
was the intake sheet under another name: its jobs become intake-sheet jobs, and its profile
serves the intake sheet when that had none. The intake sheet is printed 一式两联: a stored
intake-sheet profile with the old default of 1 copy asks for 2 (any other number is kept). A
test page's reference names the profile it tested ("a4:intake_sheet" -> "a4:intake-sheet").

Data only; the same statements on SQLite and PostgreSQL.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

RENAMED = {
    'intake_sheet': 'intake-sheet',
    'inspection_sheet': 'inspection-sheet',
    'part_tag': 'part-tags',
    'return_box_label': 'box-label',
    'reminder_letter': 'reminder-letter',
    'daily_report': 'daily-report',
    'test_page': 'test-page',
}
MERGED = {'repair_order': 'intake-sheet'}  # not brought back by a downgrade
PROFILES_KEY = 'printer_profiles'
INTAKE_SHEET_COPIES = 2

print_jobs = sa.table('print_jobs', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                      sa.column('document_ref', sa.String))
settings = sa.table('dealer_settings', sa.column('key', sa.String), sa.column('value_json', sa.Text))


def _rename_jobs(names: dict[str, str], test_page: str) -> None:
    bind = op.get_bind()
    for old, new in names.items():
        bind.execute(print_jobs.update().where(print_jobs.c.kind == old).values(kind=new))
    # A test page's reference is "<a4|label>:<the kind whose profile it tested>".
    rows = bind.execute(
        sa.select(print_jobs.c.id, print_jobs.c.document_ref).where(print_jobs.c.kind == test_page)
    ).all()
    for job_id, ref in rows:
        variant, sep, tested = ref.partition(':')
        if sep and tested in names:
            bind.execute(
                print_jobs.update().where(print_jobs.c.id == job_id)
                .values(document_ref=f'{variant}:{names[tested]}')
            )


def _rewrite_profiles(change: Callable[[dict], dict]) -> None:  # type: ignore[type-arg]
    bind = op.get_bind()
    text = bind.execute(sa.select(settings.c.value_json).where(settings.c.key == PROFILES_KEY)).scalar()
    if text is None:
        return
    stored = json.loads(text)
    if not isinstance(stored, dict):
        return
    bind.execute(
        settings.update().where(settings.c.key == PROFILES_KEY)
        .values(value_json=json.dumps(change(stored), ensure_ascii=False, sort_keys=True))
    )


def _new_profiles(stored: dict) -> dict:  # type: ignore[type-arg]
    profiles = {RENAMED.get(kind, kind): value for kind, value in stored.items() if kind not in MERGED}
    for old, new in MERGED.items():
        if old in stored and new not in profiles:
            profiles[new] = stored[old]
    sheet = profiles.get('intake-sheet')
    if isinstance(sheet, dict) and sheet.get('copies', 1) == 1:
        profiles['intake-sheet'] = {**sheet, 'copies': INTAKE_SHEET_COPIES}
    return profiles


def _old_profiles(stored: dict) -> dict:  # type: ignore[type-arg]
    back = {new: old for old, new in RENAMED.items()}
    return {back.get(kind, kind): value for kind, value in stored.items()}


def upgrade() -> None:
    _rename_jobs({**RENAMED, **MERGED}, 'test-page')
    _rewrite_profiles(_new_profiles)


def downgrade() -> None:
    _rename_jobs({new: old for old, new in RENAMED.items()}, 'test_page')
    _rewrite_profiles(_old_profiles)
