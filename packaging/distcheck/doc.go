// Package distcheck holds the checks `make dist-check` runs on the packages
// in dist/ that cannot run here: the Windows executables are read, not
// started (Debian's Wine cannot start Go ≥ 1.22 programs).
package distcheck
