"""The typed ORM of an essdesk diagnostic (SQLAlchemy 2.0) and its enumerations; no Qt.

Deliberately empty: `essdesk.models.enums` is read at start-up and by the exports without
SQLAlchemy, so the tables are imported from `essdesk.models.tables` (or their own module).
"""
