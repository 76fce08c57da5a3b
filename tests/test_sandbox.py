"""The trusted child's namespace builders (autograder/sandbox/child.py): what runs, what waits."""

from __future__ import annotations

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "nndl_sandbox", Path(__file__).resolve().parents[1] / "autograder" / "sandbox" / "child.py"
)
sandbox = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sandbox)

DATA_CELL = """import numpy as np
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

train = np.arange(12).reshape(3, 4)
fig, axes = plt.subplots(1, 2)
for ax in axes:
    ax.imshow(train)
plt.show()
m_train = train.shape[0]
axes[0].set_title(str(m_train))
"""


def _namespace(compiled):
    errors = []
    ns = sandbox.build_namespace(compiled, errors)
    return ns, errors


def test_state_tasks_leave_out_the_statements_that_draw():
    ns, errors = _namespace(sandbox.statements([("cell 1", DATA_CELL)]))
    assert errors == []
    assert ns["m_train"] == 3 and ns["train"].shape == (3, 4)
    # the drawing statements did not run: nothing they bind exists
    for name in ("plt", "Rectangle", "fig", "axes", "ax"):
        assert name not in ns, name


def test_a_data_statement_that_uses_a_drawing_name_is_left_out_too():
    source = "import matplotlib.pyplot as plt\nimage = plt.imread\nn = 4\n"
    ns, _ = _namespace(sandbox.statements([("cell 1", source)]))
    assert "image" not in ns and ns["n"] == 4


def test_a_mixed_import_still_binds_its_other_modules():
    source = "import numpy as np, matplotlib.pyplot as plt\nn = int(np.sum([1, 2]))\n"
    ns, errors = _namespace(sandbox.statements([("cell 1", source)]))
    assert errors == [] and ns["n"] == 3


def test_graded_functions_get_plotting_modules_on_first_use():
    source = (
        "import matplotlib.pyplot as plt\nimport matplotlib\n\n"
        "def figure_count():\n    return len(plt.get_fignums())\n"
    )
    ns, errors = _namespace(sandbox.definitions([("cell 1", source)]))
    assert errors == []
    assert type(ns["plt"]).__name__ == "Deferred"
    assert type(ns["matplotlib"]).__name__ == "Deferred"
    assert ns["figure_count"]() == 0  # the real pyplot, loaded when the function used it
    assert ns["matplotlib"].__version__


def test_a_plain_dotted_plotting_import_binds_the_package():
    ns, _ = _namespace(sandbox.definitions([("cell 1", "import matplotlib.pyplot\n")]))
    assert callable(ns["matplotlib"].pyplot.subplots)


def test_a_name_imported_from_a_plotting_module_waits_for_its_first_use():
    source = (
        "from matplotlib.patches import Rectangle as Box\n"
        "def area():\n    return Box((0, 0), 2, 3).get_width() * 3\n"
    )
    ns, errors = _namespace(sandbox.definitions([("cell 1", source)]))
    assert errors == []
    assert type(ns["Box"]).__name__ == "Deferred"
    assert ns["area"]() == 6  # the real class, imported when the function called it
    # a star import cannot wait (its names are unknown until it runs): it runs as written
    ns, errors = _namespace(sandbox.definitions([("cell 1", "from matplotlib.colors import *")]))
    assert errors == [] and callable(ns["to_rgb"])


def test_a_submodule_imported_by_name_from_its_package_loads_on_first_use():
    # ``from matplotlib import pyplot``: pyplot is no attribute of matplotlib until imported;
    # a fresh interpreter, since this process may have imported pyplot already
    import os
    import subprocess
    import sys

    source = (
        "from matplotlib import pyplot as plt, colors\n"
        "def n():\n"
        "    fig, ax = plt.subplots()\n"
        "    plt.close(fig)\n"
        "    return len(colors.to_rgb('red'))\n"
    )
    script = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("nndl_sandbox", {spec.origin!r})
sandbox = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sandbox)
errors = []
ns = sandbox.build_namespace(sandbox.definitions([("cell 1", {source!r})]), errors)
assert "matplotlib.pyplot" not in sys.modules, "imported before its first use"
assert errors == [] and ns["n"]() == 3, errors
print("ok")
"""
    env = {**os.environ, "MPLBACKEND": "Agg"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_a_statement_stopped_for_its_time_costs_it_once_per_child():
    import time

    source = "import time\nn = 1\ntime.sleep(30)\nm = n + 1\n"
    slow: set = set()
    started = time.monotonic()
    messages = []
    for _ in range(3):  # three exercises of one child build three namespaces
        errors: list[str] = []
        ns = sandbox.build_namespace(sandbox.statements([("cell 2", source)]), errors, 0.5, slow)
        assert ns["m"] == 2  # the statements after it still ran
        messages.append(errors)
    spent = time.monotonic() - started
    assert messages[0] == ["cell 2: a statement ran longer than 0.5 s and was skipped"]
    assert messages[1] == messages[2] == messages[0]  # the same word every time
    assert 0.5 <= spent < 1.4, spent  # stopped once, skipped twice
    # another process (a fresh set) waits for it again: nothing is remembered across children
    errors = []
    sandbox.build_namespace(sandbox.statements([("cell 2", source)]), errors, 0.2, set())
    assert errors == ["cell 2: a statement ran longer than 0.2 s and was skipped"]
