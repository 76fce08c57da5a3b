"""The demo: the reference models' training table and the synthetic demo course end to end."""
