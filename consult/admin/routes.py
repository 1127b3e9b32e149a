"""Staff sign-in (Flask-Login), kept apart from the young person's journey."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.admin import bp
from consult.admin.forms import SignInForm
from consult.db import get_session
from consult.extensions import login_manager
from consult.models import StaffUser
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
    return render_template("admin/home.html")


@bp.post("/sign-out")
@login_required
def sign_out() -> WerkzeugResponse:
    logout_user()
    return redirect(url_for(".sign_in"))
