"""Use cases of the counter: rules, validation, permissions and audit. No Qt widgets here."""

__version__ = "0.1.0"
