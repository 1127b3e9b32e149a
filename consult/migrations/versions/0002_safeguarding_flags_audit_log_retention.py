"""safeguarding flags, audit log, retention

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_user.id'], name=op.f('fk_audit_event_staff_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_staff_id'), ['staff_id'], unique=False)

    op.create_table('flag',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.String(length=32), nullable=True),
    sa.Column('age_band', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('categories', sa.String(length=200), nullable=False),
    sa.Column('week', sa.String(length=8), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_flag_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_flag_question_id_question')),
    sa.ForeignKeyConstraint(['response_id'], ['response.id'], name=op.f('fk_flag_response_id_response'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['staff_user.id'], name=op.f('fk_flag_reviewed_by_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flag')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flag_consultation_id'), ['consultation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flag_response_id'), ['response_id'], unique=False)

    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))

    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flags', sa.JSON(), nullable=False, server_default='{}'))



def downgrade() -> None:
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_column('flags')

    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_column('closed_on')

    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flag_response_id'))
        batch_op.drop_index(batch_op.f('ix_flag_consultation_id'))

    op.drop_table('flag')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_staff_id'))

    op.drop_table('audit_event')
