"""Documents, fonts, printer profiles and spooling; no database, no application layer."""
