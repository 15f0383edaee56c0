"""Persistence: typed SQLAlchemy models, the engine, the unit of work and the migrations."""
