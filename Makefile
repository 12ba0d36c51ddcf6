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
	@echo "Explore it in a browser:  $(EXPLORER) serve $(DATASET)   then open http://127.0.0.1:8080/  (Ctrl-C stops)"

# The diagrams every newcomer should see, drawn from the built snapshot. A
# diagram whose data is not extracted yet (no such person) is skipped with the
# explorer's own message; the whole graph falls back to its core labels when it
# is over the render command's node cap.
GALLERY_PERSON ?= 梁鸣
GALLERY_CORE = --label Agency --label Task --label Proposal --label Industry --label Meeting --label Party
gallery:
	@mkdir -p $(DIAGRAMS)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/task-ownership.svg --label Agency --label Task --label Proposal --hide-isolated \
		--title "Which units own which tasks (牵头单位, 责任单位)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/task-ownership.png --label Agency --label Task --label Proposal --hide-isolated \
		--title "Which units own which tasks (牵头单位, 责任单位)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/party-membership.svg --label Person --label Party --hide-isolated \
		--title "Members and their parties and sectors"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/party-membership.png --label Person --label Party --hide-isolated \
		--title "Members and their parties and sectors"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-neighbourhood.svg --around $(GALLERY_PERSON) --depth 1 \
		|| echo "gallery: skipped person-neighbourhood.svg (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-neighbourhood.png --around $(GALLERY_PERSON) --depth 1 \
		|| echo "gallery: skipped person-neighbourhood.png (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.svg --layout sfdp \
		|| $(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.svg --layout sfdp $(GALLERY_CORE) \
			--title "The graph's core labels (the whole graph is over the node cap)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.png --layout sfdp \
		|| $(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.png --layout sfdp $(GALLERY_CORE) \
			--title "The graph's core labels (the whole graph is over the node cap)"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build $(DATASET)/build
