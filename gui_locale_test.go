//go:build !nogui && (linux || freebsd || netbsd || openbsd)

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The locale is the process's: each case runs in a child process (this
// test binary again, in the role localeChild).
const localeChild = "FGDRAFT_TEST_LOCALE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(localeChild) != "" {
		set := ensureUTF8CType()
		os.Stdout.WriteString("set=" + set + " LC_CTYPE=" + os.Getenv("LC_CTYPE") + " LC_ALL=" + os.Getenv("LC_ALL") + " LANG=" + os.Getenv("LANG") + "\n")
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Given an environment whose character type is not UTF-8 (no locale at
// all, "C", a locale the machine lacks, LC_ALL overriding a UTF-8 LANG),
// when the window starts, then its LC_CTYPE is a UTF-8 locale and the
// other categories keep what they had; a UTF-8 environment is left alone.
func TestWindowGetsUTF8CharacterType(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		env  []string
		want []string // in the child's report
	}{
		{"nothing set", nil, []string{"set=C.UTF-8 ", "LC_CTYPE=C.UTF-8 "}},
		{"LC_CTYPE=C", []string{"LC_CTYPE=C"}, []string{"set=C.UTF-8 ", "LC_CTYPE=C.UTF-8 "}},
		{"a locale the machine lacks", []string{"LANG=xx_YY.UTF-8"}, []string{"set=C.UTF-8 ", "LANG=xx_YY.UTF-8"}},
		{"LC_ALL over a UTF-8 LANG", []string{"LANG=C.UTF-8", "LC_ALL=xx_YY.ISO-8859-1"},
			[]string{"set=C.UTF-8 ", "LC_CTYPE=C.UTF-8 ", "LC_ALL= ", "LANG=xx_YY.ISO-8859-1"}},
		{"already UTF-8", []string{"LC_CTYPE=C.UTF-8"}, []string{"set= ", "LC_CTYPE=C.UTF-8 "}},
	} {
		env := []string{localeChild + "=1"}
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LANGUAGE=") {
				env = append(env, kv)
			}
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(env, c.env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(string(out)+" ", w) {
				t.Errorf("%s: %q lacks %q", c.name, out, w)
			}
		}
	}
}
