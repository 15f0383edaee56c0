"""The administration tab: users and roles, and the dealer's settings."""
