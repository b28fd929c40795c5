"""essdesk: offline diagnostics of a filière de territoire avec et pour l'ESS."""

__version__ = "0.1.0"
