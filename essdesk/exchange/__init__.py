"""Diagnostics in and out of essdesk as files other programs read: the JSON interchange."""
