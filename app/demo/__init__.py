"""A realistic, reproducible demo dealer: vehicles, owners and a history of repair orders."""

from app.demo.generate import DemoLogin, DemoOptions, DemoRefused, DemoSummary, generate_demo

__all__ = ["DemoLogin", "DemoOptions", "DemoRefused", "DemoSummary", "generate_demo"]
