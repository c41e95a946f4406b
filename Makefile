# fgdraft — two commands: `make run` starts the GUI on the bundled example,
# `make test` runs every test. Both first install the Debian packages that are
# missing (as root, or through sudo), and do nothing when all are there.
# `make dist` builds the user packages into dist/, `make dist-check` checks them.

SHELL := /bin/bash
GO    ?= go
# Two builds of the same program: fgdraft-gui is the whole of it, fgdraft
# (-tags nogui) the command line without Fyne, which starts in a third of
# the time and hands the window over to fgdraft-gui beside it.
BIN     := fgdraft
GUI_BIN := fgdraft-gui

# Typing through an input method (make ime-check, docs/ime.md): a virtual X
# display, xdotool's keys, xprop, ibus with its pinyin engine on a bus of
# its own, ImageMagick's import for the screenshot.
IME_DEBS := xvfb xdotool x11-utils dbus ibus ibus-libpinyin imagemagick

# Fyne's OpenGL driver needs a C compiler and the X11/GL headers; the PDF tests
# read the exported files back with poppler's pdftotext/pdfinfo/pdffonts, qpdf and
# MuPDF's mutool, and Ghostscript rewrites one as another tool would;
# the DOCX tests with unzip and LibreOffice, drawing with the Noto fonts;
# the input method check its own (IME_DEBS).
DEBS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
        libxinerama-dev libxi-dev libxxf86vm-dev poppler-utils qpdf mupdf-tools \
        unzip libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk ghostscript \
        $(IME_DEBS)

.PHONY: run test build deps check-go vet lint fmt-check fuzz bench clean \
        dist dist-check deps-dist deps-bench ime-check glfw-diff

# The packages: mingw-w64 cross-compiles the Windows executable; wixl builds
# the MSI, dpkg-dev (dpkg-shlibdeps) the .deb; the checks validate the .desktop
# file and the AppStream metainfo, lint the .deb (lintian), read the MSI back
# (msitools) and run the Windows package under Wine in a virtual X display
# (wine64, xvfb, xdotool, imagemagick for the screenshot).
DIST_DEBS := gcc-mingw-w64-x86-64 desktop-file-utils appstream xz-utils zip \
             dpkg-dev wixl msitools lintian wine64 xvfb xdotool imagemagick
# Fyne's packaging tool, pinned; installed into dist/tools by `make dist`.
FYNE_TOOLS_VERSION := v1.7.4
FYNE := $(CURDIR)/dist/tools/fyne-$(FYNE_TOOLS_VERSION)

# The commit goes into `fgdraft --version`, the About box and the PDFs; the
# version itself is read from FyneApp.toml at build time (embedded).
COMMIT  := $(shell git rev-parse --short=12 HEAD 2>/dev/null)$(shell git diff --quiet HEAD -- 2>/dev/null || echo -dirty)
LDFLAGS := -X main.commit=$(COMMIT)

run: deps build
	./$(BIN) --example

build: deps check-go
	$(GO) build -ldflags "$(LDFLAGS)" -o $(GUI_BIN) .
	$(GO) build -tags nogui -ldflags "$(LDFLAGS)" -o $(BIN) .

# `make test DIST_CHECK=no` leaves out the packages (see README.md, "Packages",
# for the time they take).
# With the packages checked, their Debian packages (mingw-w64 for the
# Windows executable's tests among them) are installed before the tests.
test: $(if $(filter no,$(DIST_CHECK)),deps,deps-dist) check-go fmt-check vet lint
	$(GO) test -count=1 -timeout 40m ./...
	$(MAKE) ime-check
ifneq ($(DIST_CHECK),no)
	$(MAKE) dist-check
endif

vet:
	$(GO) vet ./...

# staticcheck, pinned, from the Go module proxy into tools/bin (not
# committed); `make test` fails on any finding.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(CURDIR)/tools/bin/staticcheck-$(STATICCHECK_VERSION)

lint: check-go $(STATICCHECK)
	$(STATICCHECK) ./...

$(STATICCHECK):
	@mkdir -p $(@D)/tmp-$(STATICCHECK_VERSION)
	GOBIN=$(@D)/tmp-$(STATICCHECK_VERSION) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv $(@D)/tmp-$(STATICCHECK_VERSION)/staticcheck $@
	rmdir $(@D)/tmp-$(STATICCHECK_VERSION)

# Chinese typed through ibus (libpinyin) into the window under Xvfb: what
# is committed arrives, keys the input method takes do not, the candidates
# stand at the caret (tools/ime-check.sh; about a minute).
ime-check: deps build
	tools/ime-check.sh ./$(GUI_BIN)

# The patch of the GLFW bindings in third_party/glfw as a diff against the
# upstream version (third_party/glfw-ime.diff), after changing them.
glfw-diff:
	tools/glfw-diff.sh

fmt-check:
	@bad=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt would change: $$bad"; exit 1; fi

# Longer runs of the fuzzers (the seed corpora also run in `make test`). New
# interesting inputs are minimised for at most a second, so that a large one
# does not stall a run; a crasher is written to testdata/fuzz/FuzzX/ — commit
# it, it stays a seed. FuzzDecode runs about a million drafts in its minute.
FUZZ := $(GO) test -run='^$$' -fuzzminimizetime=1s
fuzz:
	$(FUZZ) -fuzz='^FuzzDecode$$' -fuzztime=60s ./forms/draftfile
	$(FUZZ) -fuzz='^FuzzParseJSON$$' -fuzztime=20s ./forms/draftfile
	$(FUZZ) -fuzz='^FuzzImportXLIFF$$' -fuzztime=30s ./forms/xliff
	$(FUZZ) -fuzz='^FuzzXLIFFRoundTrip$$' -fuzztime=30s ./forms/xliff
	$(FUZZ) -fuzz='^FuzzRender$$' -fuzztime=60s ./export/pdf
	$(FUZZ) -fuzz='^FuzzRender$$' -fuzztime=60s ./export/docx
	$(FUZZ) -fuzz='^FuzzReopen$$' -fuzztime=60s ./export/reopen
	$(FUZZ) -fuzz='^FuzzExportRoundTrip$$' -fuzztime=60s ./export/reopen
	$(FUZZ) -fuzz='^FuzzReadBody$$' -fuzztime=30s ./export/docx

bench: deps-bench build
	$(GO) test -run='^$$' -bench=. -benchmem ./...
	tools/bench-startup.sh ./$(BIN)

deps: PKGS = $(DEBS)
deps-dist: PKGS = $(DEBS) $(DIST_DEBS)
# hyperfine times the start-up of whole processes without a shell between.
deps-bench: PKGS = $(DEBS) hyperfine
deps deps-dist deps-bench:
	@missing=""; \
	for p in $(PKGS); do \
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
	rm -f $(BIN) $(GUI_BIN)
	rm -rf dist

# Linux tar.xz and .deb, Windows zip and MSI, with SHA256SUMS in dist/
# (packaging/dist.sh). A cold Windows build takes about 9 minutes on 2 cores.
dist: deps-dist check-go $(FYNE)
	FYNE=$(FYNE) GO=$(GO) COMMIT=$(COMMIT) packaging/dist.sh

$(FYNE):
	mkdir -p $(@D)/bin-$(FYNE_TOOLS_VERSION)
	GOBIN=$(@D)/bin-$(FYNE_TOOLS_VERSION) $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)
	mv $(@D)/bin-$(FYNE_TOOLS_VERSION)/fyne $@ && rmdir $(@D)/bin-$(FYNE_TOOLS_VERSION)

# Installs the Linux package into a temporary prefix and runs it from there,
# validates its .desktop file and metainfo, installs and removes the .deb,
# reads the Windows executables' resources and the MSI, runs the Windows
# package under Wine against the Linux build, installs and uninstalls the MSI
# there, builds the executables a second time and compares the bytes, and
# prints the sizes (packaging/dist-check.sh).
dist-check: dist
	GO=$(GO) packaging/dist-check.sh
