# The two entry points of README.md: `make demo` and `make test`.
SWIFT ?= swift
DATASET ?= graphs/wuhan-cppcc
EXPLORER = .build/debug/explorer
DIAGRAMS = $(DATASET)/diagrams

.PHONY: setup build demo test gallery clean fuzz

# The peer engines (FalkorDB, Kùzu, NetworkX) go into .build/peers-venv, kept with the build.
setup:
	@bash scripts/install-system-deps.sh
	@bash scripts/setup-peers.sh

build: setup
	$(SWIFT) build

demo: build
	$(EXPLORER) build $(DATASET)
	$(MAKE) --no-print-directory gallery
	@echo "Explore it in a browser:  $(EXPLORER) serve $(DATASET)   then open http://127.0.0.1:8080/  (Ctrl-C stops)"

# The diagrams every newcomer should see, drawn from the built snapshot, each
# kind once: the ownership matrix (also as PDF), members boxed by party, one
# person's neighbourhood and roles over time, and the whole graph with its hubs
# folded. A diagram whose data is not extracted yet (no such person) is skipped
# with the explorer's own message; the whole graph falls back to its core
# labels when it is over the render command's node cap.
GALLERY_PERSON ?= 梁鸣
GALLERY_CORE = --label Agency --label Task --label Proposal --label Industry --label Meeting --label Party
GALLERY_MATRIX = --view matrix --label Agency --label Task --label Proposal \
	--title "Which units own which tasks (牵头单位 lead, 责任单位 responsible)"
GALLERY_PARTIES = --label Person --label Party --hide-isolated --group-by party \
	--title "Members and their parties and sectors"
# The gallery is a set: every diagram is drawn into a staging folder, and only
# when all are drawn are they moved into diagrams/ (a failed render leaves the
# old gallery whole).
gallery: DIAGRAMS = $(DATASET)/build/gallery.new
gallery:
	@rm -rf $(DIAGRAMS) && mkdir -p $(DIAGRAMS) $(DATASET)/diagrams
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/task-matrix.svg $(GALLERY_MATRIX)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/task-matrix.png $(GALLERY_MATRIX)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/task-matrix.pdf $(GALLERY_MATRIX)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/party-membership.svg $(GALLERY_PARTIES)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/party-membership.png $(GALLERY_PARTIES)
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-neighbourhood.svg --around $(GALLERY_PERSON) --depth 1 \
		|| echo "gallery: skipped person-neighbourhood.svg (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-neighbourhood.png --around $(GALLERY_PERSON) --depth 1 \
		|| echo "gallery: skipped person-neighbourhood.png (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-timeline.svg --view timeline --around $(GALLERY_PERSON) \
		--title "$(GALLERY_PERSON): roles over time 历年身份与职务" \
		|| echo "gallery: skipped person-timeline.svg (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/person-timeline.png --view timeline --around $(GALLERY_PERSON) \
		--title "$(GALLERY_PERSON): roles over time 历年身份与职务" \
		|| echo "gallery: skipped person-timeline.png (see the message above)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.svg --layout sfdp \
		|| $(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.svg --layout sfdp $(GALLERY_CORE) \
			--title "The graph's core labels (the whole graph is over the node cap)"
	$(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.png --layout sfdp \
		|| $(EXPLORER) render $(DATASET) -o $(DIAGRAMS)/whole-graph.png --layout sfdp $(GALLERY_CORE) \
			--title "The graph's core labels (the whole graph is over the node cap)"
	@rm -f $(DATASET)/diagrams/task-ownership.svg $(DATASET)/diagrams/task-ownership.png
	@mv -f $(DIAGRAMS)/* $(DATASET)/diagrams/ && rmdir $(DIAGRAMS)

# A short fuzzing run (15 s per target) before the tests; `make fuzz` runs longer.
test: setup
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) bash scripts/fuzz.sh 15
	@# The headless-browser test in a process of its own first (see Tests/WebTests/Browser/BrowserTests.swift),
	@# then everything else; the last closing line is the whole suite's.
	$(SWIFT) test --skip-build --filter BrowserTests
	BROWSER_TESTS=separately $(SWIFT) test --skip-build

# libFuzzer over the query pipeline, documents, packs and snapshots (Fuzz/, docs/fuzzing.md).
FUZZ_SECONDS ?= 60
fuzz:
	SWIFT=$(SWIFT) bash scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build $(DATASET)/build
