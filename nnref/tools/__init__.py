"""Tooling beside the reference: the procedural cat / non-cat image generator (catfaces) and
the fast training path of the demo and the prose checks (fast). Students never mirror these."""
