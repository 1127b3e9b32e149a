from sqlalchemy import func, select

from consult.models import Consultation, Question, StaffUser
from tests.conftest import FIXTURE_CONTENT


def test_importing_twice_changes_nothing(runner, db_session):
    before = db_session.scalar(select(func.count()).select_from(Question))
    result = runner.invoke(args=["import", str(FIXTURE_CONTENT)])
    assert result.exit_code == 0, result.output
    assert "0 created, 0 updated" in result.output
    assert db_session.scalar(select(func.count()).select_from(Question)) == before


def test_import_updates_changed_wording_and_keeps_status(runner, db_session, tmp_path):
    import shutil

    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    path = target / "consultations" / "test-every-kind.yaml"
    path.write_text(path.read_text().replace("What helps?", "What helps you?", 1))
    consultation = db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()
    consultation.status = "closed"
    db_session.commit()
    result = runner.invoke(args=["import", str(target)])
    assert "1 updated" in result.output, result.output
    db_session.expire_all()
    assert consultation.status == "closed"
    assert consultation.questions[1].text["younger"] == "What helps you?"


def test_import_error_names_the_file(runner, tmp_path):
    (tmp_path / "strands.yaml").write_text("- slug: Bad Slug\n")
    result = runner.invoke(args=["import", str(tmp_path)])
    assert result.exit_code == 1
    assert "strands.yaml: [0].slug: 'Bad Slug' must be lower-case" in result.output


def test_staff_add_hashes_the_password_with_argon2(runner, db_session):
    result = runner.invoke(
        args=[
            "staff",
            "add",
            "Lead@Example.org",
            "--name",
            "Sam",
            "--role",
            "safeguarding_lead",
            "--password",
            "a long enough password",
        ]
    )
    assert result.exit_code == 0, result.output
    user = db_session.scalars(select(StaffUser).where(StaffUser.email == "lead@example.org")).one()
    assert user.password_hash.startswith("$argon2id$")
    assert "a long enough password" not in user.password_hash


def test_staff_add_refuses_short_passwords_and_unknown_roles(runner):
    short = runner.invoke(
        args=["staff", "add", "a@b.org", "--name", "A", "--role", "admin", "--password", "short"]
    )
    assert short.exit_code == 1 and "at least 12" in short.output
    role = runner.invoke(
        args=["staff", "add", "a@b.org", "--name", "A", "--role", "boss", "--password", "x" * 12]
    )
    assert role.exit_code == 2


def test_purge_removes_expired_drafts(runner, client, db_session):
    from datetime import datetime

    from consult.models import Draft
    from tests.journey import Journey

    Journey(client).start()
    Journey(client, "test-every-kind").start("older")
    draft = db_session.scalars(select(Draft)).first()
    draft.expires_at = datetime(2000, 1, 1)
    db_session.commit()
    result = runner.invoke(args=["purge"])
    assert "Removed 1 expired draft(s)." in result.output


def test_seed_loads_nine_consultations_and_demo_staff_can_always_sign_in(runner, db_session):
    from consult.services.staff import authenticate

    first = runner.invoke(args=["seed", "--demo-staff"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(args=["seed", "--demo-staff"])
    password = next(
        line.split()[-1] for line in again.output.splitlines() if "safeguarding@cairn.local" in line
    )
    assert authenticate(db_session, "safeguarding@cairn.local", password) is not None
    strands = {c.strand.slug for c in db_session.scalars(select(Consultation)) if c.is_open}
    assert len(strands) >= 9


def test_languages_command_reports_coverage(runner):
    result = runner.invoke(args=["languages"])
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.output.splitlines()}
    assert "offered" in lines["en"] and "complete" in lines["en"]
    assert set(lines) == {"en", "gd", "pl", "ar", "uk"}
