package session

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fakeTimers is an After whose waits end only when the test says so.
type fakeTimers struct {
	waits []fakeWait
}

type fakeWait struct {
	d       time.Duration
	f       func()
	stopped *bool
}

func (ft *fakeTimers) after(d time.Duration, f func()) func() bool {
	stopped := new(bool)
	ft.waits = append(ft.waits, fakeWait{d: d, f: f, stopped: stopped})
	return func() bool { *stopped = true; return true }
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestScheduleWritesAfterTheLastEdit(t *testing.T) {
	store := NewAutosave(filepath.Join(t.TempDir(), "data"))
	s := New(example(t), today)
	timers := &fakeTimers{}
	sc := store.Schedule(s, 3*time.Second, timers.after)

	// Given two edits in a row
	s.Edited()
	sc.Edited(nil)
	s.Edited()
	sc.Edited(nil)

	// Then the first wait was stopped, and the second waits the delay.
	if len(timers.waits) != 2 || !*timers.waits[0].stopped || *timers.waits[1].stopped || timers.waits[1].d != 3*time.Second {
		t.Fatalf("waits %+v", timers.waits)
	}
	// A stale wait that fires anyway (it was already due) writes nothing.
	timers.waits[0].f()
	if exists(store.File()) {
		t.Fatal("a stale wait wrote the copy")
	}
	// The last wait writes it.
	timers.waits[1].f()
	if !exists(store.File()) {
		t.Fatal("the last wait wrote nothing")
	}
}

func TestScheduleCancelAndFailure(t *testing.T) {
	dir := t.TempDir()
	store := NewAutosave(filepath.Join(dir, "data"))
	s := New(example(t), today)
	timers := &fakeTimers{}
	sc := store.Schedule(s, time.Second, timers.after)

	// A cancelled wait writes nothing.
	s.Edited()
	sc.Edited(nil)
	sc.Cancel()
	timers.waits[0].f()
	if exists(store.File()) {
		t.Fatal("a cancelled wait wrote the copy")
	}

	// A clean draft is never written, even when asked at once.
	s.ForgetChanges()
	if err := sc.Now(); err != nil || exists(store.File()) {
		t.Fatalf("clean draft: %v, written %v", err, exists(store.File()))
	}

	// A folder that cannot be made is reported to the failure callback.
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := NewAutosave(filepath.Join(blocker, "data")).Schedule(s, time.Second, timers.after)
	s.Edited()
	var got error
	bad.Edited(func(err error) { got = err })
	timers.waits[len(timers.waits)-1].f()
	if got == nil {
		t.Error("a failed write was not reported")
	}
}
