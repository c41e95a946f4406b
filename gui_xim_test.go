//go:build !nogui && (linux || freebsd || netbsd || openbsd)

package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
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

// fakeServer registers as an input method server called argv[1] the way
// the XIM protocol has it, and stays until its standard input closes.
const fakeServer = `#include <stdio.h>
#include <unistd.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
int main(int argc, char** argv)
{
	char name[256];
	snprintf(name, sizeof name, "@server=%s", argv[1]);
	Display* d = XOpenDisplay(NULL);
	if (!d) return 1;
	Window w = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
	Atom server = XInternAtom(d, name, False);
	XSetSelectionOwner(d, server, w, CurrentTime);
	XChangeProperty(d, DefaultRootWindow(d), XInternAtom(d, "XIM_SERVERS", False),
	                XA_ATOM, 32, PropModeReplace, (unsigned char*) &server, 1);
	XSync(d, False);
	puts("ready");
	fflush(stdout);
	char c;
	while (read(0, &c, 1) > 0) {}
	return 0;
}
`

// fakeInputMethodServer runs fakeServer on display until stop is called.
func fakeInputMethodServer(t *testing.T, display, name string) (stop func()) {
	t.Helper()
	dir := t.TempDir()
	src, bin := filepath.Join(dir, "server.c"), filepath.Join(dir, "server")
	if err := os.WriteFile(src, []byte(fakeServer), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("gcc", src, "-o", bin, "-lX11").CombinedOutput(); err != nil {
		t.Skipf("cannot build the stand-in server: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, name)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make([]byte, 6)
	if _, err := io.ReadFull(out, ready); err != nil {
		t.Fatalf("stand-in server: %v", err)
	}
	stop = func() { in.Close(); cmd.Wait() }
	t.Cleanup(func() { in.Close(); cmd.Process.Kill(); cmd.Wait() })
	return stop
}

// Given XMODIFIERS naming an input method, the window warns while no input
// method server of that name runs on the display (also when a stopped one
// left its name behind), and stops warning once one runs; without a display, or without an input method
// named, there is nothing to say.
func TestMissingInputMethod(t *testing.T) {
	display := xvfb(t)
	t.Setenv("DISPLAY", display)
	t.Setenv("XMODIFIERS", "@im=fgdrafttest")
	if got := missingInputMethod(); got != "fgdrafttest" {
		t.Errorf("no server registered: %q, want the name fgdrafttest", got)
	}
	// What an input method server leaves behind when it exits: its atom.
	set := exec.Command("xprop", "-display", display, "-root", "-f", "XIM_SERVERS", "32a", "-set", "XIM_SERVERS", "@server=fgdrafttest")
	if out, err := set.CombinedOutput(); err != nil {
		t.Fatalf("xprop: %v\n%s", err, out)
	}
	if got := missingInputMethod(); got != "fgdrafttest" {
		t.Errorf("a stale registration: %q, want the name fgdrafttest", got)
	}
	// What a running one does: it owns the selection of that name.
	stop := fakeInputMethodServer(t, display, "fgdrafttest")
	if got := missingInputMethod(); got != "" {
		t.Errorf("server running: %q, want no warning", got)
	}
	t.Setenv("XMODIFIERS", "@im=ibus")
	if got := missingInputMethod(); got != "ibus" {
		t.Errorf("another server registered: %q, want ibus", got)
	}
	t.Setenv("XMODIFIERS", "@im=none")
	if got := missingInputMethod(); got != "" {
		t.Errorf("@im=none: %q, want no warning", got)
	}
	t.Setenv("XMODIFIERS", "@im=fgdrafttest")
	stop()
	if got := missingInputMethod(); got != "fgdrafttest" {
		t.Errorf("server stopped: %q, want the name fgdrafttest", got)
	}
	t.Setenv("DISPLAY", "")
	if got := missingInputMethod(); got != "" {
		t.Errorf("no display: %q, want no warning", got)
	}
}
