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
