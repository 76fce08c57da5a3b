"""ResilientExecute on its own: the kernel's channels are Unix sockets in its private temp
folder (no TCP port that parallel graders could race for), and they still work after the
kernel dies and is restarted."""

from __future__ import annotations

import pytest
from nbformat.v4 import new_code_cell, new_notebook

from autograder.pipeline.nbgrader_plugin import KERNEL_DIED, ResilientExecute

pytestmark = pytest.mark.notebooks

WHERE = (
    "from ipykernel.connect import get_connection_info\n"
    "info = get_connection_info(unpack=True)\n"
    "print(info['transport'], info['ip'])"
)


def run(tmp_path, **traits):
    nb = new_notebook(
        cells=[new_code_cell(WHERE), new_code_cell("import os\nos._exit(1)"), new_code_cell(WHERE)]
    )
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    ResilientExecute(**traits).preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    return ["".join(o.get("text", "") or o.get("evalue", "") for o in c.outputs) for c in nb.cells]


def test_the_kernel_talks_over_unix_sockets_in_its_private_folder_and_survives_a_restart(
    tmp_path,
):
    before, died, after = run(tmp_path)
    transport, ip = before.split()
    assert transport == "ipc" and "nndl-kernel-" in ip
    assert KERNEL_DIED in died
    assert after.split() == [transport, ip]  # the restarted kernel answers on the same sockets


def test_tcp_stays_available_without_the_box(tmp_path):
    before, _, after = run(tmp_path, transport="tcp", sandbox="landlock")
    assert before.split()[0] == "tcp" and after.split()[0] == "tcp"
