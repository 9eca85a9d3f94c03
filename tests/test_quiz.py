"""Predictions and exercises: the answer stays hidden until an attempt, and the
feedback says what is off.

A made-up section 9.9 is put in place of a notebook's question module, so
these tests do not depend on any notebook's wording.
"""

import importlib
import signal
import sys
import threading
import time
import types

import numpy as np
import pytest

from dlscratch_helpers import quiz, widgets
from dlscratch_helpers.i18n import set_language
from dlscratch_helpers.quiz import Exercise, Question, check, check_function, predict

EXPLAIN_CHOICE = "Each step multiplies x by 1 - 2 lr, which is -0.2 for lr 0.6."
EXPLAIN_NUMBER = "Rounding error grows like eps/h; truncation like h."


def _forgets_return(x):
    y = 2 * x  # noqa: F841


class Walker:
    """A made-up model whose step changes it: its position x."""

    def __init__(self, x):
        self.x = x


def _walk(walker, lr):
    """One step downhill on sum(x²); returns the loss after it."""
    walker.x = walker.x - lr * 2 * walker.x
    return float(np.sum(walker.x**2))


@pytest.fixture
def section(monkeypatch):
    module = types.ModuleType("dlscratch_helpers.quiz.s9_9")
    module.PREDICTIONS = {
        "lr": Question(
            prompt="Move lr from 0.1 to 0.6: what does the path do?",
            options=["converges", "oscillates, then converges", "diverges"],
            answer="oscillates, then converges",
            explain=EXPLAIN_CHOICE,
            why_not={"diverges": "It diverges only above lr = 1."},
        ),
        "count": Question(
            prompt="How many times does the accuracy change?",
            answer=5.0,
            rtol=0.4,
            explain="Six points cross, two in the same move.",
        ),
        "h": Question(
            prompt="Which h gives the smallest error?",
            answer=1e-8,
            log=True,
            explain=EXPLAIN_NUMBER,
        ),
    }
    module.EXERCISES = {
        "value": Exercise(answer=0.04, explain="Half the sum of squared gaps."),
        "nudged": Exercise(
            answer=3.0, explain="Three, worked out.", hints={"wrong": "Count again."}
        ),
        "squared": Exercise(
            answer=900,
            explain="B = (0.9 / 0.03) ** 2.",
            hints={"=30": "That is √B; B is its square.", "wrong": "Solve for B."},
        ),
        "array": Exercise(answer=[6.0, 8.0], explain="The gradient is (2x0, 2x1)."),
        "word": Exercise(answer="SGD", explain="Stochastic gradient descent."),
        "which": Exercise(answer=[1, 3], unordered=True, explain="Approaches 1 and 3."),
        "walk": Exercise(
            reference=_walk,
            inputs=lambda rng, trial: (Walker(rng.normal(size=3)), 0.1),
            effect=lambda walker, lr: walker.x,
            explain="x moves against the gradient 2x.",
        ),
        "fn": Exercise(
            reference=lambda x: 2 * x,
            inputs=lambda rng, trial: (rng.normal(size=int(rng.integers(2, 6))),),
            explain="The gradient of sum(x**2) is 2x.",
            hints={"factor": "Did you divide by 2h?"},
        ),
    }
    monkeypatch.setitem(sys.modules, "dlscratch_helpers.quiz.s9_9", module)
    return module


# --- check -------------------------------------------------------------------


def test_placeholder_is_not_judged(section, capsys):
    assert check("9.9/value", ...) is None
    out = capsys.readouterr().out
    assert "not answered yet" in out
    assert "0.04" not in out and "squared" not in out  # neither answer nor why


def test_right_value_gets_the_explanation(section):
    line = check("9.9/value", 0.5 * (0.2**2 + 0.2**2))
    assert line.startswith("✓") and "Half the sum" in line


@pytest.mark.parametrize(
    "answer, hint",
    [
        (-0.04, "sign"),
        (0.08, "factor of 2"),
        (0.02, "factor of 2"),
        (0.0401, "Close, but not equal"),
        (7.0, "Not right yet"),
        ("0.04", "is text"),
    ],
)
def test_wrong_value_gets_a_hint_not_the_explanation_nor_the_answer(
    section, answer, hint
):
    line = check("9.9/value", answer)
    assert line.startswith("✗")
    assert hint in line
    assert "Half the sum" not in line  # the worked answer: when right, or asked
    assert "0.04" not in line.replace(repr(answer), "")  # the answer is not told


def test_hints_climb_with_attempts_and_the_explanation_waits_to_be_asked(
    section, capsys
):
    first, second, third = (check("9.9/nudged", 2.0) for _ in range(3))
    assert "Not right yet" in first and "Count again" not in first
    assert "Count again" in second and "explain(" not in second
    assert "Count again" in third and 'explain("9.9/nudged")' in third
    assert all("Three, worked out" not in line for line in (first, second, third))
    capsys.readouterr()
    assert "Three, worked out" in quiz.explain("9.9/nudged")
    assert "Three, worked out" in capsys.readouterr().out  # printed, once asked
    assert "Three, worked out" in check("9.9/nudged", 3.0)  # and when right


@pytest.mark.parametrize("answer", [30, 30.0, np.float64(30.00000001), np.array(30)])
def test_a_named_slip_gets_its_own_words_at_the_first_attempt(section, answer):
    line = check("9.9/squared", answer)
    assert line.startswith("✗") and "That is √B" in line
    assert "Solve for B" not in line  # the stronger nudge still waits


@pytest.mark.parametrize("answer", [31, 3.0, -30, [30, 30], "30"])
def test_other_answers_do_not_get_a_slip_s_words(section, answer):
    line = check("9.9/squared", answer)
    assert line.startswith("✗") and "That is √B" not in line


def test_shape_hint_names_both_shapes(section):
    line = check("9.9/array", [6.0, 8.0, 0.0])
    assert "shape" in line and "(3,)" in line and "(2,)" in line
    assert check("9.9/array", np.array([6.0, 8.0])).startswith("✓")


@pytest.mark.parametrize(
    "answer, right",
    [
        ([1, 3], True),
        ([3, 1], True),
        ((3, 1), True),
        ({3, 1}, True),
        (np.array([3.0, 1.0]), True),
        ([1], False),
        ([1, 3, 2], False),
        ([1, 1], False),
        ([3, 3], False),
        ([1, 2], False),
        ("1, 3", False),
    ],
)
def test_an_unordered_answer_is_right_in_any_order(section, answer, right):
    assert check("9.9/which", answer).startswith("✓" if right else "✗")


def test_an_ordered_answer_keeps_its_order(section):
    assert check("9.9/array", [8.0, 6.0]).startswith("✗")  # (∂/∂x0, ∂/∂x1)


def test_the_approaches_of_4_1_in_any_order():
    assert check("4.1/1", [2, 1]).startswith("✓")
    assert check("4.1/1", [1, 2]).startswith("✓")
    assert check("4.1/1", [1, 2, 3]).startswith("✗")


def test_text_answers_in_korean_are_right_too():
    # the book's Korean terms for the same answer; the other answer stays wrong
    for word in ("over", "오버피팅", " 과대적합 ", "Over-fitting"):
        assert check("4.1/3", word).startswith("✓"), word
    assert check("4.1/3", "과소적합").startswith("✗")
    assert check("4.1/4", "과소적합").startswith("✓")
    assert check("4.2/4", "아니요").startswith("✓")
    assert check("4.2/4", "예").startswith("✗")


def test_every_korean_word_of_a_text_answer_is_right_and_the_other_answer_wrong():
    # 4.1's and 4.2's exercises that ask for a word: the book's Korean term (and
    # its spelling variants) is right, the Korean word for the other answer is not
    for key, right, wrong in (
        ("4.1/3", ("오버피팅", "과대적합"), ("과소적합", "언더피팅")),
        ("4.1/4", ("과소적합", "언더피팅"), ("오버피팅", "과대적합")),
        ("4.2/4", ("아니요", "아니오", "아뇨", "아니"), ("예", "네", "yes")),
    ):
        for word in right:
            assert check(key, word).startswith("✓"), (key, word)
        for word in wrong:
            assert check(key, word).startswith("✗"), (key, word)


def test_words_compare_without_case(section):
    assert check("9.9/word", " sgd ").startswith("✓")
    assert check("9.9/word", "GD").startswith("✗")


def test_unknown_keys_say_what_exists(section):
    with pytest.raises(
        KeyError,
        match="has no 'nope'.*array, fn, nudged, squared, value, walk, which, word",
    ):
        check("9.9/nope", 1)
    with pytest.raises(KeyError, match="no questions for section 7.7"):
        check("7.7/1", 1)
    with pytest.raises(ValueError, match="section/name"):
        check("value", 1)


# --- check_function ----------------------------------------------------------


def test_function_placeholder_is_not_judged(section, capsys):
    def gradient(x): ...

    assert check_function("9.9/fn", gradient) is None
    assert check_function("9.9/fn", ...) is None
    assert capsys.readouterr().out.count("not answered yet") == 2


def test_right_function_passes_on_random_inputs(section):
    assert check_function("9.9/fn", lambda x: x + x).startswith("✓ 9.9 exercise fn")


def test_a_returned_constant_is_caught(section):
    # right for the first input only: the checker must try others
    rng = np.random.default_rng(quiz._seed("9.9/fn"))
    first = 2 * section.EXERCISES["fn"].inputs(rng, 0)[0]
    line = check_function("9.9/fn", lambda x: first)
    assert line.startswith("✗")


@pytest.mark.parametrize(
    "function, hint",
    [
        (lambda x: -2 * x, "sign"),
        (lambda x: x, "factor of 2: look for a missing or extra 1/2 or 2. Did you"),
        (lambda x: 2 * x[:1], "shape"),
        (_forgets_return, "returns None"),
        (lambda x: x.reshape(2, 2) * 2, "raised ValueError: cannot reshape"),
    ],
)
def test_wrong_function_gets_a_hint(section, function, hint):
    line = check_function("9.9/fn", function)
    assert line.startswith("✗") and hint in line, line
    assert "The gradient of sum" not in line  # no worked answer before it is right


def test_a_function_s_near_miss_does_not_speak_of_rounding(section):
    # nothing is rounded in a function exercise: its "close" hint says so
    line = check_function("9.9/fn", lambda x: 2 * x * (1 + 2e-3))
    assert line.startswith("✗") and "Close, but not equal" in line, line
    assert "rounding" not in line
    assert line.endswith(")") and "(input: " in line  # the input comes last


def test_changing_the_input_is_caught(section):
    def doubles_in_place(x):
        x *= 2
        return x

    assert "changed its input" in check_function("9.9/fn", doubles_in_place)


def test_inputs_are_told_the_trial(section, monkeypatch):
    seen = []

    def inputs(rng, trial):
        seen.append(trial)
        return (rng.normal(size=3),)

    monkeypatch.setattr(section.EXERCISES["fn"], "inputs", inputs)
    check_function("9.9/fn", lambda x: 2 * x)
    assert seen == [0, 1, 2, 3, 4]  # trials=5: one call each, counted from 0


def test_what_a_function_leaves_behind_is_checked(section):
    def walks_in_place(walker, lr):
        walker.x -= lr * 2 * walker.x
        return float(np.sum(walker.x**2))

    def walks_a_copy(walker, lr):  # the right loss, but the walker stays put
        x = walker.x - lr * 2 * walker.x
        return float(np.sum(x**2))

    def walks_twice(walker, lr):  # the walker ends two steps on
        x = walker.x - lr * 2 * walker.x
        walker.x = x - lr * 2 * x
        return float(np.sum(x**2))

    assert check_function("9.9/walk", walks_in_place).startswith("✓")
    line = check_function("9.9/walk", walks_a_copy)
    assert line.startswith("✗") and "what it leaves in its inputs" in line
    assert check_function("9.9/walk", walks_twice).startswith("✗")


def _endless(x):
    while True:
        pass


def _endless_swallowing(x):
    while True:
        try:
            x = x + 1
        except Exception:  # the learner's own except must not keep it going
            pass


def _sleeps(x):
    time.sleep(60)


# CPython 3.10 looks for signals nowhere in `while True: try: ... except: pass`
# (not even Ctrl+C stops that loop there: the kernel must be restarted)
NO_SIGNAL_IN_THAT_LOOP = pytest.mark.skipif(
    sys.version_info < (3, 11),
    reason="CPython 3.10 handles no signal inside a loop of try/except only",
)


@pytest.mark.parametrize(
    "function, alarm",
    [
        (_endless, True),
        pytest.param(_endless_swallowing, True, marks=NO_SIGNAL_IN_THAT_LOOP),
        (_sleeps, True),
        (_endless, False),
        pytest.param(_endless_swallowing, False, marks=NO_SIGNAL_IN_THAT_LOOP),
        pytest.param(
            _sleeps,
            False,
            marks=pytest.mark.skipif(
                sys.platform != "win32",
                reason="_thread.interrupt_main wakes time.sleep on Windows only",
            ),
        ),
    ],
    ids=lambda v: v.__name__ if callable(v) else ("sigalrm" if v else "as-on-windows"),
)
def test_an_endless_function_is_stopped(section, monkeypatch, function, alarm):
    assert threading.current_thread() is threading.main_thread()
    monkeypatch.setattr(quiz, "TIME_LIMIT", 0.3)
    monkeypatch.setattr(quiz, "_HAS_ALARM", alarm and hasattr(signal, "setitimer"))
    handler = signal.getsignal(signal.SIGINT)
    start = time.perf_counter()
    line = check_function("9.9/fn", function)
    assert time.perf_counter() - start < 2.0
    assert line.startswith("✗") and "still running after 0.3 seconds" in line, line
    assert "loop that never ends" in line
    assert signal.getsignal(signal.SIGINT) is handler
    if hasattr(signal, "SIGALRM"):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)


@pytest.mark.parametrize("alarm", [True, False], ids=["sigalrm", "as-on-windows"])
def test_no_interrupt_is_left_behind_by_a_function_in_time(section, monkeypatch, alarm):
    monkeypatch.setattr(quiz, "TIME_LIMIT", 0.2)
    monkeypatch.setattr(quiz, "_HAS_ALARM", alarm and hasattr(signal, "setitimer"))
    assert check_function("9.9/fn", lambda x: 2 * x).startswith("✓")
    time.sleep(0.5)  # a timer left running would interrupt this sleep


def test_the_time_limit_is_a_few_seconds_and_fits_every_reference():
    assert 1.0 <= quiz.TIME_LIMIT <= 5.0
    for section_name in ("4.1", "4.2", "4.3", "4.4", "4.5"):
        module = importlib.import_module(
            f"dlscratch_helpers.quiz.s{section_name.replace('.', '_')}"
        )
        for name, exercise in module.EXERCISES.items():
            if exercise.reference is None:
                continue
            rng = np.random.default_rng(0)
            for trial in range(exercise.trials):
                args = exercise.inputs(rng, trial)
                start = time.perf_counter()
                exercise.reference(*args)
                took = time.perf_counter() - start
                assert took < quiz.TIME_LIMIT / 10, (section_name, name, took)


def test_outside_the_main_thread_a_function_runs_unlimited(section):
    lines = []
    worker = threading.Thread(
        target=lambda: lines.append(check_function("9.9/fn", lambda x: 2 * x))
    )
    worker.start()
    worker.join(10)
    assert lines and lines[0].startswith("✓")


def test_the_time_limit_speaks_korean(section, monkeypatch):
    monkeypatch.setattr(quiz, "TIME_LIMIT", 0.2)
    set_language("ko")
    try:
        line = check_function("9.9/fn", _endless)
    finally:
        set_language("en")
    assert "0.2초가 지나도 끝나지 않아" in line, line


def test_same_inputs_on_every_run(section):
    seen = [[], []]
    for run in seen:
        check_function("9.9/fn", lambda x, run=run: run.append(x.copy()) or 2 * x)
    assert all(np.array_equal(a, b) for a, b in zip(*seen, strict=True))
    assert len({a.size for a in seen[0]}) > 1  # the inputs really vary


# --- predictions -------------------------------------------------------------


def test_static_view_shows_the_question_not_the_answer(section):
    q = predict("9.9/lr")
    bundle = q._repr_mimebundle_()
    for text in (bundle["text/plain"], bundle["text/html"]):
        assert "lr from 0.1 to 0.6" in text and "diverges" in text
        assert EXPLAIN_CHOICE not in text and "-0.2" not in text
    assert widgets.WIDGET_VIEW in bundle
    assert q.feedback.value == ""


def test_reveal_needs_a_guess_and_records_it(section):
    q = predict("9.9/lr")
    assert q.button.disabled and q.current_guess is None
    q.guess("diverges")
    assert not q.button.disabled and q.current_guess == "diverges"
    assert "Your guess" in q.feedback.value and EXPLAIN_CHOICE not in q.feedback.value


def test_wrong_guess_gets_the_answer_why_and_why_not(section):
    q = predict("9.9/lr")
    q.guess("diverges")
    text = q.reveal()
    assert text.startswith("✗ You predicted diverges")
    assert "oscillates, then converges" in text
    assert "only above lr = 1" in text and EXPLAIN_CHOICE in text


def test_right_guess_is_confirmed_with_the_explanation(section):
    q = predict("9.9/lr")
    q.guess("oscillates, then converges")
    q.button.click()  # as the learner does
    text = quiz._plain(q.feedback.value)
    assert text.startswith("✓") and EXPLAIN_CHOICE in text


@pytest.mark.parametrize(
    "guess, right", [("1e-8", True), ("3e-8", True), ("1e-5", False), ("-1", False)]
)
def test_number_guess_by_order_of_magnitude(section, guess, right):
    q = predict("9.9/h")
    q.guess(guess)
    assert q.reveal().startswith("✓" if right else "✗")
    assert EXPLAIN_NUMBER in q.reveal()


@pytest.mark.parametrize(
    "guess, right",
    [(5, True), (3, True), (7, True), (2.9, False), (7.1, False), (8, False)],
)
def test_number_guess_within_a_band_relative_to_the_answer(section, guess, right):
    # rtol 0.4 of the answer 5 is 2: 3 to 7. math.isclose took 0.4 of the larger
    # of guess and answer, and so let 8 in (|8 - 5| = 3 <= 0.4 * 8).
    assert predict("9.9/count").is_right(guess) is right


@pytest.mark.parametrize("guess, right", [(5, True), (4, True), (6, True), (8, False)])
def test_the_accuracy_steps_count_of_4_2(guess, right):
    # the threshold passes 6 points, two in one move: 5 moves; one off is near
    assert predict("4.2/accuracy-steps").is_right(guess) is right


def test_a_guess_that_is_not_a_number_is_refused(section):
    q = predict("9.9/h")
    q.guess("small")
    assert q.button.disabled and "not a number" in q.feedback.value


def test_twice_in_one_kernel_and_driven_by_exercise_all(section):
    first = predict("9.9/lr")
    second = predict("9.9/lr")  # the cell run again: the first one is closed
    assert first.widget.comm is None
    report = second.exercise()
    assert report["errors"] == [] and report["changed"]["guess"] == 3
    names = [r["name"] for r in widgets.exercise_all()]
    assert names.count("predict('9.9/lr')") == 1
    number = predict("9.9/h").exercise()
    assert number["errors"] == [] and number["changed"]["guess"] == 3


def test_every_notebook_question_is_well_formed():
    """Every section's questions: options hold the answer, explanations exist,
    reference functions run on their own inputs."""
    import importlib
    import pkgutil

    found = 0
    for info in pkgutil.iter_modules(quiz.__path__):
        module = importlib.import_module(f"dlscratch_helpers.quiz.{info.name}")
        for name, q in module.PREDICTIONS.items():
            found += 1
            assert q.explain.strip(), name
            if q.options is not None:
                assert q.answer in q.options and len(q.options) >= 2, name
                assert set(q.why_not) <= set(q.options), name
        for name, e in module.EXERCISES.items():
            found += 1
            assert e.explain.strip(), name
            if e.reference is not None:
                assert e.inputs is not None, name
                rng = np.random.default_rng(0)
                e.reference(*e.inputs(rng, 0))
                line = check_function(
                    f"{info.name[1:].replace('_', '.')}/{name}", e.reference
                )
                assert line.startswith("✓"), line
            else:
                line = check(f"{info.name[1:].replace('_', '.')}/{name}", e.answer)
                assert line.startswith("✓"), line
    assert found > 0, "no section declares any question"


def test_a_cell_ending_with_check_shows_the_verdict_once(section, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.run_cell("from dlscratch_helpers.quiz import check\ncheck('9.9/value', 7.0)")
    out = capsys.readouterr().out
    assert out.count("9.9 exercise value") == 1, out


def test_inputs_are_shown_as_they_are(section):
    assert quiz._describe((9, np.array([1, 2]), np.array([0.123456]))) == (
        "9, [1, 2], [0.1235]"
    )


def test_dicts_of_arrays_compare_entry_by_entry():
    expected = {"W1": np.array([[1.0, -2.0]]), "b1": np.array([0.5])}
    assert quiz.diagnose({k: v.copy() for k, v in expected.items()}, expected) is None
    assert quiz.diagnose({"W1": -expected["W1"], "b1": expected["b1"]}, expected) == (
        "sign"
    )
    assert quiz.diagnose({"W1": expected["W1"]}, expected) == "keys"
    assert quiz.diagnose([1.0], expected) == "keys"


def _wrong_attempt(exercise):
    """Something a learner might give that is not the answer."""
    if exercise.reference is not None:
        return lambda *args: object()  # a value of no use
    answer = exercise.answer
    if isinstance(answer, str):
        return "not it"
    if isinstance(answer, dict):
        return {}
    return np.asarray(answer, dtype=float) * 3 + 7


@pytest.mark.parametrize("section_name", ["4.1", "4.2", "4.3", "4.4", "4.5"])
def test_no_wrong_attempt_shows_a_notebook_exercise_s_worked_answer(section_name):
    module = importlib.import_module(
        f"dlscratch_helpers.quiz.s{section_name.replace('.', '_')}"
    )
    for name, exercise in module.EXERCISES.items():
        key = f"{section_name}/{name}"
        attempt = _wrong_attempt(exercise)
        judge = check_function if exercise.reference is not None else check
        for _attempt in range(3):
            line = judge(key, attempt)
            assert line.startswith("✗"), (key, line)
            assert exercise.explain[:60] not in line, key
        assert 'explain("' + key + '")' in line
        assert exercise.explain in quiz.explain(key)


def test_a_result_that_answers_a_prediction_waits_for_its_reveal(section, capsys):
    q = predict("9.9/lr")
    capsys.readouterr()
    result = quiz.after_reveal("9.9/lr", "the path: -0.2, 0.04, ...")
    assert result is not None and capsys.readouterr().out == ""  # nothing printed
    data = result._repr_mimebundle_()
    shown = data[0] if isinstance(data, tuple) else data
    for mime in ("text/plain", "text/html"):  # what a saved notebook keeps
        assert "-0.2" not in shown[mime] and "reveal your prediction" in shown[mime]
    assert "-0.2" not in result.widget.value
    q.guess("diverges")
    assert "-0.2" not in result.widget.value  # a guess is not a reveal
    q.reveal()
    assert "the path: -0.2, 0.04, ..." in result.widget.value


def test_a_result_is_printed_when_its_prediction_is_revealed_or_absent(section, capsys):
    assert quiz.after_reveal("9.9/h", "no question asked: 1e-8") is None
    assert "no question asked: 1e-8" in capsys.readouterr().out
    q = predict("9.9/h")
    q.guess(1e-8)
    q.reveal()
    capsys.readouterr()
    assert quiz.after_reveal("9.9/h", "revealed: 1e-8") is None
    assert "revealed: 1e-8" in capsys.readouterr().out


def test_a_figure_that_answers_a_prediction_waits_for_its_reveal(section, capsys):
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from PIL import Image

    q = predict("9.9/lr")
    fig, ax = plt.subplots(figsize=(3, 2), dpi=50)
    ax.plot([0, 1], [1, 0])
    result = quiz.after_reveal(
        "9.9/lr", "", fig, "A line falling from {top} to 0.", top=1
    )
    assert result is not None and capsys.readouterr().out == ""
    assert not plt.fignum_exists(fig.number)  # closed: pyplot will not show it
    data = result._repr_mimebundle_()
    shown = data[0] if isinstance(data, tuple) else data
    assert "image/png" not in shown  # a saved notebook keeps no picture of it
    assert not result.image.value and result.image.layout.display == "none"
    q.guess("diverges")
    assert not result.image.value  # a guess is not a reveal
    q.reveal()
    picture = Image.open(io.BytesIO(result.image.value))
    # 3 x 2 inches shown at 80 CSS pixels an inch, drawn with 2 device pixels
    # for each (crisp on HiDPI screens, as every live figure), whatever its dpi
    assert result.image.layout.width == "240px"
    assert picture.size == (480, 320)
    assert result.image.layout.display is None
    assert result.image.tooltip == "A line falling from 1 to 0."


def test_a_figure_is_shown_with_its_alt_text_when_nothing_waits(section, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    import IPython.display
    import matplotlib.pyplot as plt

    shown = []
    monkeypatch.setattr(
        IPython.display, "display", lambda obj, **kw: shown.append((obj, kw))
    )
    fig, _ax = plt.subplots()
    assert quiz.after_reveal("9.9/h", "", fig, "A blank plot of {n} axes.", n=1) is None
    alt = {"image/png": {"alt": "A blank plot of 1 axes."}}
    assert shown == [(fig, {"metadata": alt})]
    with pytest.raises(ValueError, match="alt"):
        quiz.after_reveal("9.9/h", "", plt.figure())
