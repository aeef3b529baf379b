# stakegraph: the two commands of the README.
#   make run   install what is missing, build, validate every graph in Graphs/ and render it into Output/
#              (for the seed graph also the position map, time frames, the HTML report and the explorer)
#   make test  install what is missing, run the whole test suite (Swift tests, then the interop
#              check of import/export against NetworkX, Graphviz and FalkorDB: Tests/Interop/run.sh,
#              then the explorer in headless Chromium: Tests/Browser/run.sh)
# Also:
#   make sanitize  the Swift tests under AddressSanitizer (with LeakSanitizer), then ThreadSanitizer
#   make fuzz      libFuzzer on every reader: FUZZ_SECONDS each (default 60), FUZZ_READERS to choose
#   make install   build, then copy the binary to $(PREFIX)/bin and its bash, zsh and fish
#                  completions under $(PREFIX)/share (PREFIX defaults to /usr/local; DESTDIR for packaging)
#   make uninstall remove what make install copied

SWIFT ?= swift
SEEDS ?= ../shared/seeds
BIN := .build/release/stakegraph
GRAPHS := $(sort $(wildcard Graphs/*.yaml Graphs/*.yml Graphs/*.json))
SEED_GRAPH := Graphs/huawei-5g.yaml

.PHONY: run test deps build bench clean sanitize fuzz install uninstall

## `run` validates each graph against its own texts: a graph whose header names a `sources-dir`
## is checked there (validate reads it); the seed graph, whose articles live outside the
## repository (SEEDS, ../shared/seeds), gets --sources when that folder exists; any other graph
## is validated without its quotes checked.

## Installs libgraphviz-dev, pkg-config and the Liberation fonts through apt-get when they are
## missing. Graphviz measures text with the fonts fontconfig finds for "Helvetica"; without
## Liberation Sans (Arial's metrics) it falls back to wider ones, and every drawing comes out
## different from the committed Output/.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc || ! fc-list 2>/dev/null | grep -q LiberationSans-Regular; then \
	  echo "make: Graphviz development files (libgraphviz-dev), pkg-config or the Liberation fonts are missing; installing them"; \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make: no apt-get here: install Graphviz's C library and headers (libgvc, pkg-config) by hand" >&2; exit 1; \
	  fi; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev pkg-config fonts-liberation2 fontconfig >/dev/null \
	    || { echo "make: apt-get could not install libgraphviz-dev, pkg-config and fonts-liberation2; install them and try again" >&2; exit 1; }; \
	fi

build: deps
	$(SWIFT) build -c release --product stakegraph

run: build
	@mkdir -p Output
	@status=0; for graph in $(GRAPHS); do \
	  if [ "$$graph" = "$(SEED_GRAPH)" ] && [ -d "$(SEEDS)" ] && ! grep -q '^ *sources-dir:\|[{,] *sources-dir:' "$$graph"; then \
	    $(BIN) validate "$$graph" --sources "$(SEEDS)" || status=1; \
	  else $(BIN) validate "$$graph" || status=1; fi; \
	  $(BIN) render "$$graph" || status=1; \
	done; \
	if [ -f $(SEED_GRAPH) ]; then \
	  $(BIN) render $(SEED_GRAPH) --focus huawei --depth 1 -o Output/huawei-5g-focus-huawei.svg || status=1; \
	  $(BIN) render $(SEED_GRAPH) --highlight-path "Chris Wray" "Government of China" -o Output/huawei-5g-path-wray-china.svg || status=1; \
	  $(BIN) render $(SEED_GRAPH) --color-by stance --issue huawei-in-5g -o Output/huawei-5g-stances.svg || status=1; \
	  $(BIN) render $(SEED_GRAPH) --view positions --issue huawei-in-5g -o Output/huawei-5g-positions.svg || status=1; \
	  $(BIN) render $(SEED_GRAPH) --frames 2018-06,2019-01,2019-03,2019-06 -o Output/frames || status=1; \
	  $(BIN) report -g $(SEED_GRAPH) -o Output/huawei-5g-report.html || status=1; \
	  $(BIN) explore -g $(SEED_GRAPH) -o Output/huawei-5g-explorer.html || status=1; \
	fi; \
	echo; $(BIN) stats -g $(SEED_GRAPH) --format json | sed -n 's/^  "\(actors\|relations\|quotes\|positions\)" : \(.*\),$$/  \1: \2/p'; \
	python3 Benchmarks/svg_legibility.py --summary Output/*.svg Output/frames/*.svg || status=1; \
	exit $$status

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/Interop/run.sh .build/debug/stakegraph
	Tests/Browser/run.sh .build/debug/stakegraph

## The Swift tests under AddressSanitizer, then ThreadSanitizer (which covers the parallel
## centrality measures through their one-worker-or-many tests), each in a build folder of its own.
## LeakSanitizer ignores only Graphviz's and its font libraries' known losses (Tests/Sanitizers/).
SANITIZER_OPTIONS = LSAN_OPTIONS=suppressions=$(CURDIR)/.build-asan/lsan.supp:print_suppressions=0 \
  TSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/tsan.supp
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	cat Tests/Sanitizers/lsan.supp Tests/Sanitizers/lsan-layout.supp > .build-asan/lsan.supp
	STAKEGRAPH_SANITIZER=address $(SANITIZER_OPTIONS) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	STAKEGRAPH_SANITIZER=thread $(SANITIZER_OPTIONS) $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

## libFuzzer with AddressSanitizer on each reader in turn (Fuzz/run.sh); fails on any finding.
FUZZ_SECONDS ?= 60
FUZZ_READERS ?= yaml json csv dot graphml gexf gml pajek dl kumu
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_READERS)

## The binary and the completion scripts ArgumentParser writes for it, in the places bash-completion,
## zsh ($fpath) and fish look under a prefix. The scripts are generated by the binary just built.
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
BASH_COMPLETION = $(DESTDIR)$(PREFIX)/share/bash-completion/completions/stakegraph
ZSH_COMPLETION = $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_stakegraph
FISH_COMPLETION = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/stakegraph.fish
install: build
	install -d "$(BINDIR)" "$(dir $(BASH_COMPLETION))" "$(dir $(ZSH_COMPLETION))" "$(dir $(FISH_COMPLETION))"
	install -m 755 $(BIN) "$(BINDIR)/stakegraph"
	$(BIN) --generate-completion-script bash > "$(BASH_COMPLETION)"
	$(BIN) --generate-completion-script zsh > "$(ZSH_COMPLETION)"
	$(BIN) --generate-completion-script fish > "$(FISH_COMPLETION)"
	@echo "make: installed $(BINDIR)/stakegraph and its bash, zsh and fish completions"

uninstall:
	rm -f "$(BINDIR)/stakegraph" "$(BASH_COMPLETION)" "$(ZSH_COMPLETION)" "$(FISH_COMPLETION)"

## Side-by-side benchmarks (see Benchmarks/RESULTS.md).
bench: deps
	Benchmarks/render.sh
	Benchmarks/performance.sh
	Benchmarks/frames.sh
	Benchmarks/events.sh
	Benchmarks/io_speed.sh
	@echo; echo "Issue 18's targets (Benchmarks/targets.py):"; python3 Benchmarks/targets.py

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz
