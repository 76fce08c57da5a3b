# make demo  - set up .venv if missing and run the demo course end to end
# make test  - set up .venv if missing, then lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed
# nbgrader shells out to alembic, so the venv's bin/ must come first on PATH.
export PATH := $(BIN):$(PATH)

.PHONY: demo test lint install hub-deps data-verify bench release clean zoo variants

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
	  "Python 3.11 or newer is needed (nbgrader 0.9 requires it): make PYTHON=python3.11 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# JupyterHub (tests/test_hub.py, README "Running a class on JupyterHub"): the instructor's and
# the students' venvs in build/hub/, configurable-http-proxy in hub/node_modules.
HUB_STAMP := build/hub/.installed
$(HUB_STAMP): pyproject.toml hub/install-deps hub/requirements-hub.txt \
  hub/requirements-student.txt hub/package-lock.json hub/student_nbgrader_config.py \
  hub/lab_overrides.json
	hub/install-deps
	touch $(HUB_STAMP)

hub-deps: $(HUB_STAMP)

demo: $(STAMP)
	$(BIN)/nndl demo

test: $(STAMP) $(HUB_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

# Regenerate the student files of source/<week>/ and release/ (WEEKS="week3" for one week).
release: $(STAMP)
	$(BIN)/python -m autograder.instructor.build $(WEEKS)

# Grade every mistake of tests/mistakes/ through nbgrader autograde and print the table
# (function, mistakes, killed, with the right hint). Also part of `make test` (tests/test_zoo.py).
zoo: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m tests.mistakes.run --workers 2

# Grade every accepted variant of tests/variants/ visibly and through nbgrader autograde and
# print the table (function, variants, full marks visible, full marks hidden). Also part of
# `make test` (tests/test_variants.py).
variants: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m tests.variants.run --workers 2

data-verify: $(STAMP)
	$(BIN)/nndl data verify

bench: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/train.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
