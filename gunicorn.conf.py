# gunicorn "consult:create_app()" -c gunicorn.conf.py
# The access log records the request line and status only: no client address (%(h)s),
# no user agent, referrer or time, because participant requests must never be traceable.
accesslog = "-"
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s'
bind = "127.0.0.1:8000"


def post_worker_init(worker):  # type: ignore[no-untyped-def]
    # Load the screen's readers and the scrubber's tagger before this worker takes a
    # request (seconds; both were fine-tuned by make install), so no young person waits.
    from consult.privacy.tagger import trained as tagger
    from consult.safeguarding.model import trained as readers

    readers()
    tagger()
