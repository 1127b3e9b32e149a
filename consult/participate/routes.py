"""Views for the journey: parse the form, call a service, render or redirect."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.db import get_session
from consult.models import Consultation, Draft, Question, WorkStrand
from consult.participate import bp
from consult.participate.forms import CsrfForm, read_answer
from consult.services import ConsultationClosed, DraftGone, InvalidAnswer, NotFound
from consult.services import drafts as draft_service
from consult.services.responses import find_by_receipt, submit_draft, withdraw_response
from consult.vocab import AGE_BANDS

Page = str | tuple[str, int] | WerkzeugResponse

AGE_GROUPS = {
    "younger": _l("8 to 11 years old"),
    "middle": _l("12 to 15 years old"),
    "older": _l("16 to 25 years old"),
}

# Messages used on more than one page.
STILL_HERE = _l(
    "This page was open for a long time. Your answer is still here: press Continue again."
)
CODE_NOT_FOUND = _l("We could not find that code. Check it: it has 16 letters and numbers.")


def _consultation(slug: str) -> Consultation:
    consultation = get_session().scalar(
        select(Consultation)
        .where(Consultation.slug == slug, Consultation.status != "draft")
        .options(selectinload(Consultation.questions).selectinload(Question.options))
    )
    if consultation is None:
        abort(404)
    return consultation


def _idle_minutes() -> int:
    return int(current_app.config["DRAFT_IDLE_MINUTES"])


def _draft(consultation: Consultation) -> Draft:
    """The young person's draft for this consultation, or DraftGone."""
    draft = draft_service.find_draft(get_session(), session.get("draft"), _idle_minutes())
    if draft.consultation_id != consultation.id:
        raise DraftGone()
    return draft


@bp.errorhandler(DraftGone)
def draft_gone(_error: DraftGone) -> tuple[str, int]:
    slug = request.view_args.get("slug") if request.view_args else None
    return render_template("participate/draft_gone.html", slug=slug), 410


@bp.errorhandler(ConsultationClosed)
def consultation_closed(_error: ConsultationClosed) -> tuple[str, int]:
    return render_template("participate/closed.html"), 409


@bp.get("/")
def home() -> Page:
    strands = get_session().scalars(
        select(WorkStrand)
        .order_by(WorkStrand.position)
        .options(selectinload(WorkStrand.consultations))
    )
    groups = [(s, [c for c in s.consultations if c.is_open]) for s in strands]
    return render_template("participate/home.html", groups=[g for g in groups if g[1]])


@bp.route("/c/<slug>", methods=["GET", "POST"])
def start(slug: str) -> Page:
    """Choose an age group (never a date of birth) and a language."""
    consultation = _consultation(slug)
    if not consultation.is_open:
        raise ConsultationClosed(slug)
    languages = current_app.config["LANGUAGES"]
    form = CsrfForm()
    band = str(request.form.get("age_band") if request.method == "POST" else session.get("band"))
    language = str(request.form.get("language") or session.get("lang"))
    language = language if language in languages else languages[0]
    error = None
    if request.method == "POST":
        if not form.validate_on_submit():
            error = _("This page was open a long time. Please choose again and press Continue.")
        elif band not in AGE_BANDS:
            error = _("Choose your age group, so the questions suit you.")
        else:
            _start_or_update_draft(consultation, band, language)
            return redirect(url_for(".before", slug=slug))
    return render_template(
        "participate/start.html",
        consultation=consultation,
        form=form,
        bands=[(band, AGE_GROUPS[band]) for band in AGE_BANDS],
        band=band if band in AGE_BANDS else None,
        languages=_language_choices(),
        language=language,
        error=error,
    ), 400 if error else 200


def _language_choices() -> list[tuple[str, str]]:
    names = current_app.extensions["cairn.languages"]
    return [(code, names[code].name) for code in current_app.config["LANGUAGES"]]


@bp.route("/language", methods=["GET", "POST"])
def language() -> Page:
    """Choose the language of every page, for this visit only (kept in the session)."""
    form = CsrfForm()
    back = request.values.get("next", "")
    back = back if back.startswith("/") and not back.startswith("//") else url_for(".home")
    chosen = request.form.get("language", "")
    if request.method == "POST":
        if form.validate_on_submit() and chosen in current_app.config["LANGUAGES"]:
            session["lang"] = chosen
            _change_draft_language(chosen)
            return redirect(back)
        return render_template(
            "participate/language.html",
            form=form,
            languages=_language_choices(),
            current=chosen,
            back=back,
            error=_("Choose a language."),
        ), 400
    return render_template(
        "participate/language.html",
        form=form,
        languages=_language_choices(),
        current=str(session.get("lang", current_app.config["LANGUAGES"][0])),
        back=back,
        error=None,
    )


def _change_draft_language(language: str) -> None:
    """Answers in progress are recorded in the language they finish in."""
    try:
        draft = draft_service.find_draft(get_session(), session.get("draft"), _idle_minutes())
    except DraftGone:
        return
    draft_service.update_draft_choices(get_session(), draft, draft.age_band, language)


def _start_or_update_draft(consultation: Consultation, band: str, language: str) -> None:
    db = get_session()
    try:
        draft_service.update_draft_choices(db, _draft(consultation), band, language)
    except DraftGone:
        started = draft_service.start_draft(db, consultation, band, language, _idle_minutes())
        session["draft"] = started.token
    session.update(slug=consultation.slug, band=band, lang=language)


@bp.get("/c/<slug>/before")
def before(slug: str) -> Page:
    consultation = _consultation(slug)
    draft = _draft(consultation)
    questions = consultation.questions_for(draft.age_band)
    return render_template(
        "participate/before.html",
        consultation=consultation,
        band=draft.age_band,
        count=len(questions) + 1,
    )


def _question_page(
    consultation: Consultation, draft: Draft, number: int, value: Any, error: str | None
) -> tuple[str, int]:
    questions = consultation.questions_for(draft.age_band)
    question = questions[number - 1]
    back = (
        url_for(".question", slug=consultation.slug, number=number - 1)
        if number > 1
        else url_for(".before", slug=consultation.slug)
    )
    page = render_template(
        "participate/question.html",
        consultation=consultation,
        question=question,
        band=draft.age_band,
        number=number,
        total=len(questions) + 1,
        value=value,
        error=error,
        form=CsrfForm(),
        back=back,
        change=request.args.get("change") == "1",
    )
    return page, 400 if error else 200


@bp.route("/c/<slug>/q/<int:number>", methods=["GET", "POST"])
def question(slug: str, number: int) -> Page:
    consultation = _consultation(slug)
    draft = _draft(consultation)
    questions = consultation.questions_for(draft.age_band)
    if not 1 <= number <= len(questions):
        abort(404)
    item = questions[number - 1]
    if request.method == "GET":
        return _question_page(
            consultation, draft, number, draft_service.draft_answer(draft, item), None
        )
    skipping = request.form.get("action") == "skip"
    parsed = read_answer(item, request.form)
    if not CsrfForm().validate_on_submit():
        # The page sat open too long or the cookie was lost: show the answer again, unsaved,
        # so pressing Continue once more keeps it.
        return _question_page(
            consultation,
            draft,
            number,
            parsed.value,
            STILL_HERE,
        )
    if parsed.error and not skipping:
        return _question_page(consultation, draft, number, parsed.value, parsed.error)
    try:
        flagged = draft_service.save_answer(
            get_session(), draft, item, None if skipping else parsed.value
        )
    except InvalidAnswer:
        return _question_page(
            consultation,
            draft,
            number,
            parsed.value,
            _("Something in this answer could not be saved. Please check it and try again."),
        )
    change = request.args.get("change") == "1"
    if flagged:
        # Help comes first, before any further question.
        return redirect(url_for(".support", slug=slug, number=number, change=int(change)))
    return redirect(_after(consultation, draft, number, change))


def _after(consultation: Consultation, draft: Draft, number: int, change: bool) -> str:
    """Where the journey goes once question `number` is answered."""
    if change:
        return url_for(".check", slug=consultation.slug)
    if number < len(consultation.questions_for(draft.age_band)):
        return url_for(".question", slug=consultation.slug, number=number + 1)
    return url_for(".consent", slug=consultation.slug)


@bp.get("/c/<slug>/support/<int:number>")
def support(slug: str, number: int) -> Page:
    """Shown straight after an answer that may tell us someone is being harmed."""
    consultation = _consultation(slug)
    draft = _draft(consultation)
    return render_template(
        "participate/support.html",
        consultation=consultation,
        band=draft.age_band,
        carry_on=_after(consultation, draft, number, request.args.get("change") == "1"),
        in_session=draft.session_id is not None,
    )


@bp.route("/c/<slug>/consent", methods=["GET", "POST"])
def consent(slug: str) -> Page:
    """Can we quote your words? Nothing is preselected, and no answer means no."""
    consultation = _consultation(slug)
    draft = _draft(consultation)
    questions = consultation.questions_for(draft.age_band)
    form = CsrfForm()
    choice = {True: "yes", False: "no"}.get(draft.consent_to_quote)  # type: ignore[arg-type]
    error = None
    if request.method == "POST":
        choice = None if request.form.get("action") == "skip" else request.form.get("consent")
        if not form.validate_on_submit():
            error = STILL_HERE
        else:
            consent_value = {"yes": True, "no": False}.get(choice or "")
            draft_service.save_consent(get_session(), draft, consent_value)
            return redirect(url_for(".check", slug=slug))
    return render_template(
        "participate/consent.html",
        consultation=consultation,
        form=form,
        band=draft.age_band,
        number=len(questions) + 1,
        total=len(questions) + 1,
        choice=choice,
        error=error,
        back=url_for(".question", slug=slug, number=len(questions)),
    ), 400 if error else 200


@bp.route("/c/<slug>/check", methods=["GET", "POST"])
def check(slug: str) -> Page:
    consultation = _consultation(slug)
    form = CsrfForm()
    if request.method == "POST":
        if not session.get("draft"):
            # Back and Send again after a submission: the first one is safe, store nothing.
            return render_template("participate/already_sent.html", consultation=consultation), 409
        if not form.validate_on_submit():
            return render_template("errors/expired.html"), 400
        try:
            draft = _draft(consultation)
            receipt = submit_draft(get_session(), draft)
        except DraftGone:
            # A double tap: the other request stored the answers.
            return render_template("participate/already_sent.html", consultation=consultation), 409
        # The journey is over: the session keeps nothing but a chosen language, so the
        # thank-you and receipt pages stay readable; in English the cookie goes entirely.
        language = session.get("lang")
        session.clear()
        if language and language != current_app.config["LANGUAGES"][0]:
            session["lang"] = language
        return render_template(
            "participate/thanks.html",
            consultation=consultation,
            code=receipt.code,
            band=draft.age_band,
        )
    draft = _draft(consultation)
    questions = consultation.questions_for(draft.age_band)
    rows = [(n, q, draft_service.draft_answer(draft, q)) for n, q in enumerate(questions, 1)]
    return render_template(
        "participate/check.html",
        consultation=consultation,
        band=draft.age_band,
        rows=rows,
        consent=draft.consent_to_quote,
        form=form,
    )


@bp.get("/help")
def help_page() -> Page:
    return render_template("participate/help.html")


@bp.get("/privacy")
def privacy() -> Page:
    return render_template("participate/privacy.html")


def _code_page(
    template: str, form: CsrfForm, code: str, error: str | None = None, status: int = 200
) -> tuple[str, int]:
    """The receipt or withdraw form, showing what was typed and any problem with it."""
    return render_template(template, form=form, code=code, error=error), status


@bp.route("/receipt", methods=["GET", "POST"])
def receipt() -> Page:
    """Come back with a receipt code: see the consultation's status and what changed."""
    form, page = CsrfForm(), "participate/receipt.html"
    code = request.form.get("code", "")
    if request.method == "GET":
        return _code_page(page, form, code)
    if not form.validate_on_submit():
        return _code_page(
            page, form, code, _("This page was open a long time. Please press Look up again."), 400
        )
    try:
        response = find_by_receipt(get_session(), code)
    except NotFound:
        return _code_page(page, form, code, CODE_NOT_FOUND, 404)
    consultation = get_session().get_one(Consultation, response.consultation_id)
    return render_template(
        "participate/status.html", consultation=consultation, band=response.age_band
    )


@bp.route("/withdraw", methods=["GET", "POST"])
def withdraw() -> Page:
    """Delete your answers with your receipt code, while the consultation is open."""
    form, page = CsrfForm(), "participate/withdraw.html"
    code = request.form.get("code", "")
    if request.method == "GET":
        return _code_page(page, form, code)
    if not form.validate_on_submit():
        return _code_page(
            page,
            form,
            code,
            _("This page was open a long time. Please press the button again."),
            400,
        )
    if request.form.get("confirm") != "yes":
        return _code_page(
            page, form, code, _("Tick the box to say you want your answers deleted."), 400
        )
    try:
        consultation = withdraw_response(get_session(), code)
    except NotFound:
        return _code_page(page, form, code, CODE_NOT_FOUND, 404)
    except ConsultationClosed:
        return _code_page(
            page,
            form,
            code,
            _(
                "This consultation has closed, so answers can no longer be taken out. "
                "They are anonymous: nobody can tell they are yours."
            ),
            409,
        )
    return render_template("participate/withdrawn.html", consultation=consultation)
