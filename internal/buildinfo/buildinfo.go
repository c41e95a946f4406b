// Package buildinfo is the version of fgdraft as the user sees it: the version
// and build number written in FyneApp.toml (the one source the packaging tool
// also reads) and the commit the program was built from.
//
// main reads FyneApp.toml (embedded) and the commit (set by the Makefile with
// -ldflags "-X main.commit=…") and passes the Version down to the GUI and the
// exporters; nothing here is global.
package buildinfo

import (
	"fmt"
	"regexp"
	"runtime/debug"

	"github.com/BurntSushi/toml"
)

// Version identifies one build of fgdraft.
type Version struct {
	// Number is the release version from FyneApp.toml, e.g. "0.1.0".
	Number string
	// Build is the build number from FyneApp.toml (Windows file versions
	// carry it as their fourth part).
	Build int
	// Commit is the abbreviated git commit the program was built from, with
	// "-dirty" when the work tree had uncommitted changes; "" when unknown
	// (a plain `go build` outside the Makefile).
	Commit string
}

// semver is the form the packaging tools accept: x, x.y or x.y.z, with an
// optional pre-release suffix.
var semver = regexp.MustCompile(`^\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$`)

// Parse reads the version from the text of FyneApp.toml. commit is the value
// set at build time; when it is empty the commit recorded by the Go toolchain
// (vcs.revision, present when built with -buildvcs) is used instead.
func Parse(fyneAppTOML []byte, commit string) (Version, error) {
	var meta struct {
		Details struct {
			Version string
			Build   int
		}
	}
	if err := toml.Unmarshal(fyneAppTOML, &meta); err != nil {
		return Version{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	v := Version{Number: meta.Details.Version, Build: meta.Details.Build, Commit: commit}
	if !semver.MatchString(v.Number) {
		return Version{}, fmt.Errorf("FyneApp.toml: [Details] Version %q is not a version like 1.2.3", v.Number)
	}
	if v.Commit == "" {
		v.Commit = toolchainCommit()
	}
	return v, nil
}

// toolchainCommit is the commit `go build` stamped into the binary, shortened
// like git's, or "" when it stamped none.
func toolchainCommit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "-dirty"
	}
	return rev
}

// String is the version as `fgdraft --version` prints it and the PDF's
// producer carries it: "0.1.0 (build 1, commit 4b1262a)"; a build without a
// known commit says so rather than pretending to be a release.
func (v Version) String() string {
	commit := v.Commit
	if commit == "" {
		commit = "unknown"
	}
	return fmt.Sprintf("%s (build %d, commit %s)", v.Number, v.Build, commit)
}

// Producer is the name and version for a document's producer/creator
// metadata, e.g. "fgdraft 0.1.0 (build 1, commit 4b1262a)"; just "fgdraft"
// for the zero Version (tests that pass none).
func (v Version) Producer() string {
	if v == (Version{}) {
		return "fgdraft"
	}
	return "fgdraft " + v.String()
}
