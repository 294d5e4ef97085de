# movemap — `make demo` renders the seed maps, `make test` runs the tests.
SWIFT ?= swift
# Tests run optimized: the sea router and the gazetteer are ten times slower unoptimized.
# The demo uses the same configuration, so `make demo` and `make test` share one build.
RELEASE := -c release -Xswiftc -enable-testing
BIN := .build/release/movemap
SEEDS := $(wildcard seeds/*.yaml)

PREFIX ?= /usr/local
DESTDIR ?=
# The manual's date is the last commit's, so the same checkout makes the same page.
MANDATE := $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)

.PHONY: all bootstrap build release demo test bench resources docs api-docs clean man install install-check

all: build

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build

# The shipped binary has the Swift runtime linked in (see Package.swift): only the link
# differs from the test build's, so switching between them relinks and compiles nothing.
release: bootstrap
	MOVEMAP_STATIC_STDLIB=1 $(SWIFT) build $(RELEASE) --product movemap

demo: release
	@mkdir -p out
	@for scenario in $(SEEDS); do \
		name=$$(basename $$scenario .yaml); \
		echo "render $$scenario -> out/$$name.png out/$$name.svg"; \
		$(BIN) render $$scenario -o out/$$name.png || exit $$?; \
		$(BIN) render $$scenario -o out/$$name.svg -q || exit $$?; \
	done

test: bootstrap
	$(SWIFT) build $(RELEASE) --build-tests
	$(SWIFT) test $(RELEASE) --skip-build
	@$(MAKE) --no-print-directory install-check

# The manual page, from the command's own help (swift-argument-parser's generate-manual).
man: release
	$(SWIFT) build $(RELEASE) --product generate-manual
	@mkdir -p .build/man
	.build/release/generate-manual $(BIN) --date $(MANDATE) --output-directory .build/man

# make install PREFIX=/usr/local (and DESTDIR=… for packaging): the binary, its data in
# PREFIX/share/movemap/Resources, the manual page and the shell completions.
install: release man
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/movemap" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/movemap"
	rm -rf "$(DESTDIR)$(PREFIX)/share/movemap/Resources"
	cp -R Resources "$(DESTDIR)$(PREFIX)/share/movemap/Resources"
	install -m 644 .build/man/movemap.1 "$(DESTDIR)$(PREFIX)/share/man/man1/movemap.1"
	install -m 644 completions/movemap.bash "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/movemap"
	install -m 644 completions/_movemap "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_movemap"
	install -m 644 completions/movemap.fish "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/movemap.fish"

# Installs into a fresh prefix and runs the installed binary from outside the checkout.
install-check:
	@scripts/install-check

bench: release
	@scripts/bootstrap --with-bench
	$(SWIFT) build $(RELEASE) --product movemap-bench
	@bench/run

# Regenerate Resources/ from the public data packages (see Resources/README.md).
resources:
	python3 scripts/build_basemap.py
	python3 scripts/build_countries.py
	python3 scripts/build_country_index.py
	python3 scripts/build_gazetteer.py
	python3 scripts/build_navigation.py
	python3 scripts/write_checksums.py

# The library's reference and getting-started article (DocC), into .build/api-docs.
# Browse with a static server, or `docc preview Sources/Movemap/Movemap.docc`.
api-docs: bootstrap
	$(SWIFT) package --disable-sandbox generate-documentation --target Movemap --output-path .build/api-docs \
		--transform-for-static-hosting --hosting-base-path movemap

# Re-render the pictures committed under docs/.
docs: release
	scripts/render_docs

clean:
	rm -rf .build out
