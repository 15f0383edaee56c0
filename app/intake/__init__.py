"""Vehicle intake (接车), repair orders (工单) and the service board: the advisor's use cases.

Reach them through ``Services.intake`` (service.IntakeServices). Every method takes the Actor
first, checks its permission, validates (ValidationError(field, message), Chinese message), does
one unit of work with an audit row, and returns frozen dataclasses. Money is integer fen; times
are aware UTC datetimes (show them with .astimezone()). Edits take the `version` the caller saw:
a stale one raises app.errors.Conflict and nothing is written.

Errors beyond app.errors (errors.py):
    DuplicateVin(ValidationError)        .existing_vehicle_id: link to the vehicle on file
    NeedsConfirmation(ValidationError)   .warnings: tuple[FieldWarning(field, message)];
                                         show them, then call again with confirm_warnings=True

services.intake.models: VehicleModelService (vehicle_models.py)
    list_models(actor) -> list[ModelInfo]; get_model(actor, model_id) -> ModelInfo
    create_model(actor, ModelInput(brand, name, is_nev=False, terms=None)) -> ModelInfo
    update_model(actor, model_id, version, ModelInput) -> ModelInfo      (terms: dealer setting)
    ModelInfo(id, brand, name, is_nev, terms: ModelTerms, version; .display, .warranty_terms())

services.intake.customers: CustomerService (customers.py)
    create(actor, CustomerInput(name, phones=(str | PhoneInput(number, label),...), kind, note))
    update(actor, customer_id, version, CustomerInput) -> CustomerInfo   (the whole form)
    get(actor, customer_id) -> CustomerInfo; find_by_phone(actor, phone) -> list[CustomerInfo]
    CustomerInfo(id, name, name_initials, kind, note, phones: tuple[PhoneInfo], version, ...)
    PhoneInfo(number, extension, kind, label, display, masked, tail4)
    Error fields: name, kind, phones[i]

services.intake.vehicles: VehicleService (vehicles.py)
    check_vin(actor, raw) -> VinStatus(vin, check_digit_ok, warning, existing_vehicle_id)
    create(actor, VehicleInput, confirm_warnings=False) -> VehicleInfo
    create_with_owner(actor, CustomerInput, VehicleInput, confirm_warnings=False)
        -> (CustomerInfo, VehicleInfo)                 (one transaction; owner_id is ignored)
    update(actor, vehicle_id, version, VehicleInput, confirm_warnings=False) -> VehicleInfo
    get(actor, vehicle_id) -> VehicleInfo; list_for_customer(actor, customer_id)
    VehicleInput(vin, model_id, owner_id, plate="", colour="", purchase_date=None,
                 invoice_date=None, delivery_date=None, note="", mileage_km=None)
    VehicleInfo(id, vin, plate, plate_display, model: ModelInfo, owner_id, colour, purchase_date,
                invoice_date, delivery_date, warranty_start, warranty_start_basis,
                last_mileage_km, last_visit_at, note, version)
    Error fields: vin, plate, colour, purchase_date, invoice_date, delivery_date, mileage_km,
                  model_id, owner_id

services.intake.lookup: LookupService (lookup.py)
    search(actor, query, limit=20) -> list[LookupHit]     (call it as the advisor types)
    LookupHit(vehicle_id | None, customer_id, plate, plate_display, vin, model, owner_name,
              phone_masked, last_visit_at, match: MatchKind, match_label, matched)

services.intake.cards: VehicleCardService (card.py)
    open(actor, vehicle_id) -> VehicleCard(vehicle, owner, warranties: tuple[WarrantyStatus],
        mileage_history, open_orders, history (orders with lines), reminders, plate_history,
        alerts: tuple[SanbaoAlert]; .due_reminders)
    WarrantyStatus(kind, label, months, km_limit, start, last_day, active, days_left, km_left,
                   ended_by) — boundaries in warranty.py

services.intake.orders: RepairOrderService (orders.py)
    open_order(actor, OrderInput, confirm_warnings=False) -> OrderInfo   (with .alerts)
    update_order(actor, order_id, version, OrderEdit) -> OrderInfo       (while open)
    approve_estimate(actor, order_id, version, estimate_fen=None) -> OrderInfo
    add_note(actor, order_id, text) -> NoteInfo                          (always allowed)
    cancel_order(actor, order_id, version, reason) -> OrderInfo
    get_order(actor, order_id) / get_by_number(actor, ro_number) -> OrderInfo (notes, events, alerts)
    preview_alerts(actor, vehicle_id, *, statement, job_types, lines, mileage_in) -> alerts
    OrderEdit(mileage_in, job_types, customer_statement="", fuel_level="1/2",
              is_appointment=False, customer_waits=False, promised_at=None, brought_by="",
              brought_by_phone="", lines=(LineInput,...), estimate_fen=None, loan_car=False,
              odometer_changed=False);  OrderInput: an OrderEdit plus (keyword-only) vehicle_id
              and appointment_id=None
    LineInput(kind labour|part|other, description, code="", hours=None, rate_fen=None,
              quantity=None, unit_price_fen=None, amount_fen=None, payer="customer")
    OrderInfo(id, ro_number, ..., status: OrderStatus, status_label, lines: tuple[LineInfo],
              totals: Totals(labour_fen, parts_fen, other_fen, total_fen, by_payer), version,
              notes, events, alerts; .editable, .over_estimate)
    Error fields: mileage_in, job_types, customer_statement, fuel_level, promised_at,
                  brought_by, brought_by_phone, estimate_fen, lines[i].<field>, status, reason

services.intake.board: BoardService (board.py)
    board(actor) -> Board(generated_at, day, columns: tuple[BoardColumn(status, label, cards)],
                          token; .column(status), .late_count)
    change_token(actor) -> str             (poll it; reload the board when it differs)
    move(actor, order_id, version, to_status, note="") -> OrderInfo   (status.TRANSITIONS)
    BoardCard(order_id, ro_number, vehicle_id, plate_display, model, owner_name, advisor_name,
              status, promised_at, late, customer_waits, repair_days, allowed_moves, version, ...)

services.intake.delivery: DeliveryService (delivery.py)
    deliver(actor, order_id, version, DeliveryInput(mileage_out, lines=None, handover_at=None,
            note="")) -> DeliveryResult(order, next_service: NextService(kind, kind_label,
            due_date, due_km, date_by_time, date_by_km, km_per_day, km_per_day_source,
            reminder_id, reminder_created))

services.intake.importer: VehicleImporter (importer.py, import_files.py)
    import_vehicles(actor, path, *, dry_run=False, skip_bad=False) -> ImportReport(accepted,
        rejected, warnings: tuple[ImportIssue(line, field, message)], created, updated,
        unchanged, applied, dry_run, rows, columns; .to_json())
    Raises ValidationError(field="file") for an unreadable file or missing columns.

Vocabularies (status.py): OrderStatus + STATUS_LABELS, TRANSITIONS, JOB_TYPES, Payer +
PAYER_LABELS, LineKind, OTHER_COSTS (towing, loan_car, travel, misc), FUEL_LEVELS.
三包 alerts (alerts.py): SanbaoAlert(kind: AlertKind, severity: Severity, message, ro_numbers).
"""
