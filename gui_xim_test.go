//go:build !nogui && (linux || freebsd || netbsd || openbsd)

package main

import (
	"fmt"
	"math/rand/v2"
	"os/exec"
	"testing"
	"time"
)

// xvfb starts a virtual X display for the test and returns its name.
func xvfb(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xprop"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps)", tool)
		}
	}
	display := fmt.Sprintf(":%d", 300+rand.IntN(200))
	x := exec.Command("Xvfb", display, "-screen", "0", "320x240x24", "-nolisten", "tcp", "-noreset")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	for range 50 {
		if exec.Command("xprop", "-display", display, "-root", "-len", "0").Run() == nil {
			return display
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("Xvfb %s did not start", display)
	return ""
}

// Given XMODIFIERS naming an input method, the window warns while no input
// method server of that name has registered on the display, and stops
// warning once one has; without a display, or without an input method
// named, there is nothing to say.
func TestMissingInputMethod(t *testing.T) {
	display := xvfb(t)
	t.Setenv("DISPLAY", display)
	t.Setenv("XMODIFIERS", "@im=fgdrafttest")
	if got := missingInputMethod(); got != "fgdrafttest" {
		t.Errorf("no server registered: %q, want the name fgdrafttest", got)
	}
	// What an input method server does when it starts (XIM protocol):
	// its atom in the root window's XIM_SERVERS.
	set := exec.Command("xprop", "-display", display, "-root", "-f", "XIM_SERVERS", "32a", "-set", "XIM_SERVERS", "@server=fgdrafttest")
	if out, err := set.CombinedOutput(); err != nil {
		t.Fatalf("xprop: %v\n%s", err, out)
	}
	if got := missingInputMethod(); got != "" {
		t.Errorf("server registered: %q, want no warning", got)
	}
	t.Setenv("XMODIFIERS", "@im=ibus")
	if got := missingInputMethod(); got != "ibus" {
		t.Errorf("another server registered: %q, want ibus", got)
	}
	t.Setenv("XMODIFIERS", "@im=none")
	if got := missingInputMethod(); got != "" {
		t.Errorf("@im=none: %q, want no warning", got)
	}
	t.Setenv("XMODIFIERS", "@im=ibus")
	t.Setenv("DISPLAY", "")
	if got := missingInputMethod(); got != "" {
		t.Errorf("no display: %q, want no warning", got)
	}
}
