"""Errors of rendering, kept free of Qt so that any caller can catch them."""


class RenderError(Exception):
    """A frame cannot be drawn as designed; the message names what is missing."""
