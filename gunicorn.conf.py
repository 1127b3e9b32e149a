# gunicorn "consult:create_app()" -c gunicorn.conf.py
# The access log records the request line and status only: no client address (%(h)s),
# no user agent, referrer or time, because participant requests must never be traceable.
accesslog = "-"
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s'
bind = "127.0.0.1:8000"


def post_worker_init(worker):  # type: ignore[no-untyped-def]
    # Train the disclosure model before this worker takes a request (a few seconds),
    # so the first young person to type an answer does not wait for it.
    from consult.safeguarding.model import trained

    trained()
