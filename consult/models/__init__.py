"""Typed SQLAlchemy models, one module per aggregate."""

from consult.models.audit import AuditEvent
from consult.models.content import Consultation, Option, Question, WorkStrand
from consult.models.draft import Draft
from consult.models.group_session import GroupSession
from consult.models.response import Answer, Response
from consult.models.safeguarding import Flag
from consult.models.staff import StaffUser

__all__ = [
    "Answer",
    "AuditEvent",
    "Consultation",
    "Draft",
    "Flag",
    "GroupSession",
    "Option",
    "Question",
    "Response",
    "StaffUser",
    "WorkStrand",
]
