"""Problems found in user input: what, where, and how bad.

Every validator in the studio reports through these types so that the command line,
the studio window and later the review tools show the same one-line messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with user input.

    ``where`` names the thing in the user's words (``scene 'Groet' > layer 'Titel'``,
    ``row 7, column C (amount_due)``); ``message`` says what the bad value is and what
    is allowed instead.
    """

    where: str
    message: str
    level: Level = Level.ERROR

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InvalidError(ValueError):
    """Raised when input cannot be used; carries every problem that was found."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = str(self.problems[0]) if self.problems else "invalid input"
        more = len(self.problems) - 1
        return first if more <= 0 else f"{first} (and {more} more)"
