"""The rules of a diagnostic, Qt-free: the referential, field validation, the services that
edit, the queries that list, scoring, the workshop presenter and timer, the demo."""
