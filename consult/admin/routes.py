"""Staff sign-in (Flask-Login), kept apart from the young person's journey."""

from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.admin import bp
from consult.admin.access import role_required
from consult.admin.forms import CsrfForm, SignInForm
from consult.db import get_session
from consult.extensions import login_manager
from consult.models import Consultation, StaffUser
from consult.services import NotFound
from consult.services.safeguarding import flag_queue, flags_for, review_flag
from consult.services.staff import authenticate

login_manager.login_view = "admin.sign_in"
login_manager.login_message = ""


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    user = get_session().get(StaffUser, int(user_id)) if user_id.isdigit() else None
    return user if user and user.active else None


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> str | tuple[str, int] | WerkzeugResponse:
    if current_user.is_authenticated:
        return redirect(url_for(".home"))
    form = SignInForm()
    if form.validate_on_submit():
        user = authenticate(get_session(), form.email.data or "", form.password.data or "")
        if user is not None:
            login_user(user)
            return redirect(url_for(".home"))
        form.password.errors = [_("The email address or password is not right.")]
    status = 400 if form.errors else 200
    return render_template("admin/sign_in.html", form=form), status


@bp.get("/")
@login_required
def home() -> str:
    languages = current_app.extensions["cairn.languages"].values()
    return render_template("admin/home.html", languages=languages)


@bp.post("/sign-out")
@login_required
def sign_out() -> WerkzeugResponse:
    logout_user()
    return redirect(url_for(".sign_in"))


@bp.get("/safeguarding")
@role_required("safeguarding_lead")
def safeguarding_queue() -> str:
    return render_template("admin/safeguarding_queue.html", rows=flag_queue(get_session()))


@bp.route("/safeguarding/<slug>", methods=["GET", "POST"])
@role_required("safeguarding_lead")
def safeguarding_flags(slug: str) -> str | WerkzeugResponse:
    """Flagged answers for one consultation; every view and review is audit-logged."""
    db = get_session()
    consultation = db.scalar(select(Consultation).where(Consultation.slug == slug))
    if consultation is None:
        abort(404)
    form = CsrfForm()
    if request.method == "POST" and form.validate_on_submit():
        try:
            review_flag(
                db, request.form.get("flag", ""), current_user, request.form.get("note", "")
            )
        except NotFound:
            abort(404)
        return redirect(url_for(".safeguarding_flags", slug=slug))
    flags = flags_for(db, consultation, current_user)
    return render_template(
        "admin/safeguarding_flags.html", consultation=consultation, flags=flags, form=form
    )
