"""Load validated content into the database. Importing the same files twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from consult.content.loader import ConsultationSpec, Content, ContentError, QuestionSpec
from consult.models import Answer, Consultation, Option, Question, WorkStrand


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _assign(row: Any, values: dict[str, Any]) -> bool:
    """Set attributes that differ; say whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def import_content(session: Session, content: Content) -> ImportReport:
    """Create or update strands and consultations from specs, in one transaction.

    A consultation's status is taken from its file only when it is first created: after
    that, opening and closing belong to staff, and a re-import must not reopen one.
    """
    report = ImportReport()
    strands = {s.slug: s for s in session.scalars(select(WorkStrand))}
    for position, spec in enumerate(content.strands):
        values = {"name": spec.name, "explain": spec.explain, "position": position}
        strand = strands.get(spec.slug)
        if strand is None:
            strand = strands[spec.slug] = WorkStrand(slug=spec.slug, **values)
            session.add(strand)
            report.created.append(f"strand {spec.slug}")
        elif _assign(strand, values):
            report.updated.append(f"strand {spec.slug}")
        else:
            report.unchanged.append(f"strand {spec.slug}")
    session.flush()
    for consultation in content.consultations:
        _import_consultation(session, consultation, strands[consultation.strand], report)
    session.commit()
    return report


def _import_consultation(
    session: Session, spec: ConsultationSpec, strand: WorkStrand, report: ImportReport
) -> None:
    consultation = session.scalar(select(Consultation).where(Consultation.slug == spec.slug))
    values = {
        "strand_id": strand.id,
        "title": spec.title,
        "summary": spec.summary,
        "intro": spec.intro,
        "you_said_we_did": spec.you_said_we_did,
    }
    created = consultation is None
    if consultation is None:
        consultation = Consultation(slug=spec.slug, status=spec.status, **values)
        session.add(consultation)
        changed = True
    else:
        changed = _assign(consultation, values)
    existing = {q.key: q for q in consultation.questions}
    for position, question_spec in enumerate(spec.questions):
        question = existing.pop(question_spec.key, None)
        if question is None:
            question = Question(key=question_spec.key)
            consultation.questions.append(question)
            changed = True
        changed |= _import_question(question, question_spec, position)
    for key, question in existing.items():
        if session.scalar(select(exists().where(Answer.question_id == question.id))):
            raise ContentError(
                spec.source, f"questions ({key})", "this question has answers and cannot be removed"
            )
        consultation.questions.remove(question)
        changed = True
    session.flush()
    if created:
        report.created.append(spec.slug)
    elif changed:
        report.updated.append(spec.slug)
    else:
        report.unchanged.append(spec.slug)


def _import_question(question: Question, spec: QuestionSpec, position: int) -> bool:
    changed = _assign(
        question,
        {
            "position": position,
            "kind": spec.kind,
            "bands": list(spec.bands),
            "text": spec.text,
            "hint": spec.hint,
            "scale_words": spec.scale_words,
        },
    )
    options = {o.key: o for o in question.options}
    for position_, option_spec in enumerate(spec.options):
        option = options.pop(option_spec.key, None)
        if option is None:
            option = Option(key=option_spec.key)
            question.options.append(option)
            changed = True
        changed |= _assign(option, {"position": position_, "text": option_spec.text})
    for option in options.values():
        question.options.remove(option)
        changed = True
    return changed
