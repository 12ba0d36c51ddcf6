# The two entry points of README.md: `make demo` and `make test`.
SWIFT ?= swift
DATASET ?= graphs/wuhan-cppcc
EXPLORER = .build/debug/explorer
DIAGRAMS = $(DATASET)/diagrams

.PHONY: setup build demo test gallery clean

setup:
	@bash scripts/install-system-deps.sh

build: setup
	$(SWIFT) build

demo: build
	$(EXPLORER) build $(DATASET)
	$(MAKE) --no-print-directory gallery

# The diagrams every newcomer should see.
gallery:
	@mkdir -p $(DIAGRAMS)
	@echo "diagrams are written by later steps (render command)"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build $(DATASET)/build
