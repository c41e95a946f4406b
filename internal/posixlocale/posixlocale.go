// Package posixlocale keeps Fyne quiet on machines whose locale is "C" or
// "POSIX" (CI, containers, ssh sessions): Fyne's lang package reads the
// locale in its init and logs an error for these names on every start, also
// for the headless commands. Importing this package first gives them the
// BCP 47 name they stand for.
//
// It relies on Go's package initialisation order: a package is initialised
// before any package that sorts after it by import path once its own
// dependencies (here only os) are ready, and "fgdraft/..." sorts before
// "fyne.io/...".
package posixlocale

import "os"

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v, set := os.LookupEnv(name)
		if !set || v == "" {
			continue
		}
		if v == "C" || v == "POSIX" || v == "C.UTF-8" || v == "C.utf8" {
			os.Setenv(name, "en_US.UTF-8")
		}
		return
	}
}
