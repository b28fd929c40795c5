"""Table models: one per list, answering from plain row tuples (essdesk.domain.queries)."""
