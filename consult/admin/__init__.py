"""Staff screens: for now, signing in and out."""

from flask import Blueprint

bp = Blueprint("admin", __name__)


@bp.context_processor
def staff_user() -> dict[str, object]:
    from flask_login import current_user

    return {"current_user": current_user}


from consult.admin import routes  # noqa: E402,F401  (registers the views on bp)
