# The pipeline: spec/ -> overlays/ -> tools/ -> generated/; conformance/ checks a server against the spec.
# Every target creates or refreshes .venv from pyproject.toml by itself.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SDK_STAMP := $(VENV)/.sdk-installed
# Debian packages some checks need; installed with apt-get only when the command is missing.
APT_INSTALL = apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

.PHONY: generate test check-generated lint spec-test emulator conformance bench clean sdk-check browser

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# openapi-generator (pinned in sdks/requirements.txt; the PyPI package bundles the jar), a Java runtime, Go and the
# one Go package the generated client imports.
$(SDK_STAMP): sdks/requirements.txt $(STAMP)
	command -v java >/dev/null || ($(APT_INSTALL) default-jre-headless)
	command -v go >/dev/null || ($(APT_INSTALL) golang-go)
	test -d /usr/share/gocode/src/gopkg.in/validator.v2 || ($(APT_INSTALL) golang-gopkg-validator.v2-dev)
	$(PY) -m pip install --quiet -r sdks/requirements.txt
	touch $@

## browser: Debian's chromium, for the check of the HTML reference
browser:
	command -v chromium >/dev/null || ($(APT_INSTALL) chromium)

## generate: bundle spec/, apply overlays/, validate, publish generated/openapi/ and generate generated/python/
generate: $(STAMP)
	$(PY) -m tools generate

## check-generated: regenerate into a temporary folder and fail on any difference with generated/
check-generated: $(STAMP)
	$(PY) -m tools check-generated

## lint: Redocly CLI (pinned) with the recommended ruleset on the bundled document
lint: $(STAMP) $(NODE_STAMP)
	$(PY) -m tools lint

## test: everything CI runs
test: $(STAMP) $(NODE_STAMP) $(SDK_STAMP) browser
	$(PY) -m tools check-generated
	$(PY) -m pip install --quiet -e generated/python
	$(PY) -m tools lint
	$(PY) -m pytest -n auto
	$(PY) -m conformance --profile ci
	$(PY) -m sdks

## sdk-check: openapi-generator's go and typescript-fetch clients from the published documents: no warning about
## the document, both compile, the Go client runs create/get/update/list/delete against the emulator
sdk-check: $(STAMP) $(NODE_STAMP) $(SDK_STAMP)
	$(PY) -m sdks

## emulator: serve the emulator on 127.0.0.1:8000 with a persistent database in .emulator/fluentcrm.sqlite3
emulator: $(STAMP)
	mkdir -p .emulator
	$(VENV)/bin/fluentcrm-emulator serve --host 127.0.0.1 --port 8000 --db .emulator/fluentcrm.sqlite3 \
		--user admin:emulator-app-password

## conformance: schemathesis against the embedded emulator, or a live server from FLUENTCRM_* variables
conformance: $(STAMP)
	$(PY) -m conformance $(CONFORMANCE_ARGS)

## bench: speed and scale figures, written to docs/benchmarks.md and docs/benchmarks.json
bench: $(STAMP)
	$(PY) -m pip install --quiet -e generated/python
	$(PY) -m bench

clean:
	rm -rf $(VENV) node_modules .emulator .pytest_cache
