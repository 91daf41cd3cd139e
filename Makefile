# The two commands a newcomer needs: `make serve` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/portal
REDIS_TEST_URL ?= redis://127.0.0.1:6379/1
DEV := DJANGO_SETTINGS_MODULE=portal.settings.dev
TEST := DJANGO_SETTINGS_MODULE=portal.settings.test

.PHONY: serve test install demo lint checks test-sqlite test-browser test-postgres services chromium varnish messages admin-messages bench bench-search

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

## Set up, load the demo content and serve the portal on 127.0.0.1:$(PORT).
serve: install demo
	$(DEV) $(BIN)/python manage.py runserver --nostatic 127.0.0.1:$(PORT)

demo: install
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py load_demo --hostname 127.0.0.1 --port $(PORT)
	$(DEV) $(BIN)/python manage.py create_demo_admin

## Set up and run every check and test: lint, Django checks, SQLite, browser, PostgreSQL + Redis.
test: install chromium varnish services
	$(MAKE) lint checks test-sqlite test-browser test-postgres

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

checks:
	$(TEST) $(BIN)/python manage.py check --fail-level WARNING
	$(TEST) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/check_messages.py
	$(TEST) $(BIN)/python manage.py translation_coverage --min 95

# The whole suite with the demo portal loaded. `pytest -m "not demo"` runs the tests built on
# factories on an empty database; not yet a gate: several test files still read the demo
# (the list is STILL_ON_DEMO in conftest.py, see docs/architecture.md, "Tests").
test-sqlite:
	$(TEST) $(BIN)/pytest -m "not browser" -n 2

test-browser:
	$(TEST) DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -m browser

# The Varnish tests (tests/test_varnish.py) run once, in the SQLite pass: they test the proxy.
# Everything else runs in one go, smoke layer included, so the demo is loaded under every test:
# the suite passes again with the demo content present.
test-postgres:
	$(TEST) DATABASE_URL=$(PG_URL) REDIS_URL=$(REDIS_TEST_URL) $(BIN)/pytest -m "not browser and not varnish" -n 2

services:
	scripts/ensure-services.sh

chromium:
	scripts/ensure-chromium.sh

varnish:
	scripts/ensure-varnish.sh

## Rebuild the Vietnamese catalog after changing translatable strings.
messages: install
	$(DEV) $(BIN)/python manage.py makemessages -l vi --no-obsolete --ignore=.venv --ignore=static_collected --ignore=test-artifacts --ignore=bench
	$(BIN)/python scripts/check_messages.py --compile

## Add new upstream msgids to the admin catalogs (locale_admin/) after an upgrade, and compile them.
admin-messages: install
	$(BIN)/python scripts/admin_catalogs.py sync
	$(TEST) $(BIN)/python manage.py translation_coverage --missing
	$(BIN)/python scripts/admin_catalogs.py compile

bench: install
	bench/run.sh

## Search benchmark on PostgreSQL (not a test): 5,000 and 50,000 generated articles, see docs/search.md.
SEARCH_BENCH_URL ?= postgres://postgres@127.0.0.1:5432/portal_search_bench
bench-search: install
	$(TEST) DATABASE_URL=$(SEARCH_BENCH_URL) $(BIN)/python bench/search/run.py $(SEARCH_BENCH_ARGS)
