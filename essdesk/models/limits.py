"""Ranges of stored numbers: checked by the services and, again, by the database itself."""

MAX_WEIGHT = 10
MAX_BUDGET_CENTS = 10**15  # a thousand billion euros: beyond is a typo
MAX_DOTS_PER_PARTICIPANT = 100
MAX_INDICATOR_VALUE = 10**15  # as for budgets: beyond is a typo
