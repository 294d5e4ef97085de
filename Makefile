# movemap — `make demo` renders the seed maps, `make test` runs the tests.
SWIFT ?= swift
# Tests run optimized: the sea router and the gazetteer are ten times slower unoptimized.
# The demo uses the same configuration, so `make demo` and `make test` share one build.
RELEASE := -c release -Xswiftc -enable-testing
BIN := .build/release/movemap
SEEDS := $(wildcard seeds/*.yaml)

.PHONY: all bootstrap build release demo test bench resources docs clean

all: build

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build

release: bootstrap
	$(SWIFT) build $(RELEASE) --product movemap

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

bench: release
	@scripts/bootstrap --with-bench
	$(SWIFT) build $(RELEASE) --product movemap-sea-bench
	@bench/run

# Regenerate Resources/ from the public data packages (see Resources/README.md).
resources:
	python3 scripts/build_basemap.py
	python3 scripts/build_countries.py
	python3 scripts/build_gazetteer.py
	python3 scripts/build_navigation.py
	python3 scripts/write_checksums.py

# Re-render the pictures committed under docs/.
docs: release
	scripts/render_docs

clean:
	rm -rf .build out
