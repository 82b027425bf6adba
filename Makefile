# Ventanilla: `make run` to use it, `make test` to check everything.
# Both install what a fresh machine lacks (scripts/install-tools.sh).

SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
export CHROMEDRIVER := /usr/bin/chromedriver

ADDR ?= 127.0.0.1:8080
DB ?= ventanilla.sqlite3
SERVER := target/server/ventanilla-api
APP_SOURCES := index.html Trunk.toml Cargo.toml Cargo.lock build.rs scripts/split-wasm.mjs \
	$(shell find src crates/ui/src crates/core/src locales style public -type f 2>/dev/null)

# A failed build leaves no half-made dist/index.html behind.
.DELETE_ON_ERROR:

.PHONY: run test tools tools-run lint unit contract wasm-test e2e app embed elements size clean

# The server needs none of the tools: it builds while they install and the app builds.
run:
	$(MAKE) --no-print-directory -j2 dist/index.html $(SERVER)
	$(SERVER) --addr $(ADDR) --db $(DB) --dist dist --dev-outbox

test: tools lint unit contract wasm-test e2e

tools:
	scripts/install-tools.sh all

tools-run:
	scripts/install-tools.sh run

app: dist/index.html

dist/index.html: $(APP_SOURCES) | tools-run
	trunk build --release --offline

# Another team's app on ventanilla-ui (examples/embed): `trunk build` is its only step.
# It shares this target folder, so the crates it has in common build once.
EMBED_SOURCES := $(shell find examples/embed -path examples/embed/dist -prune -o -type f -print) \
	$(shell find crates/ui crates/core -type f)
embed: examples/embed/dist/index.html
examples/embed/dist/index.html: $(EMBED_SOURCES) | tools-run
	cd examples/embed && CARGO_TARGET_DIR=$(CURDIR)/target trunk build --offline

# The components as custom elements for plain HTML pages (crates/elements, elements/): the rules
# and messages in one wasm, a JS module, the styles after the theme; with examples/elements, a static site.
ELEMENTS_SITE := target/elements-site
ELEMENTS_SOURCES := $(shell find crates/elements crates/core/src elements examples/elements -type f) \
	locales/es-MX/validation.ftl locales/en/validation.ftl crates/ui/src/theme.css Cargo.lock
elements: $(ELEMENTS_SITE)/index.html
$(ELEMENTS_SITE)/index.html: $(ELEMENTS_SOURCES) | tools-run
	cargo build --release --target wasm32-unknown-unknown -p ventanilla-elements
	rm -rf $(ELEMENTS_SITE) && mkdir -p $(ELEMENTS_SITE)/elements
	wasm-bindgen --target web --no-typescript --out-dir $(ELEMENTS_SITE)/elements \
		target/wasm32-unknown-unknown/release/ventanilla_elements.wasm
	wasm-opt -Oz --converge $(ELEMENTS_SITE)/elements/ventanilla_elements_bg.wasm \
		-o $(ELEMENTS_SITE)/elements/ventanilla_elements_bg.wasm
	cp elements/vnt-elements.js $(ELEMENTS_SITE)/elements/
	cat crates/ui/src/theme.css elements/vnt-elements.css > $(ELEMENTS_SITE)/elements/vnt-elements.css
	cp examples/elements/* $(ELEMENTS_SITE)/

# The server renders the app's pages: it is built from the app's sources too.
$(SERVER): $(APP_SOURCES) $(shell find crates/api -type f)
	cargo build --profile server -p ventanilla-api

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p ventanilla -p ventanilla-ui --all-targets -- -D warnings
	# Core's tests use proptest, which has no wasm backend; its code must build for wasm.
	cargo clippy --target wasm32-unknown-unknown -p ventanilla-core -p ventanilla-elements -- -D warnings
	# The component library's documentation (each README and its examples): no broken link.
	RUSTDOCFLAGS="-D warnings" cargo doc -p ventanilla-ui --no-deps
	# Publishable as it is: packaged alone, it builds (its styles included) outside this workspace.
	cargo package -p ventanilla-ui --allow-dirty
	cargo fmt --manifest-path examples/embed/Cargo.toml --check
	CARGO_TARGET_DIR=$(CURDIR)/target cargo clippy --manifest-path examples/embed/Cargo.toml --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

# The API against its own OpenAPI document: schemathesis, every check.
contract:
	cargo build -p ventanilla-api
	scripts/schemathesis.sh target/debug/ventanilla-api 100

wasm-test:
	cargo test --target wasm32-unknown-unknown -p ventanilla-ui

e2e: dist/index.html examples/embed/dist/index.html $(ELEMENTS_SITE)/index.html
	cargo build -p ventanilla-api
	cd e2e && VENTANILLA_SERVER=$(CURDIR)/target/debug/ventanilla-api npx playwright test

size: dist/index.html $(SERVER)
	node scripts/size.mjs $(SERVER) dist

clean:
	rm -rf dist examples/embed/dist $(ELEMENTS_SITE) target/stylance
