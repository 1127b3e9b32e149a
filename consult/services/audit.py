"""Write the staff audit log. Participants are never audited: they are never identified."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from consult.models import AuditEvent, StaffUser


def record_event(session: Session, staff: StaffUser, action: str, target: str) -> None:
    """Add an audit event to the session; the caller's use case commits it."""
    session.add(
        AuditEvent(
            staff_id=staff.id,
            action=action,
            target=target[:200],
            at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
