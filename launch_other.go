//go:build nogui && !unix

package main

import (
	"errors"
	"os"
	"os/exec"
)

// guiProgram is the name of the full build beside this one: the window
// program of the Windows package.
const guiProgram = "fgdraft.exe"

// replaceProcess runs program with args and waits for it, passing on its
// exit status: without exec(2), this is the nearest to running in place.
func replaceProcess(program string, args []string) (int, error) {
	cmd := exec.Command(program, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), nil
	}
	if err != nil {
		return exitUnusable, err
	}
	return exitOK, nil
}
