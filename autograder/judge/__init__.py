"""The judging core: compares a student's outputs with the expected ones and explains what is
wrong. NumPy only: the build copies it into every release folder (nndl_check.py).
"""
