"""nnref: the reference NumPy solution of the course, trusted by the grader.

One module per assignment, because the same name means different things in
different weeks (``compute_cost`` returns a float in Week 3 and a 0-d array in
Week 4, ``initialize_parameters`` exists in both):

- :mod:`nnref.basics`    Week 2, NumPy basics
- :mod:`nnref.logistic`  Week 2, logistic regression as a neural network
- :mod:`nnref.shallow`   Week 3, one hidden layer (tanh) on planar data
- :mod:`nnref.deep`      Week 4, a deep L-layer network step by step
- :mod:`nnref.app`       Week 4, the deep network applied to images
- :mod:`nnref.data`      the datasets: loaders and generators

Conventions: examples are columns, ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``,
``W{l}`` is ``(n_l, n_{l-1})`` and ``b{l}`` is ``(n_l, 1)``.
"""
