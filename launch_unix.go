//go:build nogui && unix

package main

import (
	"os"
	"syscall"
)

// guiProgram is the name of the full build beside this one.
const guiProgram = "fgdraft-gui"

// replaceProcess runs program with args in this process's place: the
// window keeps this process's ID, standard streams and signals, and no
// launcher stays behind. It returns only when the program cannot start.
func replaceProcess(program string, args []string) (int, error) {
	err := syscall.Exec(program, append([]string{program}, args...), os.Environ())
	return exitUnusable, err
}
