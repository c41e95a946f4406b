// Package atomicfile replaces files so that a reader, or a crash, sees either
// the old content or the new, never half of either.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ErrReadOnly is returned for a file the user may not write: Write could
// replace it (the folder is writable), but the user made it read-only.
var ErrReadOnly = errors.New("the file is read-only; make it writable or write to another file")

// ErrReadOnlyFS is returned for a file, or a folder, on a file system
// mounted read-only (a CD, a write-protected card, a read-only share):
// making the file writable would not help.
var ErrReadOnlyFS = errors.New("the disk or share is read-only; write to another folder")

// StaleAge is older than any running Write can be: a temporary file that old
// was left by an interrupted one, whoever made it.
const StaleAge = 10 * time.Minute

// Write replaces the file at path with data: it writes a temporary file in the
// same folder, syncs it and renames it over path. An existing file keeps its
// permission bits; a new one gets mode. On error the temporary file is removed
// and the old file is left as it was. A file without write permission is not
// replaced (ErrReadOnly).
//
// The temporary file is named ".NAME.tmp-PID-RANDOM", so that Leftovers can
// tell one left by a process that no longer runs.
func Write(path string, data []byte, mode fs.FileMode) (err error) {
	return WriteIf(path, data, mode, nil)
}

// ErrBusy is another writer replacing the same file at this moment.
var ErrBusy = errors.New("another program is saving this file at this moment; nothing was written")

// WriteIf is Write that replaces the file only if check, called just
// before the rename while no other WriteIf of the same file can replace it
// (a lock file beside it, ".NAME.lock"), returns nil; otherwise nothing is
// written and its error returned. Two writers that read the same file and
// check that it is still what they read so cannot both replace it: the
// second finds it changed, or the lock taken (ErrBusy). A lock left by a
// process that no longer runs, or older than StaleAge, is taken over.
func WriteIf(path string, data []byte, mode fs.FileMode, check func() error) (err error) {
	return replace(path, mode, check, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFunc is Write for content made while it is written (an export of
// thousands of pages): write writes it to the temporary file, through a
// buffer, so that the whole never needs to be in memory. When write
// fails, its error is returned and the old file is left as it was.
func WriteFunc(path string, mode fs.FileMode, write func(io.Writer) error) error {
	return replace(path, mode, nil, write)
}

// replace is WriteIf with the content written by write.
func replace(path string, mode fs.FileMode, check func() error, write func(io.Writer) error) (err error) {
	fi, err := os.Stat(path)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("writing %s: not a regular file", path)
	case err == nil && !writable(path, fi) && onReadOnlyFS(path):
		return fmt.Errorf("writing %s: %w", path, ErrReadOnlyFS)
	case err == nil && !writable(path, fi):
		return fmt.Errorf("writing %s: %w", path, ErrReadOnly)
	case err == nil:
		mode = fi.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("writing %s: %w", path, err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, tempPrefix(base)+strconv.Itoa(os.Getpid())+"-*")
	if err != nil && onReadOnlyFS(dir) {
		return fmt.Errorf("writing %s: %w", path, ErrReadOnlyFS)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("writing %s: %w", path, err)
		}
	}()
	buf := bufio.NewWriterSize(f, 256<<10)
	if err = write(buf); err != nil {
		return err
	}
	if err = buf.Flush(); err != nil {
		return err
	}
	if err = f.Chmod(mode); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if check != nil {
		unlock, lerr := lock(path)
		if lerr != nil {
			err = lerr
			return err
		}
		defer unlock()
		if err = check(); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	// Make the rename itself durable; not every system lets a folder be synced.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// lock takes the lock file of path, ".NAME.lock", holding this process's
// ID; unlock removes it.
func lock(path string) (unlock func(), err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	name := filepath.Join(dir, "."+base+".lock")
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			f.WriteString(strconv.Itoa(os.Getpid()) + "-")
			f.Close()
			return func() { os.Remove(name) }, nil
		}
		if !errors.Is(err, fs.ErrExist) || attempt > 0 {
			if errors.Is(err, fs.ErrExist) {
				return nil, ErrBusy
			}
			return nil, err
		}
		// a lock of a process gone, or too old to be a live one, is stale
		holder, rerr := os.ReadFile(name)
		fi, serr := os.Stat(name)
		if rerr != nil || serr != nil {
			continue // released meanwhile: try again
		}
		if time.Since(fi.ModTime()) < StaleAge && processMayRun(string(holder)) {
			return nil, ErrBusy
		}
		os.Remove(name)
	}
}

// tempPrefix begins the names of the temporary files of the file named base.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// Leftover is a temporary file that an interrupted Write left beside its file.
type Leftover struct {
	Path string
	Info fs.FileInfo
}

// Leftovers lists the temporary files of path that no running Write is
// using: those made by a process that no longer runs, and those older than
// StaleAge. Files of a live process (this one included) are not listed.
func Leftovers(path string) ([]Leftover, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	prefix := tempPrefix(base)
	var out []Leftover
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		if time.Since(info.ModTime()) < StaleAge && processMayRun(rest) {
			continue
		}
		out = append(out, Leftover{Path: filepath.Join(dir, name), Info: info})
	}
	return out, nil
}

// processMayRun tells, from the part of a temporary file's name after the
// prefix ("PID-RANDOM"), whether the process that made it may still be
// writing it. Names without a process ID (older versions) may.
func processMayRun(rest string) bool {
	pidText, _, ok := strings.Cut(rest, "-")
	pid, err := strconv.Atoi(pidText)
	if !ok || err != nil || pid <= 0 {
		return true
	}
	return pid == os.Getpid() || processRuns(pid)
}
