//go:build nogui

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"

	"fgdraft/internal/buildinfo"
)

// This build of fgdraft (go build -tags nogui) is the command line without
// the GUI: Fyne's packages take about 3 ms to initialise in every process
// that links them, a third of what `fgdraft validate` may take. The window
// is the full build, installed beside it (guiProgram: fgdraft-gui beside
// fgdraft on Linux, fgdraft.exe beside fgdraft-cli.exe on Windows), which
// this one starts in its place with the same arguments.

func startGUI(args []string, _ buildinfo.Version, stderr io.Writer) int {
	gui, err := findGUI()
	if err != nil {
		fmt.Fprintln(stderr, "fgdraft:", err)
		return exitUnusable
	}
	code, err := replaceProcess(gui, args)
	if err != nil {
		fmt.Fprintf(stderr, "fgdraft: starting %s: %v\n", gui, err)
		return exitUnusable
	}
	return code
}

// findGUI finds fgdraft-gui beside this executable (following a link to
// it), else on the PATH.
func findGUI() (string, error) {
	name := guiProgram
	self, err := os.Executable()
	if err == nil {
		if real, err := filepath.EvalSymlinks(self); err == nil {
			self = real
		}
		beside := filepath.Join(filepath.Dir(self), name)
		if fi, err := os.Stat(beside); err == nil && fi.Mode().IsRegular() {
			// a copy of this program under the window program's name would
			// start itself again and again: refuse it
			if me, err := os.Stat(self); err == nil && (os.SameFile(me, fi) || sameContent(self, beside, me, fi)) {
				return "", fmt.Errorf("%s is this command-line program, not the window program: reinstall fgdraft, or build both programs with `make build`", beside)
			}
			return beside, nil
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("the window program %s is neither beside %s nor on the PATH: reinstall fgdraft, or build both programs with `make build`", name, self)
}

// sameContent reports whether two regular files of the sizes given hold the
// same bytes (a copy, not a link). Read only when the sizes agree.
func sameContent(a, b string, fa, fb fs.FileInfo) bool {
	if fa.Size() != fb.Size() {
		return false
	}
	da, err := os.ReadFile(a)
	if err != nil {
		return false
	}
	db, err := os.ReadFile(b)
	return err == nil && string(da) == string(db)
}
