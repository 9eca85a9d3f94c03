"""Predict-then-reveal questions and self-checking exercises.

The notebooks ask; this package keeps the answers out of the learner's sight.
Each notebook's questions live in a module of this package named after its
section (``s4_3.py`` for 4.3) with two dicts, ``PREDICTIONS`` and
``EXERCISES``; a notebook names them by key, e.g. ``predict("4.3/best-h")``
or ``check("4.3/1", answer_1)``.

- :func:`predict` shows a question before an interactive figure. The learner
  commits to a guess (a choice or a number), moves the sliders, then presses
  Reveal: the explanation appears beside the guess, right or wrong. A static
  reader (GitHub, nbviewer) sees the question and its choices, not the answer.
  :func:`after_reveal` holds back a cell's results that would answer the
  question until it is revealed (saved notebooks keep the question open).
- :func:`check` compares a value the learner computed with the expected one;
  :func:`check_function` runs a function the learner wrote on several random
  inputs against a reference. A wrong attempt gets hints that climb with the
  attempts: first what is off (sign, a factor of 2, shape, close but not
  equal), from the second on a stronger nudge, from the third a pointer to
  :func:`explain`. The worked explanation shows only when the answer is right
  or when the learner asks for it with ``explain(key)``; the expected value
  itself is never printed before.
"""

from __future__ import annotations

import _thread
import copy
import html
import importlib
import math
import signal
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import ipywidgets as widgets
import numpy as np

from ..i18n import N_, Translated, _, get_language, speaking
from ..widgets import CRISP, CSS_DPI, figure_image, register, widget_bundle
from ..widgets import live as _live

__all__ = [
    "Exercise",
    "Prediction",
    "Question",
    "check",
    "check_function",
    "after_reveal",
    "explain",
    "predict",
]


# --- what a section's module declares ----------------------------------------


@dataclass
class Question:
    """A prediction asked before an interactive figure.

    prompt: the question (HTML; $...$ maths is rendered).
    answer: the right option (a string from options), or a number.
    explain: why, shown after Reveal whatever the guess.
    options: the choices; None asks for a number.
    why_not: extra words for a particular wrong option.
    rtol: for a number, how close counts as right, relative to the answer:
        |guess - answer| <= rtol * |answer| (so a guess far above the answer
        does not widen its own band, as math.isclose's would).
    log: for a number, compare orders of magnitude (|log10 guess/answer| <= 0.5).
    """

    prompt: str
    answer: str | float
    explain: str
    options: list[str] | None = None
    why_not: dict[str, str] = field(default_factory=dict)
    rtol: float = 0.1
    log: bool = False

    def __post_init__(self):
        if self.options is not None and self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of {self.options}")


@dataclass
class Exercise:
    """An exercise's expected answer, kept out of the learner's cell.

    For a value (check): ``answer``. For a function (check_function):
    ``reference`` and ``inputs`` ((rng, trial) -> tuple of arguments; trial
    counts from 0, so that every case the question promises, such as each
    shape, comes up), tried ``trials`` times; and ``effect``, for a function
    whose work is to change an argument: (arguments after the call) -> what
    the call must leave behind (a network's parameters after a training
    step), compared between the learner's call and the reference's.

    ``explain``, the worked answer, is shown when the answer is right or when
    the learner asks (``explain(key)``); ``hints`` are extra words keyed by
    what is off ("sign", "factor", "shape", "close", "mutated", "raised",
    "none", "effect", "slow"), shown with that diagnosis, and "wrong", the
    stronger nudge that a second wrong attempt gets. For a value, a key "="
    and a number (``"=30"``) names a likely slip: its words come with the
    first attempt that gives that number (within ``rtol``). No hint states
    the answer.

    ``also``: for a text answer, other words that mean it, right as well
    (the Korean terms beside the English: "과대적합" for "over"), compared
    without case and surrounding spaces.

    ``log``: for a value, compare orders of magnitude, as Question does (for
    an answer that rounding noise moves from one CPU to another, such as the
    best step h of a difference). ``unordered``: for a list of values whose
    order does not matter (which approaches do X), any order is right.
    """

    explain: str
    answer: object = None
    reference: Callable | None = None
    inputs: Callable | None = None
    effect: Callable | None = None
    trials: int = 5
    rtol: float = 1e-6
    atol: float = 0.0
    hints: dict[str, str] = field(default_factory=dict)
    log: bool = False
    unordered: bool = False
    also: tuple[str, ...] = ()

    def __post_init__(self):
        self.also = tuple(word.strip().lower() for word in self.also)


def same_magnitude(got: float, expected: float) -> bool:
    """True if both are positive and |log10(got / expected)| <= 0.5."""
    if not (got > 0 and expected > 0 and math.isfinite(got)):
        return False
    return abs(math.log10(got / expected)) <= 0.5


def _lookup(key: str, table: str):
    section, sep, name = key.partition("/")
    if not sep or not name:
        raise ValueError(f"key {key!r} should look like '4.3/best-h' (section/name)")
    module_name = "s" + section.replace(".", "_")
    try:
        module = importlib.import_module(f".{module_name}", __name__)
    except ModuleNotFoundError:
        raise KeyError(f"key {key!r}: no questions for section {section}") from None
    entries = getattr(module, table)
    if name not in entries:
        known = ", ".join(sorted(entries)) or "none"
        raise KeyError(f"key {key!r}: section {section} has no {name!r} (has {known})")
    return entries[name]


# --- comparing an attempt with the expected answer ---------------------------


def _as_float_array(value):
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None
    return array


def _close(a, e, rtol, atol) -> bool:
    return a.shape == e.shape and bool(
        np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=False)
    )


def diagnose(got, expected, rtol=1e-6, atol=0.0) -> str | None:
    """None if got equals expected (numbers within rtol/atol); else what is off.

    One of "shape", "sign", "factor", "close", "wrong", "text" (a str where
    a number belongs) for numbers, or "wrong" for other values (strings
    compare without case and surrounding spaces). Dicts (a network's params)
    compare entry by entry: "keys" if their keys differ, else the first
    entry's problem.
    """
    if isinstance(expected, dict):  # e.g. a network's params: compare each entry
        if not isinstance(got, dict) or set(got) != set(expected):
            return "keys"
        for key in expected:
            problem = diagnose(got[key], expected[key], rtol, atol)
            if problem is not None:
                return problem
        return None
    if isinstance(expected, str):
        if not isinstance(got, str):
            return "wrong"
        return None if got.strip().lower() == expected.strip().lower() else "wrong"
    if isinstance(got, str):
        return "text"
    if isinstance(expected, bool) or isinstance(got, bool):
        return None if got is expected or got == expected else "wrong"
    e = _as_float_array(expected)
    a = _as_float_array(got)
    if e is None:
        return None if got == expected else "wrong"
    if a is None:
        return "wrong"
    if a.shape != e.shape:
        return "shape"
    if _close(a, e, rtol, atol):
        return None
    if not np.all(np.isfinite(a)):
        return "wrong"
    if np.any(e != 0) and _close(-a, e, rtol, atol):
        return "sign"
    for factor in (2.0, 0.5):
        if np.any(e != 0) and _close(a, factor * e, 1e-3, atol):
            return "factor"
    if _close(a, e, 1e-2, 1e-3 * float(np.max(np.abs(e), initial=0.0))):
        return "close"
    return "wrong"


HINTS = {
    "shape": N_("The shape is off"),
    "sign": N_("The sign is off: your result is minus the right one."),
    "factor": N_("Off by a factor of 2: look for a missing or extra 1/2 or 2."),
    "close": N_(
        "Close, but not equal: compute it exactly rather than rounding, and "
        "check the formula step by step."
    ),
    # a function exercise's near miss: nothing was rounded there
    "close_function": N_("Close, but not equal: check the formula step by step."),
    "wrong": N_("Not right yet."),
    "text": N_("Your answer is text (a str): give a number, without quotes."),
    "keys": N_("Give back a dict with the same keys as the one you were given."),
    "none": N_("Your function returns None: did you forget `return`?"),
    "mutated": N_(
        "Your function changed its input array; work on a copy or put it back."
    ),
    "effect": N_(
        "Your function returns the right value, but what it leaves in its inputs"
        " is not what a right one leaves."
    ),
}


def _shape_text(value) -> str:
    a = _as_float_array(value)
    if a is None or a.ndim == 0:
        return _("a number")
    return _("shape {shape}").format(shape=a.shape)


STUCK = N_('Stuck? explain("{key}") shows the worked answer.')

# wrong attempts per exercise in this kernel: the hints climb with them
_attempts: dict[str, int] = {}


def _hint(
    problem: str, exercise: Exercise, got=None, expected=None, function=False
) -> str:
    """What is off; from the second wrong attempt on, also the exercise's
    stronger nudge (its "wrong" hint)."""
    general = "close_function" if function and problem == "close" else problem
    text = _(HINTS[general])
    if problem == "shape":
        text += _(": you have {got}, the answer has {expected}.").format(
            got=_shape_text(got), expected=_shape_text(expected)
        )
    extra = [] if problem == "wrong" else [exercise.hints.get(problem)]
    return " ".join([text] + [_(e) for e in extra if e])


def _slip(exercise: Exercise, answer) -> str | None:
    """The hint keyed "=<number>" whose number the answer is, if any."""
    value = _as_float_array(answer)
    if value is None or value.ndim != 0 or not np.isfinite(value):
        return None
    for name, text in exercise.hints.items():
        if name.startswith("=") and _close(
            value, np.float64(name[1:]), exercise.rtol, exercise.atol
        ):
            return text
    return None


def _wrong(key: str, exercise: Exercise, text: str, tail: str = "") -> Verdict:
    """A wrong attempt's verdict: text, what this attempt adds to it, then tail."""
    attempt = _attempts[key] = _attempts.get(key, 0) + 1
    nudge = exercise.hints.get("wrong")
    if nudge and attempt >= 2:
        text += f" {_(nudge)}"
    if attempt >= 3:
        text += " " + _(STUCK).format(key=key)
    if tail:
        text += f" {tail}"
    return _verdict(key, False, text)


def explain(key: str) -> str:
    """Show an exercise's worked answer, asked for by the learner; return it."""
    exercise = _lookup(key, "EXERCISES")
    line = Verdict(f"{_label(key)}: {_(exercise.explain)}")
    print(line)
    return line


# --- exercises ----------------------------------------------------------------


class Verdict(str):
    """The line check() printed, returned for tests; a notebook cell that ends
    with check(...) does not show it a second time as its Out[]."""

    def _ipython_display_(self):
        pass


def _label(key: str) -> str:
    """ "4.3/1" -> "4.3 exercise 1" (in the current language)."""
    section, _sep, name = key.partition("/")
    return _("{section} exercise {name}").format(section=section, name=name)


def _verdict(key: str, ok: bool, text: str) -> Verdict:
    return Verdict(f"{'✓' if ok else '✗'} {_label(key)}: {text}")


def check(key: str, answer) -> str | None:
    """Check a value the learner computed; print one verdict and return it.

    ``...`` (the placeholder) is not judged yet. Returns None for the placeholder.
    """
    exercise = _lookup(key, "EXERCISES")
    if answer is ...:
        print(
            _("… {label}: not answered yet. Replace the ... with your answer.").format(
                label=_label(key)
            )
        )
        return None
    expected = exercise.answer
    if isinstance(answer, str) and answer.strip().lower() in exercise.also:
        answer = expected  # the same answer in other words (Korean, a synonym)
    if exercise.unordered:
        answer, expected = _in_order(answer), _in_order(expected)
    problem = diagnose(answer, expected, exercise.rtol, exercise.atol)
    if exercise.log and problem not in ("text", "shape"):
        value = _as_float_array(answer)
        right = value is not None and value.ndim == 0
        right = right and same_magnitude(float(value), exercise.answer)
        problem = None if right else "wrong"
    if problem is None:
        line = _verdict(key, True, f"{_('right.')} {_(exercise.explain)}")
    else:
        text = _hint(problem, exercise, answer, expected)
        slip = None if isinstance(answer, str) else _slip(exercise, answer)
        if slip:
            text += f" {_(slip)}"
        line = _wrong(key, exercise, text)
    print(line)
    return line


def _in_order(value):
    """A list (tuple, set) of numbers sorted, to compare it ignoring order;
    anything else as it is."""
    if isinstance(value, set | frozenset):
        value = list(value)
    array = _as_float_array(value) if not isinstance(value, str) else None
    if array is None or array.ndim != 1:
        return value
    return np.sort(array)


def _seed(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _describe(args) -> str:
    parts = []
    for a in args:
        array = _as_float_array(a) if not callable(a) else None
        if callable(a):
            parts.append(getattr(a, "__name__", _("a function")))
        elif array is not None and array.ndim > 0 and array.size > 6:
            parts.append(_("an array of shape {shape}").format(shape=array.shape))
        elif array is None:
            parts.append(repr(a))
        else:  # numbers as they are (9, not 9.0), floats to 4 decimals
            shown = np.asarray(a)
            shown = np.round(shown, 4) if shown.dtype.kind == "f" else shown
            parts.append(repr(shown.tolist()))
    return ", ".join(parts)


def _equal_inputs(before, after) -> bool:
    for b, a in zip(before, after, strict=True):
        if isinstance(b, np.ndarray) and not np.array_equal(b, a, equal_nan=True):
            return False
    return True


# --- stopping a learner's endless loop ------------------------------------------

TIME_LIMIT = 3.0  # seconds a learner's function may take on one input (ours: ms)
_HAS_ALARM = hasattr(signal, "setitimer")  # not on Windows


class _TooSlow(BaseException):
    """Raised inside the learner's function when its time is up: a
    BaseException, so that an ``except Exception`` in its loop lets it through."""


def _call_with_time_limit(function, args, seconds: float):
    """function(*args), stopped with _TooSlow after ``seconds``.

    A notebook kernel runs its cells in the main thread. There a SIGALRM
    (signal.setitimer, Linux and macOS) raises _TooSlow in the learner's code.
    Where there is none (Windows), a timer thread calls _thread.interrupt_main(),
    which raises KeyboardInterrupt in the main thread as Ctrl+C would, turned
    into _TooSlow here; if the kernel ignores Ctrl+C, nothing stops the loop.
    Both take effect between two Python steps, so a single long call into C
    (one huge numpy operation) is stopped only when it returns; and CPython
    3.10 takes none inside a loop of only try/except (``while True: try: ...
    except Exception: pass``), where not even Ctrl+C stops it. Outside the
    main thread no signal can reach the function, and it runs without a limit.
    """
    if threading.current_thread() is not threading.main_thread():
        return function(*args)
    if _HAS_ALARM:
        return _with_alarm(function, args, seconds)
    return _with_interrupt(function, args, seconds)


def _with_alarm(function, args, seconds):
    def time_is_up(signum, frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, time_is_up)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return function(*args)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _with_interrupt(function, args, seconds):
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def time_is_up():
        with lock:  # never once the function has returned
            if state["running"]:
                state["fired"] = True
                _thread.interrupt_main()

    timer = threading.Timer(seconds, time_is_up)
    timer.daemon = True
    try:
        try:
            timer.start()
            return function(*args)
        finally:
            with lock:
                state["running"] = False
            timer.cancel()
    except KeyboardInterrupt:
        if state["fired"]:  # ours, not the learner's Ctrl+C
            raise _TooSlow from None
        raise


def check_function(key: str, function) -> str | None:
    """Run the learner's function on random inputs against the reference.

    Each trial draws fresh arguments (the same ones on every run: the random
    generator is seeded from the key), calls the reference and the learner's
    function on separate copies, and compares what they return and, for an
    exercise with an ``effect``, what they leave in their arguments; the
    learner's function must not change the arrays it is given otherwise. A
    function still running after TIME_LIMIT seconds is stopped. The first
    failing trial is reported with its inputs and a hint; all passing gives
    the explanation.
    """
    exercise = _lookup(key, "EXERCISES")
    label = _label(key)
    if function is ... or not callable(function):
        print(
            _(
                "… {label}: not answered yet. Write the function, then run this cell."
            ).format(label=label)
        )
        return None
    rng = np.random.default_rng(_seed(key))
    for trial in range(exercise.trials):
        args = exercise.inputs(rng, trial)
        theirs = copy.deepcopy(args)
        expected = exercise.reference(*theirs)
        mine = copy.deepcopy(args)
        try:
            got = _call_with_time_limit(function, mine, TIME_LIMIT)
        except _TooSlow:
            text = _(
                "Your function was still running after {seconds:g} seconds and was"
                " stopped: is there a loop that never ends? (input: {input})"
            ).format(seconds=TIME_LIMIT, input=_describe(args))
            if exercise.hints.get("slow"):
                text += f" {_(exercise.hints['slow'])}"
            line = _wrong(key, exercise, text)
            print(line)
            return line
        except Exception as error:  # report it: the learner's code, not ours
            text = _("Your function raised {error} (input: {input}).").format(
                error=f"{type(error).__name__}: {error}", input=_describe(args)
            )
            if exercise.hints.get("raised"):
                text += f" {_(exercise.hints['raised'])}"
            line = _wrong(key, exercise, text)
            print(line)
            return line
        if got is None and expected is not None:
            if trial == 0 and _body_is_placeholder(function):
                print(
                    _(
                        "… {label}: not answered yet. Replace the ... with your code."
                    ).format(label=label)
                )
                return None
            problem = "none"
        elif not _equal_inputs(args, mine):
            problem = "mutated"
        else:
            problem = diagnose(got, expected, exercise.rtol, exercise.atol)
        if problem is None and exercise.effect is not None:
            left = diagnose(
                exercise.effect(*mine),
                exercise.effect(*theirs),
                exercise.rtol,
                exercise.atol,
            )
            problem = None if left is None else "effect"
        if problem is not None:
            hint = _hint(problem, exercise, got, expected, function=True)
            where = _("(input: {input})").format(input=_describe(args))
            line = _wrong(key, exercise, hint, where)
            print(line)
            return line
    n = exercise.trials
    right = _("right on {n} random inputs.").format(n=n)
    line = _verdict(key, True, f"{right} {_(exercise.explain)}")
    print(line)
    return line


def _body_is_placeholder(function) -> bool:
    """True for a function whose body is only ``...`` or ``pass`` (and a docstring)."""
    code = getattr(function, "__code__", None)
    if code is None:
        return False

    def placeholder(): ...

    def with_docstring():
        """Docstring."""
        ...

    return code.co_code in (
        placeholder.__code__.co_code,
        with_docstring.__code__.co_code,
    )


# --- predictions --------------------------------------------------------------

_NUMBER_HELP = N_("your guess, a number (1e-5 is fine)")


def _parse_number(text: str) -> float | None:
    try:
        value = float(str(text).strip().replace("−", "-"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class Prediction:
    """A question shown before a figure; see the module's docstring.

    guess(value) and reveal() do what the learner does with the mouse, so
    tests (and exercise_all) can drive it from the kernel.
    """

    def __init__(self, key: str):
        self.key = key
        self.name = f"predict({key!r})"
        self.question: Question = _lookup(key, "PREDICTIONS")
        self.errors: list[BaseException] = []
        self.language = get_language()  # kept if the learner switches
        q = self.question
        self.prompt = widgets.HTMLMath(f"<b>{_('Predict first.')}</b> {_(q.prompt)}")
        if q.options is not None:  # shown in the learner's language, valued in English
            self.input = widgets.RadioButtons(
                options=[(_(o), o) for o in q.options], value=None,
                layout={"width": "auto"},
            )  # fmt: skip
        else:
            self.input = widgets.Text(
                placeholder=_(_NUMBER_HELP), description=_("Your guess:"),
                style={"description_width": "initial"},
            )  # fmt: skip
        self.button = widgets.Button(
            description=_("Reveal"), disabled=True, button_style="info",
            tooltip=_("Commit to a guess first, then reveal the answer"),
        )  # fmt: skip
        self.feedback = widgets.HTMLMath()
        self.revealed = False
        self.on_reveal: list[Callable[[], None]] = []  # after_reveal's results
        self.input.observe(self._on_guess, names="value")
        self.button.on_click(lambda _: self.reveal())
        self.widget = widgets.VBox(
            [self.prompt, self.input, self.button, self.feedback]
        )
        self.widget.add_class("dlscratch-predict")
        self.controls = {"guess": self.input}
        register(self)

    # what the learner does
    def guess(self, value) -> None:
        """Commit to a guess (an option, or a number / its text)."""
        self.input.value = value if self.question.options else str(value)

    @property
    def current_guess(self):
        value = self.input.value
        if self.question.options is not None:
            return value
        return _parse_number(value) if str(value).strip() else None

    def _on_guess(self, change) -> None:
        with speaking(self.language):
            self._say_guess(change)

    def _say_guess(self, change) -> None:
        try:
            guess = self.current_guess
            self.button.disabled = guess is None
            if guess is None and self.question.options is None and change["new"]:
                self.feedback.value = (
                    f"<i>{_('That is not a number: try e.g. 0.5 or 1e-5.')}</i>"
                )
            elif guess is None:
                self.feedback.value = ""
            else:
                self.feedback.value = _(
                    "<i>Your guess: <b>{guess}</b>. "
                    "Now try it in the figure below, then press Reveal.</i>"
                ).format(guess=html.escape(_fmt(guess)))
        except Exception as error:  # keep the widget alive
            self.errors.append(error)

    def is_right(self, guess) -> bool:
        q = self.question
        if guess is None:
            return False
        if q.options is not None:
            return guess == q.answer
        if q.log:
            return same_magnitude(guess, q.answer)
        return abs(guess - q.answer) <= q.rtol * abs(q.answer)

    def reveal(self) -> str:
        """Show the answer and the explanation beside the guess; return it as
        text, in the language the question was asked in."""
        with speaking(self.language):
            text = self._reveal()
        self.revealed = True
        for show in self.on_reveal:
            show()
        return text

    def _reveal(self) -> str:
        q = self.question
        guess = self.current_guess
        answer = html.escape(_fmt(q.answer))
        shown = html.escape(_fmt(guess))
        if guess is None:
            head = _("You made no prediction. The answer: <b>{answer}</b>.").format(
                answer=answer
            )
        elif self.is_right(guess):
            head = _("✓ You predicted <b>{guess}</b>: right.").format(guess=shown)
            if q.options is None:
                head += _(" (The answer: {answer}.)").format(answer=answer)
        else:
            head = _(
                "✗ You predicted <b>{guess}</b>; the answer is <b>{answer}</b>."
            ).format(guess=shown, answer=answer)
            extra = q.why_not.get(guess) if q.options is not None else None
            if extra:
                head += f" {_(extra)}"
        right = guess is not None and self.is_right(guess)
        colour = "#1a7f37" if right else "#0b5cad"  # green / blue, never red alone
        self.feedback.value = (
            f'<div style="border-left: 4px solid {colour}; padding: 2px 0 2px 10px">'
            f"{head}<br>{_(q.explain)}</div>"
        )
        return _plain(self.feedback.value)

    # what a notebook and the tests see
    def _static_html(self) -> str:
        q = self.question
        if q.options is not None:
            choices = "".join(f"<li>{html.escape(_(o))}</li>" for o in q.options)
            body = f"<ul>{choices}</ul>"
        else:
            body = f"<p>{_('Your guess: a number.')}</p>"
        run = _("Run the notebook to record your guess and reveal the answer.")
        return (
            f'<div class="dlscratch-predict"><p><b>{_("Predict first.")}</b>'
            f" {_(q.prompt)}</p>{body}<p><i>{run}</i></p></div>"
        )

    def _static_text(self) -> str:
        q = self.question
        lines = [f"{_('Predict first.')} {_plain(_(q.prompt))}"]
        if q.options is not None:
            lines += [f"  ( ) {_(o)}" for o in q.options]
        else:
            lines.append(f"  {_('Your guess: a number.')}")
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs):
        with speaking(self.language):
            return widget_bundle(
                self.widget, self._static_text(), {"text/html": self._static_html()}
            )

    def close(self) -> None:
        """Stop listening and close the widgets (once, as a panel does)."""
        if self.widget.comm is None:
            return
        self.input.unobserve(self._on_guess, names="value")
        for w in (self.prompt, self.input, self.button, self.feedback, self.widget):
            w.close()

    def exercise(self, between: int = 3) -> dict:
        """Try every option (or a right, a wrong and a non-number guess) and reveal.

        Reports, as a panel does, how many guesses changed what is shown.
        """
        first = len(self.errors)
        q = self.question
        tries = list(q.options) if q.options else [q.answer, q.answer * 1e3, "abc"]
        original = self.input.value
        changed = 0
        for value in tries:
            before = self.feedback.value
            try:
                self.guess(value)
                if self.current_guess is not None:
                    self.reveal()
            except Exception as error:
                self.errors.append(error)
            changed += self.feedback.value != before
        self.input.value = original
        self.feedback.value = ""
        errors = [f"{type(e).__name__}: {e}" for e in self.errors[first:]]
        return {"name": self.name, "changed": {"guess": changed}, "errors": errors}


def _fmt(value) -> str:
    """A guess or an answer as shown: numbers in %g, options translated."""
    if isinstance(value, float):
        return f"{value:g}"
    return _(str(value))


def _plain(text: str) -> str:
    import re

    text = re.sub(r"<br\s*/?>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def predict(key: str) -> Prediction:
    """Show the prediction question ``key`` (e.g. "4.4/lr-0.6") as a widget."""
    return Prediction(key)


_RESULT_WAITS = N_(
    "(The result shows here once you reveal your prediction above: {question})"
)


class AfterReveal:
    """Results that would answer prediction ``key``, shown once it is revealed.

    ``text`` (printed) and ``fig``, a figure with its alt text ``alt`` (as
    :func:`~dlscratch_helpers.viz.show` takes them: English, translated, then
    filled in from ``fields``). Shown at once if the question was revealed
    already, or was never asked in this kernel; otherwise a placeholder,
    filled in at Reveal. A saved notebook (and a static reader) keeps the
    placeholder: the question stays open below it.
    """

    def __init__(self, key: str, text: str = "", fig=None, alt=None, **fields):
        if fig is not None and not (isinstance(alt, str) and alt.strip()):
            raise ValueError(_("alt must be a sentence saying what the figure shows"))
        self.key, self.text = key, text
        live = [p for p in _live() if isinstance(p, Prediction) and p.key == key]
        self.prediction = live[-1] if live else None
        self.widget = widgets.HTML()
        self.widget.add_class("dlscratch-after-reveal")
        self.png, self.alt = None, None
        self.image = None
        if not self.waiting:
            if text:
                print(text)
            if fig is not None:
                from ..viz import show

                show(alt, fig, **fields)
            return
        if fig is not None:  # kept as a picture: the figure itself is closed now
            import io

            import matplotlib.pyplot as plt

            with speaking(self.prediction.language):
                if not isinstance(alt, Translated):  # translated once
                    alt = _(alt.strip())
                self.alt = alt.format(**fields) if fields else alt
            buffer = io.BytesIO()  # drawn crisp: CRISP pixels per CSS pixel
            fig.savefig(buffer, format="png", dpi=CSS_DPI * CRISP)
            self.png = buffer.getvalue()
            self.image = figure_image(fig)
            self.image.layout.display = "none"  # until Reveal
            plt.close(fig)
        self.view = self.widget
        if self.image is not None:
            self.view = widgets.VBox([self.widget, self.image])
        self.prediction.on_reveal.append(self._show)

    @property
    def waiting(self) -> bool:
        return self.prediction is not None and not self.prediction.revealed

    def _show(self) -> None:
        self.widget.value = f"<pre>{html.escape(self.text)}</pre>" if self.text else ""
        if self.image is not None:
            self.image.value = self.png
            self.image.tooltip = self.alt  # the title screen readers read
            self.image.layout.display = None

    def _placeholder(self) -> str:
        with speaking(self.prediction.language):
            return _(_RESULT_WAITS).format(question=self.key)

    def _repr_mimebundle_(self, **kwargs):
        if not self.waiting:
            return None  # printed already
        text = self._placeholder()
        self.widget.value = f"<i>{html.escape(text)}</i>"
        return widget_bundle(self.view, text, {"text/html": f"<p><i>{text}</i></p>"})


def after_reveal(
    key: str, text: str = "", fig=None, alt: str | None = None, **fields
) -> AfterReveal | None:
    """Show `text` and figure `fig` (alt text `alt`, filled in from `fields`),
    results that answer prediction `key`, once it is revealed."""
    result = AfterReveal(key, text, fig, alt, **fields)
    return result if result.waiting else None
