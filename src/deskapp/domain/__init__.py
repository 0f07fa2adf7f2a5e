"""Plain-Python rules of the service desk: no Qt, no SQL."""
