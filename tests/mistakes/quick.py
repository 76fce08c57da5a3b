"""Try zoo mistakes without nbgrader or a kernel: ``python -m tests.mistakes.quick deep``.

For writing and debugging mistakes only. Each mistake's answer cell is patched and the
patched notebook goes straight to the trusted grader (the one grading engine). The real
acceptance run goes through nbgrader autograde (``make zoo``).
"""

from __future__ import annotations

import sys

from autograder.exercises import MODULES, REGISTRY
from autograder.pipeline import trusted


def try_mistake(mistake) -> tuple[bool, bool, str]:
    """(killed, right hint, message) of one mistake, graded by the trusted grader."""
    from tests.mistakes.run import Submission, doctor, notebook_of

    path = notebook_of(mistake.key)
    nb = doctor(Submission("quick", path.parent.name, path, [mistake]))
    verdicts = trusted.grade_notebook(nb)
    verdict = next((v for v in verdicts.values() if v.key == mistake.key), None)
    if verdict is None:
        return True, mistake.hint is None, f"{mistake.key} is not graded in its notebook"
    if verdict.passed:
        return False, False, "all hidden trials passed"
    return True, mistake.hint is None or mistake.hint in verdict.message, verdict.message


def main(argv: list[str]) -> int:
    modules = argv or list(MODULES)
    bad = 0
    for module in modules:
        for m in [m for ex in REGISTRY.values() if ex.module == module for m in ex.mistakes]:
            try:
                killed, hinted, msg = try_mistake(m)
            except Exception as exc:  # a broken zoo entry
                killed, hinted, msg = False, False, f"ZOO ENTRY ERROR {type(exc).__name__}: {exc}"
            flag = "ok  " if killed and hinted else ("NOHINT" if killed else "ALIVE")
            bad += flag != "ok  "
            print(f"{flag} {m.id}")
            if flag != "ok  ":
                print("      " + msg.strip().replace("\n", "\n      "))
    print(f"{bad} mistakes need attention")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
