"""Jalons: named, dated, read-only snapshots of the whole diagnostic (issue 18)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from essdesk.models.base import Base, Name, Uid, row_version


class Jalon(Base):
    """The canonical interchange JSON of the diagnostic when it was posted (zstd; zlib before), with the
    scores computed then: a jalon is never recomputed, whatever the referential or the
    scoring become. Identity is the uid and a full timestamp (two jalons a day are fine)."""

    __tablename__ = "jalon"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(
        ForeignKey("diagnostic.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[Name]
    # UTC, naive: the same on SQLite and PostgreSQL; shown in local time.
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)
    referential_id: Mapped[str] = mapped_column(String(100))
    referential_version: Mapped[str] = mapped_column(String(40))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    scores: Mapped[str] = mapped_column(Text)  # JSON, see essdesk.domain.jalons

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
