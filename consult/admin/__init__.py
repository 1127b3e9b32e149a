"""Staff screens: for now, signing in and out."""

from flask import Blueprint

bp = Blueprint("admin", __name__)

from consult.admin import routes  # noqa: E402,F401  (registers the views on bp)
