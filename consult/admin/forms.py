from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired


class SignInForm(FlaskForm):
    email = EmailField(
        _l("Email address"), validators=[DataRequired(_l("Enter your email address"))]
    )
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Enter your password"))])


class CsrfForm(FlaskForm):
    """Carries the CSRF token for small action forms (mark as reviewed, sign out)."""
