# Portal TIC — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
# uv installs the project's dependencies into the venv (several times faster than pip), compiled to
# bytecode as pip does: with PYTHONDONTWRITEBYTECODE set, nothing would compile them later.
UV := $(VENV)/bin/uv
UV_INSTALL := $(UV) pip install -q --compile-bytecode --python $(PY)
PORT ?= 8000
XDIST ?= -n 2
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev
# Python keeps the bytecode it compiles: the test workers and the subprocesses of the suite then
# load the portal's modules instead of compiling them again (a shell may have this switched off).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test test-fast lint-tools bench lint check-python deps deps-dev browser restic axe migrate seed clean gettext messages i18n-check

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Portal TIC necesita Python 3.11 o superior (PYTHON=$(PYTHON)).")'

$(PY): | check-python
	$(PYTHON) -m venv $(VENV)

$(UV): | $(PY)
	$(PIP) install "uv>=0.5"

# Reinstall only when pyproject.toml changes.
$(VENV)/.deps: pyproject.toml | $(UV)
	$(UV_INSTALL) -e .
	@touch $@

$(VENV)/.deps-dev: pyproject.toml $(VENV)/.deps
	$(UV_INSTALL) -e ".[dev]"
	@touch $@

# Only the static-analysis tools (ruff, import-linter) at the versions pyproject.toml sets, so CI can
# lint and check the architecture contracts before it installs everything else.
lint-tools: | $(UV)
	$(UV_INSTALL) $$($(PY) -c 'import re, tomllib; dev = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["dev"]; print(" ".join(d for d in dev if re.split("[<>=!~ ]", d)[0] in {"ruff", "import-linter"}))')

deps: $(VENV)/.deps
deps-dev: $(VENV)/.deps-dev

## run: set everything up and serve the portal with a Huey consumer (Ctrl-C stops both)
run: deps
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py rundev --port $(PORT)

# Debian's chromium for the browser tests (never a downloaded browser build).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Instalando chromium de Debian…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "No se pudo instalar chromium"; \
	  else echo "Aviso: falta /usr/bin/chromium y no se puede instalar (se requiere root y apt-get)."; fi; \
	fi

# Debian's restic for the off-site copies of the backups and their tests.
restic:
	@if ! command -v restic >/dev/null; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Instalando restic de Debian…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq restic >/dev/null) \
	      || echo "No se pudo instalar restic"; \
	  else echo "Aviso: falta restic y no se puede instalar (se requiere root y apt-get)."; fi; \
	fi

# axe-core from the npm registry, injected into pages by the accessibility tests.
axe: node_modules/axe-core/axe.min.js
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if ! command -v npm >/dev/null && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null); fi
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## test: install what tests need and run the whole suite in parallel
test: deps-dev browser restic axe
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest $(XDIST) $(PYTEST_ARGS)

## test-fast: the inner loop — no browser, no integration tests (real Huey consumer, services)
test-fast: deps-dev
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest $(XDIST) -m "not e2e and not integration" $(PYTEST_ARGS)

## bench: performance benchmarks (not part of the suite); each prints its figure
bench: deps-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest tests/benchmarks -s $(PYTEST_ARGS)

## lint: ruff and the architecture contracts (import-linter, see docs/architecture.md)
lint: lint-tools
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

migrate: deps
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

clean:
	rm -rf $(VENV) node_modules var

# GNU gettext (msgfmt, xgettext, msgmerge) from Debian, for the catalogue and its gate.
gettext:
	@if ! command -v msgfmt >/dev/null || ! command -v xgettext >/dev/null; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Instalando gettext de Debian…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null) \
	      || echo "No se pudo instalar gettext"; \
	  else echo "Aviso: falta GNU gettext y no se puede instalar (se requiere root y apt-get)."; fi; \
	fi

## i18n-check: fail when a message lacks its English translation or the .mo is stale (catalogue untouched)
i18n-check: deps gettext
	$(PY) manage.py check_translations

## messages: refresh the English catalogue (needs GNU gettext); commit the .po and the .mo
messages: deps gettext
	$(PY) manage.py makemessages -l en --no-location --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests
	msgattrib --no-obsolete -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	$(PY) manage.py compilemessages -l en -l es
