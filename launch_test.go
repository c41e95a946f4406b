//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildLean builds fgdraft without the GUI into dir.
func buildLean(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "fgdraft")
	out, err := exec.Command("go", "build", "-tags", "nogui", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -tags nogui: %v\n%s", err, out)
	}
	return bin
}

// The build without the GUI links no Fyne: that is what makes it start fast.
func TestLeanBuildHasNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-tags", "nogui", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") || strings.Contains(pkg, "go-gl/") {
			t.Errorf("fgdraft -tags nogui links %s", pkg)
		}
	}
}

// Given the lean fgdraft with a window program beside it, when it is asked
// for the GUI, then that program runs in its place with the same arguments;
// the headless commands run in fgdraft itself.
func TestLeanBuildHandsTheWindowOver(t *testing.T) {
	dir := t.TempDir()
	bin := buildLean(t, dir)
	record := filepath.Join(dir, "args.txt")
	gui := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + record + "\nexit 3\n"
	if err := os.WriteFile(filepath.Join(dir, "fgdraft-gui"), []byte(gui), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--example", "some draft.json")
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 3 {
		t.Fatalf("fgdraft --example: %v, want the window program's exit status 3", err)
	}
	got, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "--example\nsome draft.json\n" {
		t.Errorf("the window program got %q", got)
	}

	os.Remove(record)
	if out, err := exec.Command(bin, "rules").Output(); err != nil || !strings.Contains(string(out), "criteria.support") {
		t.Errorf("fgdraft rules: %v\n%s", err, out)
	}
	if _, err := os.Stat(record); err == nil {
		t.Error("a headless command started the window program")
	}
}

// Without the window program, fgdraft says which program is missing and
// how to get it.
func TestLeanBuildWithoutTheWindowProgram(t *testing.T) {
	bin := buildLean(t, t.TempDir())
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "PATH="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != exitUnusable {
		t.Fatalf("fgdraft without fgdraft-gui: %v, want exit %d", err, exitUnusable)
	}
	if !strings.Contains(string(out), "fgdraft-gui") || !strings.Contains(string(out), "make build") {
		t.Errorf("message %q does not name the missing program and the remedy", out)
	}
}

// A copy of the command line installed under the window program's name
// (a botched install) is refused, not started again and again.
func TestLeanBuildRefusesItselfAsTheWindowProgram(t *testing.T) {
	dir := t.TempDir()
	bin := buildLean(t, dir)
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fgdraft-gui"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "PATH="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != exitUnusable {
		t.Fatalf("fgdraft with itself as fgdraft-gui: %v (%s), want exit %d", err, out, exitUnusable)
	}
	if !strings.Contains(string(out), "not the window program") {
		t.Errorf("message %q does not say the window program is this one", out)
	}
}
