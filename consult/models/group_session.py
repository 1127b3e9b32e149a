"""Group sessions: a facilitator's run of a consultation with a room of young people.

A session links the answers given in it, so that a facilitator's live view can count
them (suppressed below five) and raise an alert when one of them is flagged. It holds no
more about the young people than a response does.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base
from consult.models.content import Consultation
from consult.models.staff import StaffUser


class GroupSession(Base):
    __tablename__ = "group_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    join_code: Mapped[str] = mapped_column(String(8), unique=True)
    # "devices": each young person answers on their own phone; "facilitator": the
    # facilitator enters a group's or paper answers.
    mode: Mapped[str] = mapped_column(String(20), default="devices")
    is_open: Mapped[bool] = mapped_column(default=True)

    consultation: Mapped[Consultation] = relationship()
    facilitator: Mapped[StaffUser] = relationship()
