"""The mistake zoo (tests/mistakes/): well-formed, large enough, and every mistake bites.

The acceptance run grades every mistake through real nbgrader autograde (``make zoo``, but
without running the notebooks' cells: scores come from trusted grading alone, which never
uses the kernel; the kernel path is covered by the cohort and adversarial tests): each one
must lose points on its own exercise and nowhere else, at least 80% must get the hint
written for them, and the unmodified solutions keep full marks.
"""

from __future__ import annotations

from collections import Counter

import nbformat
import pytest

from autograder import exercises
from tests.mistakes import run, visible_rate


def test_the_zoo_covers_every_graded_function_with_five_mistakes_or_more():
    mistakes = run.all_mistakes()
    per_key = Counter(m.key for m in mistakes)
    assert len(mistakes) >= 150
    assert len({m.id for m in mistakes}) == len(mistakes), "duplicate mistake ids"
    assert set(per_key) == set(exercises.REGISTRY), set(exercises.REGISTRY) ^ set(per_key)
    assert min(per_key.values()) >= 5, [k for k, n in per_key.items() if n < 5]


def test_every_mistake_applies_to_its_answer_cell():
    """Each mistake replaces the one cell defining its function, and the result differs
    from the solution."""
    for sub in run.plan(run.all_mistakes()):
        nb = run.doctor(sub)  # raises unless exactly one cell defines the function
        original = nbformat.read(sub.path, as_version=4)
        changed = sum(a.source != b.source for a, b in zip(nb.cells, original.cells, strict=True))
        assert changed == len({m.key for m in sub.mistakes}), sub.student


@pytest.mark.notebooks
@pytest.mark.zoo
def test_every_mistake_loses_points_on_its_own_exercise_through_nbgrader(capsys):
    results, mistakes = run.run(workers=2, kernel=False)
    problems, table = run.evaluate(results, mistakes)
    n = sum(row[0] for row in table.values())
    killed = sum(row[1] for row in table.values())
    hinted = sum(row[2] for row in table.values())
    with capsys.disabled():
        print(f"\nzoo: {n} mistakes, {killed} killed, {hinted} with the right hint")
    assert n == len(mistakes)
    assert not problems, "\n".join(problems[:20])
    assert killed == n
    assert hinted >= 0.8 * n


@pytest.mark.notebooks
@pytest.mark.zoo
def test_the_visible_checks_alone_catch_the_zoo(capsys):
    """At least 90% of the mistakes fail the notebook's own visible check (hidden blocks
    stripped, each mistake without a wrong building block beside it), and every mistake whose
    hint names a shape does: the visible cases have no square or look-alike shapes."""
    outcome = visible_rate.measure(workers=2)
    _, rate = visible_rate.table(outcome)
    missed = [m for m, caught, _ in outcome.values() if not caught]
    with capsys.disabled():
        print(f"\nvisible kill rate: {100 * rate:.1f}% of {len(outcome)} mistakes")
    assert rate >= visible_rate.TARGET, [m.id for m in missed]
    assert not [m.id for m in missed if visible_rate.is_shape_hint(m.hint)]
