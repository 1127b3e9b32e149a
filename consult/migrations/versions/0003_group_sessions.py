"""group sessions

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('group_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('facilitator_id', sa.Integer(), nullable=False),
    sa.Column('join_code', sa.String(length=8), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_group_session_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['facilitator_id'], ['staff_user.id'], name=op.f('fk_group_session_facilitator_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_session')),
    sa.UniqueConstraint('join_code', name=op.f('uq_group_session_join_code'))
    )
    with op.batch_alter_table('group_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_session_consultation_id'), ['consultation_id'], unique=False)

    # SQLite cannot add a foreign key to an existing table, so batch mode rebuilds these
    # tables; response and flag are rebuilt WITHOUT ROWID, as they were made, so their
    # physical order still says nothing about arrival.
    for table, index in (('draft', False), ('flag', True), ('response', True)):
        kwargs = {} if table == 'draft' else {'sqlite_with_rowid': False}
        with op.batch_alter_table(table, table_kwargs=kwargs) as batch_op:
            batch_op.add_column(sa.Column('session_id', sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                f'fk_{table}_session_id_group_session', 'group_session', ['session_id'], ['id']
            )
            if index:
                batch_op.create_index(f'ix_{table}_session_id', ['session_id'])


def downgrade() -> None:
    for table, index in (('response', True), ('flag', True), ('draft', False)):
        kwargs = {} if table == 'draft' else {'sqlite_with_rowid': False}
        with op.batch_alter_table(table, table_kwargs=kwargs) as batch_op:
            if index:
                batch_op.drop_index(f'ix_{table}_session_id')
            batch_op.drop_constraint(f'fk_{table}_session_id_group_session', type_='foreignkey')
            batch_op.drop_column('session_id')

    op.drop_index('ix_group_session_consultation_id', 'group_session')
    op.drop_table('group_session')
