"""The cahier's hidden base: the state it was made from, as it travels in its identity sheet.

Format 2 (written now) is JSON lines: a header line (the diagnostic's uid and the field
names of each entity's rows), then one line per row, `[entity, key, [values]]`. The reader
parses each line as soon as it is inflated, so a preview never holds the base's whole text
beside the state parsed from it (3.4 MB on the large diagnostic), and every row's dict is
keyed by the header's own strings (one `json.loads` per line would give each row its own).
Format 1 (cahiers sent before) is one JSON object, still read.

The text is ASCII JSON: one « œ » makes a text take 2 bytes per character once read back;
escaped, 1 byte each.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

#: The entities a base holds rows of, and the text every row must have (what the preview
#: reads of a row before any field).
ROW_NAME = {"lever": "uid", "actor": "name", "action": "title"}
#: Texts up to this length are held once however many rows repeat them (statuses, categories,
#: communes, dates: 1.7 MiB of the large diagnostic's 6.5 MiB of texts, for a 0.2 MiB memo).
_SHARED_UP_TO = 24
_COMPACT = {"separators": (",", ":")}


def base_lines(base: Mapping[str, Any]) -> Iterator[bytes]:
    """Format 2's lines (without their newlines)."""
    fields = {e: list(next(iter(base[e].values()), {})) for e in ROW_NAME}
    yield json.dumps({"diagnostic": base["diagnostic"], "fields": fields}, **_COMPACT).encode()
    for entity, names in fields.items():
        for key, row in base[entity].items():
            if len(row) != len(names):
                raise ValueError(f"{entity} {key}: fields {list(row)} instead of {names}")
            yield json.dumps([entity, key, [row[f] for f in names]], **_COMPACT).encode()


def encode_base(base: Mapping[str, Any]) -> tuple[str, str]:
    """(sha-256 of the base's text, its zlib-compressed base64) for the identity sheet."""
    raw = b"\n".join(base_lines(base))
    return hashlib.sha256(raw).hexdigest(), base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


class BaseReader:
    """The sent state, built from the base's text as it is inflated (`feed`, then `state`).
    A text of the wrong shape raises ValueError (the caller's « modifiée »)."""

    def __init__(self, version: int) -> None:
        self._version = version
        self._pending = bytearray()
        self._fields: dict[str, list[str]] | None = None
        self._base: dict[str, Any] = {}
        self._texts: dict[str, str] = {}

    def feed(self, piece: bytes) -> None:
        self._pending += piece
        if self._version == 1:
            return
        end = self._pending.rfind(b"\n")
        if end >= 0:
            lines = bytes(self._pending[:end]).split(b"\n")
            del self._pending[: end + 1]
            for line in lines:
                self._line(line)

    def state(self) -> Any:
        if self._version == 1:
            text = self._pending.decode()
            self._pending = bytearray()  # hold the bytes or their text, not both
            return json.loads(text)
        self._line(bytes(self._pending))
        self._texts.clear()
        return self._base

    def _line(self, line: bytes) -> None:
        item = json.loads(line)
        if self._fields is None:
            self._header(item)
            return
        if not (
            isinstance(item, list)
            and len(item) == 3
            and item[0] in self._fields
            and isinstance(item[1], str)
            and isinstance(item[2], list)
        ):
            raise ValueError("not a row of the base")
        entity, key, values = item
        texts = self._texts
        values = [
            texts.setdefault(v, v) if type(v) is str and len(v) <= _SHARED_UP_TO else v
            for v in values
        ]
        self._base[entity][key] = dict(zip(self._fields[entity], values, strict=True))  # or ValueError

    def _header(self, item: Any) -> None:
        fields = item.get("fields") if isinstance(item, dict) else None
        if not (
            isinstance(fields, dict)
            and isinstance(item.get("diagnostic"), str)
            and all(
                isinstance(fields.get(e), list) and all(isinstance(f, str) for f in fields[e])
                for e in ROW_NAME
            )
        ):
            raise ValueError("not the header of a base")
        self._fields = {e: fields[e] for e in ROW_NAME}
        self._base = {"diagnostic": item["diagnostic"], **{e: {} for e in ROW_NAME}}
