"""The young person's journey. Imports nothing from the staff blueprints."""

from flask import Blueprint

bp = Blueprint("participate", __name__)

from consult.participate import display, routes  # noqa: E402,F401  (register on bp)
