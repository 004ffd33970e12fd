"""The one error a package reader raises, with a code that stays the same.

The codes are part of the package format: the studio's ``helder package verify``
and the delivery server answer with the same ones (``docs/package-format.md``).
"""

from __future__ import annotations


class PackageError(Exception):
    """A package, or one entry of it, that a reader refuses.

    ``code`` is stable and machine-readable (``zip_path``, ``hash`` ...);
    ``message`` is one line for a person; ``where`` names the entry (or the part
    of the manifest) at fault, or is empty when the whole file is.
    """

    def __init__(self, code: str, message: str, where: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message
        self.where = where

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "where": self.where}

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"PackageError({self.code!r}, {self.message!r}, {self.where!r})"
