"""nbgrader's settings for every student on the hub: the course and the exchange.

`make hub-deps` copies this file to build/hub/student/etc/jupyter/nbgrader_config.py, where
nbgrader's Assignment List and Validate read it; the hub gives each server NBGRADER_EXCHANGE
(hub/jupyterhub_config.py). A student's own ~/.jupyter/nbgrader_config.py could override
these, which only breaks their own fetch and submit.
"""

import os

c = get_config()  # noqa: F821 (nbgrader injects get_config)

c.CourseDirectory.course_id = "nndl"
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")
