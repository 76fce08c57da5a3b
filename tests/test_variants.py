"""The accepted-variant zoo (tests/variants/): correct code written the ways real students
write it gets full marks in the notebook's visible check and under hidden grading.

The acceptance run grades every variant through real nbgrader autograde (without running the
notebooks' cells: scores come from trusted grading alone) and runs the visible checks of each
doctored notebook as a student's kernel would (tests/mistakes/visible.py).
"""

from __future__ import annotations

from collections import Counter

import nbformat
import pytest

from autograder import exercises
from tests.mistakes import run as zoo
from tests.variants import run


def test_the_variant_zoo_covers_every_graded_function_with_five_variants_or_more():
    variants = run.all_variants()
    per_key = Counter(v.key for v in variants)
    assert len({v.id for v in variants}) == len(variants), "duplicate variant ids"
    assert set(per_key) == set(exercises.REGISTRY), set(exercises.REGISTRY) ^ set(per_key)
    assert min(per_key.values()) >= 5, [k for k, n in per_key.items() if n < 5]


def test_every_variant_defines_its_function_and_differs_from_the_solution():
    for sub in zoo.plan(run.all_variants()):
        nb = zoo.doctor(sub)
        original = nbformat.read(sub.path, as_version=4)
        changed = sum(a.source != b.source for a, b in zip(nb.cells, original.cells, strict=True))
        assert changed == len({v.key for v in sub.mistakes}), sub.student
        for v in sub.mistakes:
            assert f"def {v.key.split('.', 1)[1]}(" in v.code, v.id


@pytest.mark.notebooks
@pytest.mark.zoo
def test_every_variant_gets_full_marks_visible_and_hidden(capsys):
    results, seen, variants = run.run(workers=2)
    problems, table = run.evaluate(results, seen, variants)
    with capsys.disabled():
        print()
        run.print_table(table)
    assert sum(row[0] for row in table.values()) == len(variants)
    assert not problems, "\n".join(problems[:20])
