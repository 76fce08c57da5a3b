"""JupyterHub for one class: an instructor and students on one machine, each a Unix account.

Run as root from the instructor's venv (`make hub-deps` builds it):

    sudo NNDL_HUB_INSTRUCTOR=nndl-instr NNDL_HUB_STUDENTS=ada,bob \\
        build/hub/instructor/bin/jupyterhub -f hub/jupyterhub_config.py

- Login: PAM, the machine's own accounts and passwords; only the instructor and the listed
  students may log in. The hub user name is the Unix user name and the nbgrader student id.
- Each user's single-user server runs as that Unix user (JupyterHub's LocalProcessSpawner),
  in their own home folder: students from build/hub/student (JupyterLab, nbgrader's
  Assignment List and Validate, NumPy, matplotlib, h5py; no nnref, no autograder, no
  formgrader), the instructor from build/hub/instructor (the course project, formgrader),
  started in the course folder.
- nbgrader's exchange is NNDL_HUB_EXCHANGE (/srv/nbgrader/exchange by default, made by
  hub/make-exchange); each server gets it as NBGRADER_EXCHANGE, which the student venv's
  etc/jupyter/nbgrader_config.py reads (the course's own nbgrader_config.py sets it for the
  instructor).

Every setting can be changed with an environment variable (NNDL_HUB_*, below), so that the
test (tests/test_hub.py) runs this very file on free loopback ports.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub injects get_config)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
env = os.environ.get

INSTRUCTOR = env("NNDL_HUB_INSTRUCTOR", "nndl-instr")
STUDENTS = [s for s in env("NNDL_HUB_STUDENTS", "").split(",") if s]
STUDENT_VENV = Path(env("NNDL_HUB_STUDENT_VENV", str(ROOT / "build/hub/student")))
INSTRUCTOR_VENV = Path(env("NNDL_HUB_INSTRUCTOR_VENV", str(ROOT / "build/hub/instructor")))
# The instructor's course folder (source/, nbgrader_config.py, gradebook.db), in their home.
COURSE = env("NNDL_HUB_COURSE", f"/home/{INSTRUCTOR}/nndl")
EXCHANGE = env("NNDL_HUB_EXCHANGE", "/srv/nbgrader/exchange")
# The hub's own files (its SQLite database, cookie secret): root's, nobody else's.
STATE = Path(env("NNDL_HUB_STATE", "/srv/jupyterhub"))
IP = env("NNDL_HUB_IP", "127.0.0.1")
PORT = int(env("NNDL_HUB_PORT", "8000"))

# The public URL (the proxy), the hub's API and the proxy's API: all on loopback by default;
# a real class puts TLS in front (c.JupyterHub.ssl_cert / ssl_key, or a reverse proxy).
c.JupyterHub.bind_url = f"http://{IP}:{PORT}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{env('NNDL_HUB_API_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env('NNDL_HUB_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules/.bin/configurable-http-proxy")]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every single-user server

c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = {INSTRUCTOR, *STUDENTS}
# Groups, for the hub's admin page and for a shared formgrader service later (README).
c.JupyterHub.load_groups = {
    "instructors": {"users": [INSTRUCTOR]},
    "students": {"users": STUDENTS},
}

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120  # a busy 2-core machine
c.Spawner.http_timeout = 120


def per_user(spawner) -> None:
    """The instructor's server from the course project's venv in the course folder; a
    student's from the student venv in their home. Both with the exchange's location."""
    instructor = spawner.user.name == INSTRUCTOR
    venv = INSTRUCTOR_VENV if instructor else STUDENT_VENV
    spawner.cmd = [str(venv / "bin/jupyterhub-singleuser")]
    spawner.notebook_dir = COURSE if instructor else "~"
    spawner.environment = {
        **spawner.environment,
        # nbgrader shells out to alembic; the kernel is the venv's python.
        "PATH": f"{venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "NBGRADER_EXCHANGE": EXCHANGE,
    }


c.Spawner.pre_spawn_hook = per_user
