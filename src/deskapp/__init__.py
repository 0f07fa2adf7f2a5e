"""deskapp: a desktop service desk for small offices."""

__version__ = "0.1.0"
