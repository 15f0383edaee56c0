"""claims and returned pieces

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

What the claims capability keeps beyond the baseline's tables:
- warranty_claims: a provisional number flag, the warranty claimed under, the causal part, the
  labour operations (JSON), the clerk's override reason, the manufacturer's decision (when, the
  rejection reason) and payment (when, how much).
- claim_deductions (new): what the manufacturer took off a claim and why.
- claim_parts: the part's line number in its claim and a hazard flag. Storage moves to the pieces:
  storage_bin, return_box_id and disposition are dropped (a part of quantity 3 is three pieces,
  each with its own tag, bin and box).
- part_labels, now one row per returned piece: the tag's revision and content as printed, the
  piece's state, bin, box, and when and why it was settled (accepted, deducted, scrapped).
- return_boxes: the brand whose rules the box ships under, and when it was closed.
The tables that gain a foreign key or lose columns are rebuilt on SQLite (batch mode) and
altered in place on PostgreSQL.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


CLAIM_COLUMNS = [
    sa.Column('provisional', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column('warranty_kind', sa.String(length=16), nullable=False, server_default=''),
    sa.Column('causal_part_no', sa.String(length=32), nullable=False, server_default=''),
    sa.Column('causal_part_name', sa.String(length=128), nullable=False, server_default=''),
    sa.Column('labour_json', sa.Text(), nullable=False, server_default='[]'),
    sa.Column('override_reason', sa.Text(), nullable=False, server_default=''),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('reject_reason', sa.Text(), nullable=False, server_default=''),
    sa.Column('paid_at', sa.DateTime(), nullable=True),
    sa.Column('paid_fen', sa.Integer(), nullable=False, server_default='0'),
]
BOX_COLUMNS = [
    sa.Column('brand', sa.String(length=32), nullable=False, server_default=''),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
]


def upgrade() -> None:
    for column in CLAIM_COLUMNS:
        op.add_column('warranty_claims', column)
    for column in BOX_COLUMNS:
        op.add_column('return_boxes', column)
    op.create_table(
        'claim_deductions',
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=64), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'],
                                name=op.f('fk_claim_deductions_claim_id_warranty_claims'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_claim_deductions_created_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_deductions')),
    )
    op.create_index(op.f('ix_claim_deductions_claim_id'), 'claim_deductions', ['claim_id'], unique=False)
    with op.batch_alter_table('part_labels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('payload', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('state', sa.String(length=16), nullable=False, server_default='awaiting'))
        batch_op.add_column(sa.Column('storage_bin', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('stored_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('return_box_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('settled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('settle_reason', sa.String(length=128), nullable=False, server_default=''))
        batch_op.create_foreign_key(
            batch_op.f('fk_part_labels_return_box_id_return_boxes'), 'return_boxes', ['return_box_id'], ['id']
        )
        batch_op.create_index(batch_op.f('ix_part_labels_return_box_id'), ['return_box_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_part_labels_state_stored_at'), ['state', 'stored_at'], unique=False)
    # The pieces inherit what their part held: its bin, its box and where it stood.
    op.execute(
        "UPDATE part_labels SET storage_bin = (SELECT p.storage_bin FROM claim_parts p"
        " WHERE p.id = part_labels.claim_part_id),"
        " return_box_id = (SELECT p.return_box_id FROM claim_parts p WHERE p.id = part_labels.claim_part_id),"
        " state = (SELECT p.disposition FROM claim_parts p WHERE p.id = part_labels.claim_part_id)"
    )
    with op.batch_alter_table('claim_parts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('line_no', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('hazardous', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.drop_index(batch_op.f('ix_claim_parts_return_box_id'))
        batch_op.drop_constraint(batch_op.f('fk_claim_parts_return_box_id_return_boxes'), type_='foreignkey')
        batch_op.drop_column('return_box_id')
        batch_op.drop_column('storage_bin')
        batch_op.drop_column('disposition')


def downgrade() -> None:
    with op.batch_alter_table('claim_parts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disposition', sa.String(length=16), nullable=False, server_default='stored'))
        batch_op.add_column(sa.Column('storage_bin', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('return_box_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_claim_parts_return_box_id_return_boxes'), 'return_boxes', ['return_box_id'], ['id']
        )
        batch_op.create_index(batch_op.f('ix_claim_parts_return_box_id'), ['return_box_id'], unique=False)
        batch_op.drop_column('hazardous')
        batch_op.drop_column('line_no')
    # A part takes back its first piece's bin, box and state (the state names are the same).
    first = "SELECT {column} FROM part_labels l WHERE l.claim_part_id = claim_parts.id ORDER BY l.piece_no LIMIT 1"
    op.execute(
        "UPDATE claim_parts SET"
        f" storage_bin = COALESCE(({first.format(column='l.storage_bin')}), ''),"
        f" return_box_id = ({first.format(column='l.return_box_id')}),"
        f" disposition = COALESCE(({first.format(column='l.state')}), 'stored')"
    )
    with op.batch_alter_table('part_labels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_part_labels_state_stored_at'))
        batch_op.drop_index(batch_op.f('ix_part_labels_return_box_id'))
        batch_op.drop_constraint(batch_op.f('fk_part_labels_return_box_id_return_boxes'), type_='foreignkey')
        for name in ('settle_reason', 'settled_at', 'return_box_id', 'stored_at', 'storage_bin', 'state',
                     'payload', 'revision'):
            batch_op.drop_column(name)
    op.drop_index(op.f('ix_claim_deductions_claim_id'), table_name='claim_deductions')
    op.drop_table('claim_deductions')
    for column in reversed(BOX_COLUMNS):
        op.drop_column('return_boxes', column.name)
    for column in reversed(CLAIM_COLUMNS):
        op.drop_column('warranty_claims', column.name)
