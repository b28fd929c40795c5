"""Where a diagnostic lives: the `.essdesk` file (working copy, atomic save, backups,
recovery) and its schema. Everything SQLite-specific stays in this package."""
