# deepdive: `make run` builds everything and serves http://127.0.0.1:7878; `make test` runs every test.

CARGO ?= cargo
NPM ?= npm
ADDR ?= 127.0.0.1:7878

.PHONY: run build web test test-rust test-web test-browser lint fmt conformance bench clean

run: build
	./target/release/deepdive serve --addr $(ADDR)

build: web
	$(CARGO) build --release -p explorer

# Front-end packages come from the lock file only.
web/node_modules/.package-lock.json: web/package-lock.json
	$(NPM) --prefix web ci --no-audit --no-fund

web: web/node_modules/.package-lock.json
	$(NPM) --prefix web run build

test: lint test-rust test-web test-browser

lint: web/node_modules/.package-lock.json
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(NPM) --prefix web run typecheck

test-rust: web
	$(CARGO) test --workspace

test-web: web/node_modules/.package-lock.json
	$(NPM) --prefix web test

# The browser test drives Debian's chromium against the real (debug) binary built by test-rust.
test-browser: web
	$(CARGO) build -p explorer
	DEEPDIVE_BIN=$(CURDIR)/target/debug/deepdive $(NPM) --prefix web run test:browser

fmt:
	$(CARGO) fmt --all

# Oracle comparisons over CPython's whole standard library (needs python3 3.11).
conformance:
	$(CARGO) build --release -p python-syntax --example tokenize --example ast_dump
	$(CARGO) build --release -p python-compiler --example pydis
	python3 scripts/python_tokens_conformance.py
	python3 scripts/python_ast_conformance.py
	python3 scripts/python_bytecode_conformance.py

# Benchmarks beside the real tools, on the whole standard library.
bench:
	$(CARGO) build --release -p python-syntax --example tokenize --example ast_dump
	$(CARGO) build --release -p python-compiler --example pydis
	python3 scripts/python_tokens_bench.py
	python3 scripts/python_ast_bench.py
	python3 scripts/python_bytecode_bench.py
	python3 scripts/python_vm_bench.py

clean:
	$(CARGO) clean
	rm -rf web/dist web/node_modules
