"""baseline

Revision ID: 0001
Revises: 
Create Date: 2026-11-27

The whole counter schema, plus triggers that keep the audit log append-only.
"""
from alembic import op
import sqlalchemy as sa
import db.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customers',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_initials', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('anonymised_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_name_initials'), ['name_initials'], unique=False)

    op.create_table('return_boxes',
    sa.Column('box_no', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('shipped_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('carrier', sa.String(length=64), nullable=False),
    sa.Column('waybill', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_boxes')),
    sa.UniqueConstraint('box_no', name=op.f('uq_return_boxes_box_no'))
    )
    op.create_table('ro_sequences',
    sa.Column('day', sa.String(length=8), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_ro_sequences'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', db.types.UTCDateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('vehicle_models',
    sa.Column('brand', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('is_nev', sa.Boolean(), nullable=False),
    sa.Column('basic_warranty_months', sa.Integer(), nullable=False),
    sa.Column('basic_warranty_km', sa.Integer(), nullable=False),
    sa.Column('sanbao_months', sa.Integer(), nullable=False),
    sa.Column('sanbao_km', sa.Integer(), nullable=False),
    sa.Column('repair_warranty_months', sa.Integer(), nullable=False),
    sa.Column('repair_warranty_km', sa.Integer(), nullable=False),
    sa.Column('battery_warranty_months', sa.Integer(), nullable=True),
    sa.Column('battery_warranty_km', sa.Integer(), nullable=True),
    sa.Column('first_service_months', sa.Integer(), nullable=False),
    sa.Column('first_service_km', sa.Integer(), nullable=False),
    sa.Column('service_interval_months', sa.Integer(), nullable=False),
    sa.Column('service_interval_km', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle_models')),
    sa.UniqueConstraint('brand', 'name', name=op.f('uq_vehicle_models_brand_name'))
    )
    op.create_table('audit_log',
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_log_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_entity_id'), ['entity', 'entity_id'], unique=False)

    op.create_table('customer_phones',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('tail4', sa.String(length=4), nullable=False),
    sa.Column('label', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_phones_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_phones'))
    )
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_phones_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phones_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phones_tail4'), ['tail4'], unique=False)

    op.create_table('dealer_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_dealer_settings_updated_by_users')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_dealer_settings'))
    )
    op.create_table('print_jobs',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('document_ref', sa.String(length=64), nullable=False),
    sa.Column('printer', sa.String(length=128), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_attempt_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('printed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_print_jobs_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_jobs_status_created_at'), ['status', 'created_at'], unique=False)

    op.create_table('vehicles',
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('vin_reversed', sa.String(length=17), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=True),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('colour', sa.String(length=32), nullable=False),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('invoice_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('last_mileage_km', sa.Integer(), nullable=True),
    sa.Column('last_visit_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['vehicle_models.id'], name=op.f('fk_vehicles_model_id_vehicle_models')),
    sa.ForeignKeyConstraint(['owner_id'], ['customers.id'], name=op.f('fk_vehicles_owner_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicles')),
    sa.UniqueConstraint('vin', name=op.f('uq_vehicles_vin'))
    )
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicles_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vehicles_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_vehicles_vin_reversed'), ['vin_reversed'], unique=False)

    op.create_table('appointments',
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('scheduled_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('job_type', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['users.id'], name=op.f('fk_appointments_advisor_id_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_appointments_customer_id_customers')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_appointments_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointments_scheduled_at'), ['scheduled_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('plate_history',
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=False),
    sa.Column('valid_from', db.types.UTCDateTime(), nullable=False),
    sa.Column('valid_to', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_plate_history_vehicle_id_vehicles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate_history'))
    )
    with op.batch_alter_table('plate_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plate_history_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_plate_history_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('repair_orders',
    sa.Column('ro_number', sa.String(length=24), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('promised_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('delivered_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('mileage_in', sa.Integer(), nullable=False),
    sa.Column('mileage_out', sa.Integer(), nullable=True),
    sa.Column('fuel_level', sa.String(length=4), nullable=False),
    sa.Column('customer_statement', sa.Text(), nullable=False),
    sa.Column('job_types', sa.String(length=64), nullable=False),
    sa.Column('is_appointment', sa.Boolean(), nullable=False),
    sa.Column('customer_waits', sa.Boolean(), nullable=False),
    sa.Column('brought_by', sa.String(length=64), nullable=False),
    sa.Column('brought_by_phone', sa.String(length=24), nullable=False),
    sa.Column('estimate_fen', sa.Integer(), nullable=False),
    sa.Column('estimate_approved', sa.Boolean(), nullable=False),
    sa.Column('labour_fen', sa.Integer(), nullable=False),
    sa.Column('parts_fen', sa.Integer(), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('loan_car', sa.Boolean(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['users.id'], name=op.f('fk_repair_orders_advisor_id_users')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_repair_orders_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_repair_orders_customer_id_customers')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_repair_orders_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_orders')),
    sa.UniqueConstraint('ro_number', name=op.f('uq_repair_orders_ro_number'))
    )
    with op.batch_alter_table('repair_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_orders_advisor_id_opened_at'), ['advisor_id', 'opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_orders_delivered_at'), ['delivered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_orders_opened_at'), ['opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_orders_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_orders_vehicle_id_opened_at'), ['vehicle_id', 'opened_at'], unique=False)

    op.create_table('complaints',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('repair_order_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('assigned_to', sa.Integer(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('closed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to'], ['users.id'], name=op.f('fk_complaints_assigned_to_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_complaints_customer_id_customers')),
    sa.ForeignKeyConstraint(['opened_by'], ['users.id'], name=op.f('fk_complaints_opened_by_users')),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_complaints_repair_order_id_repair_orders')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_complaints_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaints_status_opened_at'), ['status', 'opened_at'], unique=False)

    op.create_table('inspections',
    sa.Column('repair_order_id', sa.Integer(), nullable=False),
    sa.Column('symptom', sa.Text(), nullable=False),
    sa.Column('since', sa.String(length=64), nullable=False),
    sa.Column('frequency', sa.String(length=16), nullable=False),
    sa.Column('conditions_json', sa.Text(), nullable=False),
    sa.Column('location', sa.String(length=128), nullable=False),
    sa.Column('earlier_repairs', sa.Text(), nullable=False),
    sa.Column('warning_lights_json', sa.Text(), nullable=False),
    sa.Column('tyres_json', sa.Text(), nullable=False),
    sa.Column('items_in_car_json', sa.Text(), nullable=False),
    sa.Column('valuables_reminded', sa.Boolean(), nullable=False),
    sa.Column('keep_old_parts', sa.Boolean(), nullable=False),
    sa.Column('wash', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_inspections_repair_order_id_repair_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections')),
    sa.UniqueConstraint('repair_order_id', name=op.f('uq_inspections_repair_order_id'))
    )
    op.create_table('mileage_readings',
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('read_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('km', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('repair_order_id', sa.Integer(), nullable=True),
    sa.Column('odometer_changed', sa.Boolean(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_mileage_readings_repair_order_id_repair_orders')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mileage_readings_user_id_users')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_mileage_readings_vehicle_id_vehicles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mileage_readings'))
    )
    with op.batch_alter_table('mileage_readings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mileage_readings_vehicle_id_read_at'), ['vehicle_id', 'read_at'], unique=False)

    op.create_table('ro_lines',
    sa.Column('repair_order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(length=128), nullable=False),
    sa.Column('hours', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=True),
    sa.Column('rate_fen', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Numeric(precision=10, scale=2, asdecimal=False), nullable=True),
    sa.Column('unit_price_fen', sa.Integer(), nullable=True),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('payer', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_ro_lines_repair_order_id_repair_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ro_lines'))
    )
    with op.batch_alter_table('ro_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ro_lines_repair_order_id'), ['repair_order_id'], unique=False)

    op.create_table('ro_notes',
    sa.Column('repair_order_id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_ro_notes_repair_order_id_repair_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_ro_notes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ro_notes'))
    )
    with op.batch_alter_table('ro_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ro_notes_repair_order_id'), ['repair_order_id'], unique=False)

    op.create_table('ro_status_events',
    sa.Column('repair_order_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_ro_status_events_repair_order_id_repair_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_ro_status_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ro_status_events'))
    )
    with op.batch_alter_table('ro_status_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ro_status_events_repair_order_id_at'), ['repair_order_id', 'at'], unique=False)

    op.create_table('warranty_claims',
    sa.Column('claim_no', sa.String(length=32), nullable=False),
    sa.Column('repair_order_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('fault_code', sa.String(length=32), nullable=False),
    sa.Column('fault_name', sa.String(length=128), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('submitted_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_warranty_claims_created_by_users')),
    sa.ForeignKeyConstraint(['repair_order_id'], ['repair_orders.id'], name=op.f('fk_warranty_claims_repair_order_id_repair_orders')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_warranty_claims_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_claims')),
    sa.UniqueConstraint('claim_no', name=op.f('uq_warranty_claims_claim_no'))
    )
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_claims_repair_order_id'), ['repair_order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_status_created_at'), ['status', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_claims_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('claim_parts',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('part_no', sa.String(length=32), nullable=False),
    sa.Column('part_name', sa.String(length=128), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('supplier_code', sa.String(length=32), nullable=False),
    sa.Column('damage_reason', sa.String(length=128), nullable=False),
    sa.Column('responsible_supplier_code', sa.String(length=32), nullable=False),
    sa.Column('storage_bin', sa.String(length=32), nullable=False),
    sa.Column('return_box_id', sa.Integer(), nullable=True),
    sa.Column('disposition', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_claim_parts_claim_id_warranty_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['return_box_id'], ['return_boxes.id'], name=op.f('fk_claim_parts_return_box_id_return_boxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_parts'))
    )
    with op.batch_alter_table('claim_parts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_parts_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_parts_return_box_id'), ['return_box_id'], unique=False)

    op.create_table('damage_marks',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('view', sa.String(length=8), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=128), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_damage_marks_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_damage_marks'))
    )
    with op.batch_alter_table('damage_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_damage_marks_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('inspection_items',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('rating', sa.String(length=8), nullable=False),
    sa.Column('recommended_job', sa.String(length=128), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_items_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_items'))
    )
    with op.batch_alter_table('inspection_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_items_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('part_labels',
    sa.Column('claim_part_id', sa.Integer(), nullable=False),
    sa.Column('piece_no', sa.Integer(), nullable=False),
    sa.Column('barcode', sa.String(length=64), nullable=False),
    sa.Column('first_printed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('last_print_job_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_part_id'], ['claim_parts.id'], name=op.f('fk_part_labels_claim_part_id_claim_parts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['last_print_job_id'], ['print_jobs.id'], name=op.f('fk_part_labels_last_print_job_id_print_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part_labels')),
    sa.UniqueConstraint('barcode', name=op.f('uq_part_labels_barcode')),
    sa.UniqueConstraint('claim_part_id', 'piece_no', name=op.f('uq_part_labels_claim_part_id_piece_no'))
    )
    op.create_table('reminders',
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('due_km', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('next_call_date', sa.Date(), nullable=True),
    sa.Column('inspection_item_id', sa.Integer(), nullable=True),
    sa.Column('lost_reason', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('closed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_reminders_customer_id_customers')),
    sa.ForeignKeyConstraint(['inspection_item_id'], ['inspection_items.id'], name=op.f('fk_reminders_inspection_item_id_inspection_items')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_reminders_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders'))
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_status_due_date'), ['status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('reminder_contacts',
    sa.Column('reminder_id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('callback_date', sa.Date(), nullable=True),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_reminder_contacts_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['reminder_id'], ['reminders.id'], name=op.f('fk_reminder_contacts_reminder_id_reminders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_reminder_contacts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_contacts'))
    )
    with op.batch_alter_table('reminder_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_contacts_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_contacts_reminder_id_at'), ['reminder_id', 'at'], unique=False)


    _audit_log_append_only()

def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    with op.batch_alter_table('reminder_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_contacts_reminder_id_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_contacts_at'))

    op.drop_table('reminder_contacts')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminders_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_status_due_date'))

    op.drop_table('reminders')
    op.drop_table('part_labels')
    with op.batch_alter_table('inspection_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_items_inspection_id'))

    op.drop_table('inspection_items')
    with op.batch_alter_table('damage_marks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_damage_marks_inspection_id'))

    op.drop_table('damage_marks')
    with op.batch_alter_table('claim_parts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_parts_return_box_id'))
        batch_op.drop_index(batch_op.f('ix_claim_parts_claim_id'))

    op.drop_table('claim_parts')
    with op.batch_alter_table('warranty_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_claims_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_status_created_at'))
        batch_op.drop_index(batch_op.f('ix_warranty_claims_repair_order_id'))

    op.drop_table('warranty_claims')
    with op.batch_alter_table('ro_status_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ro_status_events_repair_order_id_at'))

    op.drop_table('ro_status_events')
    with op.batch_alter_table('ro_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ro_notes_repair_order_id'))

    op.drop_table('ro_notes')
    with op.batch_alter_table('ro_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ro_lines_repair_order_id'))

    op.drop_table('ro_lines')
    with op.batch_alter_table('mileage_readings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mileage_readings_vehicle_id_read_at'))

    op.drop_table('mileage_readings')
    op.drop_table('inspections')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaints_status_opened_at'))

    op.drop_table('complaints')
    with op.batch_alter_table('repair_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_orders_vehicle_id_opened_at'))
        batch_op.drop_index(batch_op.f('ix_repair_orders_status'))
        batch_op.drop_index(batch_op.f('ix_repair_orders_opened_at'))
        batch_op.drop_index(batch_op.f('ix_repair_orders_delivered_at'))
        batch_op.drop_index(batch_op.f('ix_repair_orders_advisor_id_opened_at'))

    op.drop_table('repair_orders')
    with op.batch_alter_table('plate_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plate_history_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_plate_history_plate'))

    op.drop_table('plate_history')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_appointments_scheduled_at'))

    op.drop_table('appointments')
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicles_vin_reversed'))
        batch_op.drop_index(batch_op.f('ix_vehicles_plate'))
        batch_op.drop_index(batch_op.f('ix_vehicles_owner_id'))

    op.drop_table('vehicles')
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_status_created_at'))

    op.drop_table('print_jobs')
    op.drop_table('dealer_settings')
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_phones_tail4'))
        batch_op.drop_index(batch_op.f('ix_customer_phones_number'))
        batch_op.drop_index(batch_op.f('ix_customer_phones_customer_id'))

    op.drop_table('customer_phones')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('vehicle_models')
    op.drop_table('users')
    op.drop_table('ro_sequences')
    op.drop_table('return_boxes')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_name_initials'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))

    op.drop_table('customers')


_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)

_PG_TRIGGERS = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
)


def _audit_log_append_only() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_TRIGGERS if dialect == "sqlite" else _PG_TRIGGERS:
        op.execute(statement)
