//go:build unix

package draftfile

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fgdraft/forms"
)

// saveChildEnv names the draft a child process of TestKillDuringSave saves
// over and over until it is killed.
const saveChildEnv = "FGDRAFT_TEST_SAVE_CHILD"

// bigDraft is a draft of a few megabytes, so that a kill often lands while
// it is being written or flushed; version tells two of them apart.
func bigDraft(version string) *forms.Proposal {
	p := fullProposal()
	p.FocusGroup.Name = "Version " + version
	p.GapAnalysis.Entries = nil
	for i := range 16 {
		p.GapAnalysis.Entries = append(p.GapAnalysis.Entries, forms.GapEntry{
			Body: fmt.Sprintf("Body %d", i), Kind: "sdo", Work: strings.Repeat(version+" work. ", 20000), Gap: "gap",
		})
	}
	return p
}

// The child: save two versions in turn until killed.
func saveForever(path string) {
	a, b := bigDraft("A"), bigDraft("B")
	fmt.Println("saving")
	for i := 0; ; i++ {
		p := a
		if i%2 == 1 {
			p = b
		}
		if err := Save(path, p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

// Killing saves at random moments leaves the old draft or the new one, never
// a mix, and the next save leaves no temporary file behind.
func TestKillDuringSave(t *testing.T) {
	if path := os.Getenv(saveChildEnv); path != "" {
		saveForever(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a few dozen processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	encA, _ := Encode(bigDraft("A"))
	encB, _ := Encode(bigDraft("B"))
	if err := os.WriteFile(path, encA, 0o644); err != nil {
		t.Fatal(err)
	}
	const kills = 30
	leftBehind := 0
	for i := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSave$")
		cmd.Env = append(os.Environ(), saveChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 7)
		if _, err := out.Read(buf); err != nil || string(buf) != "saving\n" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child %d did not start saving: %q %v %s", i, buf, err, stderr.String())
		}
		time.Sleep(time.Duration(rand.IntN(120)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait() // reaped: its process ID is gone
		if strings.Contains(stderr.String(), "draftfile") || strings.Contains(stderr.String(), "saving ") {
			t.Fatalf("child %d failed to save: %s", i, stderr.String())
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, encA) && !bytes.Equal(got, encB) {
			t.Fatalf("after kill %d the draft is neither version (%d bytes, %v)", i, len(got), err)
		}
		matches, _ := filepath.Glob(filepath.Join(dir, ".draft.json.tmp-*"))
		leftBehind += len(matches)
	}
	t.Logf("%d kills, %d temporary files seen after them", kills, leftBehind)

	if err := Save(path, bigDraft("C")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == "draft.json":
		case strings.HasPrefix(name, "draft.recovered-"):
			// A save killed after its file was complete: kept, and it is one
			// of the versions.
			got, _ := os.ReadFile(filepath.Join(dir, name))
			if !bytes.Equal(got, encA) && !bytes.Equal(got, encB) {
				t.Errorf("%s is neither version", name)
			}
		default:
			t.Errorf("left after the next save: %s", name)
		}
	}
	if p, err := Load(path); err != nil || p.FocusGroup.Name != "Version C" {
		t.Errorf("the last save did not land: %v", err)
	}
}
