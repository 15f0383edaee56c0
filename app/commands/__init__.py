"""Subcommands of the `qiantai` command line, one module each."""
