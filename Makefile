# Two commands do all of the setup: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test install install-test clean screenshots bench data

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.app-installed

install: $(VENV)/.app-installed
install-test: $(VENV)/.test-installed

run: install
	$(PY) -m streamlit run app.py --server.port $(PORT)

test: install-test
	$(PY) -m pytest -q

# the tables built from the pinned source extracts in data/sources/, and their documentation
data: install
	$(PY) scripts/build_data.py
	$(PY) scripts/make_data_readme.py

bench: install-test
	$(PY) bench/run.py

screenshots: install-test
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache
