"""Who among staff saw or did what, and when: every view of a flagged answer is logged.

Staff actions carry an exact time; participants' never do.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base
from consult.models.staff import StaffUser


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    action: Mapped[str] = mapped_column(String(50))
    target: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)

    staff: Mapped[StaffUser] = relationship()
