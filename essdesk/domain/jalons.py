"""Jalons: what a snapshot holds and how it is read back (issue 18 §1). No Qt.

A jalon stores the interchange data of the diagnostic (`to_dict(...)`), zstd-compressed (zlib before 2026-12; both read), and
the scores as they were computed when it was posted. Reading a jalon never recomputes
anything: its maturity is the one the group saw that day.

The data is stored as compact JSON (no indentation): the canonical text is a function of
the data, so `interchange.dumps(decode(blob))` gives back the export's bytes exactly, and
compact JSON is written ~2× faster (the C encoder) and compresses ~5 % smaller (issue 18:
a jalon of the large diagnostic costs less than one JSON export, and ≤ 20 % of the file).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from typing import Any, NamedTuple

from essdesk.domain.scoring import DiagnosticScore, Score

LEVEL = 3  # zstd: level 6 saves 4 % more for 3× the time (bench/README.md)
#: A zstd frame's first bytes; jalons posted before zstd are zlib streams (0x78 …).
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def encode(data: dict[str, Any]) -> bytes:
    """The data as compact JSON (the bytes of `json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))`), zstd-compressed.

    Written piece by piece into the compressor: neither the whole text as one str (2 bytes a
    character once one « œ » is in it) nor its UTF-8 bytes (3.7 MB on the large diagnostic)
    are ever held; they were the peak of posting a jalon, and of importing a cahier (issue
    19). The frame does not record its size, so `decode` streams it too."""
    import io

    import zstandard

    out = io.BytesIO()
    with zstandard.ZstdCompressor(level=LEVEL).stream_writer(out, closefd=False) as sink:
        for piece in _json_pieces(data, 2):
            sink.write(piece.encode("utf-8"))
    return out.getvalue()


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json_pieces(value: Any, depth: int):
    """json.dumps's text of `value` in pieces: objects and lists `depth` levels down are
    opened here, what is below is written whole by the C encoder."""
    if depth and isinstance(value, dict):
        yield "{"
        for i, (key, item) in enumerate(value.items()):
            yield ("," if i else "") + _COMPACT.encode(key) + ":"
            yield from _json_pieces(item, depth - 1)
        yield "}"
    elif depth and isinstance(value, list):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
    else:
        yield _COMPACT.encode(value)


def decode(blob: bytes) -> dict[str, Any]:
    """The jalon's data, whichever compression it was posted with. ValueError for any blob
    that does not read back (another tool wrote over it: not a frame, cut short, not JSON,
    or JSON nested deeper than the parser goes), so callers have one error to name."""
    try:
        return json.loads(_inflated(blob))
    except (zlib.error, TypeError, RecursionError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from exc


def _inflated(blob: bytes) -> bytes:
    if blob[:4] != ZSTD_MAGIC:
        return zlib.decompress(blob)  # jalons posted before zstd
    import zstandard

    inflate = zstandard.ZstdDecompressor().decompressobj()
    try:
        text = inflate.decompress(blob)
    except zstandard.ZstdError as exc:
        raise ValueError(str(exc)) from exc
    if not inflate.eof:
        raise ValueError("truncated zstd frame")
    return text


def _score(score: Score) -> dict[str, Any]:
    return {
        "maturity": score.maturity,
        "completion": score.completion,
        "total": score.total,
        "assessed": score.assessed,
    }


def scores_json(scores: DiagnosticScore) -> str:
    """The scores to keep with a jalon: per part (keys "1", "2"…, as the referential numbers them) and overall."""
    return json.dumps(
        {
            "steps": {str(n): _score(s) for n, s in scores.steps.items()},
            "overall": _score(scores.overall),
        },
        sort_keys=True,
    )


@dataclass(frozen=True)
class StoredScores:
    """Maturity and completion (percent or None) per step number, and overall."""

    steps: dict[int, dict[str, Any]]
    overall: dict[str, Any]

    @classmethod
    def parse(cls, text: str) -> StoredScores:
        """The stored scores; unreadable ones (a file changed by another tool) read as
        unknown ("—") rather than stopping the list of jalons."""
        try:
            data = json.loads(text)
            return cls({int(n): dict(s) for n, s in data["steps"].items()}, dict(data["overall"]))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return cls({}, {})

    @classmethod
    def of(cls, scores: DiagnosticScore) -> StoredScores:
        return cls.parse(scores_json(scores))

    def maturity(self, step: int | None = None) -> float | None:
        return (self.overall if step is None else self.steps.get(step, {})).get("maturity")


@dataclass(frozen=True)
class JalonInfo:
    id: int
    uid: str
    label: str
    taken_at: dt.datetime  # UTC
    referential_id: str
    referential_version: str
    scores: StoredScores

    @property
    def local_time(self) -> dt.datetime:
        return self.taken_at.replace(tzinfo=dt.UTC).astimezone()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Snapshot(NamedTuple):
    """What a jalon keeps of the diagnostic: its data (encoded) and its scores (JSON)."""

    content: bytes
    scores: str


def take(session, referential=None) -> Snapshot:
    """The diagnostic of `session` as it is now; any session on the document will do (the
    app takes it on a read-only connection, off the GUI thread)."""
    from essdesk.domain.services import Services
    from essdesk.exchange.interchange import to_dict

    # The data first: to_dict reloads the diagnostic's rows (a fresh, consistent read).
    content = encode(to_dict(session, referential))
    return Snapshot(content, scores_json(Services(session).scores()))
