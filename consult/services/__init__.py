"""Named use cases: the only code that writes. Each takes a Session and plain values."""


class DomainError(Exception):
    """A request the domain refuses; views turn it into a kind message."""


class NotFound(DomainError):
    pass


class ConsultationClosed(DomainError):
    pass


class InvalidAnswer(DomainError):
    pass


class DraftGone(DomainError):
    """The draft was submitted already, or forgotten after being left idle."""
