"""Voting from phones on the room's own network: a ballot box, its web pages and server."""
