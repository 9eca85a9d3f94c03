"""Questions of section 4.4: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
"""

from . import Exercise, Question  # noqa: F401

PREDICTIONS: dict[str, Question] = {}

EXERCISES: dict[str, Exercise] = {}
