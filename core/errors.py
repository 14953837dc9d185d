"""Errors that carry a message meant for the user, not a traceback."""


class NewslineError(Exception):
    """A user-facing failure: bad input, unreadable file, unusable database."""


class InputError(NewslineError):
    """An article file or argument that cannot be used as it is."""


class StoreError(NewslineError):
    """A database that cannot be opened or written."""
