package main

import (
	"archive/zip"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Both spellings print the version from FyneApp.toml.
func TestVersionCommand(t *testing.T) {
	v, err := version()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, errs := runCLI(t, args...)
		if code != exitOK || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		if want := "fgdraft " + v.String() + "\n"; out != want {
			t.Errorf("%v printed %q, want %q", args, out, want)
		}
	}
	if code, _, errs := runCLI(t, "version", "extra.json"); code != exitUnusable || !strings.Contains(errs, "takes no file") {
		t.Errorf("version with a file: exit %d, %q", code, errs)
	}
}

// The commit set with -ldflags, as the Makefile sets it, reaches --version
// of the built binary, with the version from FyneApp.toml.
func TestVersionFromLinker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	exe := filepath.Join(t.TempDir(), "fgdraft")
	build := exec.Command("go", "build", "-ldflags", "-X main.commit=feedbeef1234", "-o", exe, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(exe, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(toml)
	if number == nil {
		t.Fatal("FyneApp.toml has no Version")
	}
	if want := "fgdraft " + string(number[1]) + " (build "; !strings.HasPrefix(string(out), want) || !strings.Contains(string(out), "commit feedbeef1234)") {
		t.Errorf("--version printed %q", out)
	}
}

// An exported PDF names this version of fgdraft as its creator and producer.
func TestExportCarriesVersion(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdfinfo is not installed (CI is set; make test installs poppler-utils)")
		}
		t.Skip("pdfinfo not installed (make test installs poppler-utils)")
	}
	v, err := version()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "en.pdf")
	if code, _, errs := runCLI(t, "export", "--today", "2026-11-25", "-o", out, "examples/fg-example-en.json"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	info, err := exec.Command("pdfinfo", out).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"Creator", "Producer"} {
		want := field + ":"
		line := regexp.MustCompile(`(?m)^` + want + `\s*(.*)$`).FindSubmatch(info)
		if line == nil || string(line[1]) != v.Producer() {
			t.Errorf("%s %q, want %q", field, line, v.Producer())
		}
	}
}

// An exported Word document names this version of fgdraft as the
// application that wrote it.
func TestDOCXCarriesVersion(t *testing.T) {
	v, err := version()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "en.docx")
	if code, _, errs := runCLI(t, "export", "--format", "docx", "--today", "2026-11-25", "-o", out, "examples/fg-example-en.json"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open("docProps/app.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var props struct {
		Application string
	}
	if err := xml.NewDecoder(f).Decode(&props); err != nil {
		t.Fatal(err)
	}
	if props.Application != v.Producer() {
		t.Errorf("Application %q, want %q", props.Application, v.Producer())
	}
}
