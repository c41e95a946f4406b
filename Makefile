# fgdraft — two commands: `make run` starts the GUI on the bundled example,
# `make test` runs every test. Both first install the Debian packages that are
# missing (as root, or through sudo), and do nothing when all are there.

SHELL := /bin/bash
GO    ?= go
BIN   := fgdraft

# Fyne's OpenGL driver needs a C compiler and the X11/GL headers; the PDF tests
# read the exported files back with poppler's pdftotext/pdfinfo/pdffonts and qpdf.
DEBS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
        libxinerama-dev libxi-dev libxxf86vm-dev poppler-utils qpdf

.PHONY: run test build deps check-go vet fmt-check fuzz bench screenshots clean

run: deps build
	./$(BIN) --example

build: check-go
	$(GO) build -o $(BIN) .

test: deps check-go fmt-check vet
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@bad=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt would change: $$bad"; exit 1; fi

# Longer runs of the fuzzers (the seed corpora also run in `make test`).
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzDecode -fuzztime=60s ./forms
	$(GO) test -run='^$$' -fuzz=FuzzRender -fuzztime=60s ./export/pdf

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

deps:
	@missing=""; \
	for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	fi

check-go:
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed (https://go.dev/dl/); it is not on PATH"; exit 1; }
	@$(GO) version | awk '{split($$3,v,"."); sub("go","",v[1]); if (v[1]<1 || (v[1]==1 && v[2]<26)) {print "Go 1.26 or newer is needed; found " $$3; exit 1}}'

clean:
	rm -f $(BIN)
