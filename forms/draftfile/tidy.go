package draftfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fgdraft/internal/atomicfile"
	"fgdraft/internal/regularfile"
)

// Recovered is what an interrupted save left that the user may want: a
// complete draft that differs from the one in the file. It is kept, under a
// visible name beside the draft, instead of being removed.
type Recovered struct {
	Path  string    // where it is kept now
	Saved time.Time // when the interrupted save wrote it
}

func (r Recovered) String() string {
	return fmt.Sprintf("an interrupted save of %s left a complete draft that differs from the file; it is kept as %s",
		r.Saved.Format("2006-01-02 15:04:05"), r.Path)
}

// TidyTemporaries removes the temporary files that interrupted saves of the
// draft at path left beside it (a crash, a kill, a full disk): those of
// processes that no longer run, and any older than a running save could be.
// A leftover holding a complete draft other than the file's is kept under a
// visible name and returned; everything else goes without a word. Save
// calls it; a program calls it first where it writes (before saving, when
// the GUI opens a draft) to tell the user what was kept. Load never does:
// reading a draft changes nothing on disk.
func TidyTemporaries(path string) ([]Recovered, error) {
	path = resolveLink(path)
	left, err := atomicfile.Leftovers(path)
	if err != nil || len(left) == 0 {
		return nil, err
	}
	current, _ := regularfile.Read(path, MaxFileSize)
	var kept []Recovered
	var errs []error
	for _, l := range left {
		data, err := regularfile.Read(l.Path, MaxFileSize)
		if err == nil && !bytes.Equal(data, current) {
			if _, derr := Decode(data); derr == nil {
				dst, err := keepRecovered(path, l)
				if err == nil {
					kept = append(kept, Recovered{Path: dst, Saved: l.Info.ModTime()})
					continue
				}
				errs = append(errs, err)
				continue // not removed: it may be wanted
			}
		}
		if err := os.Remove(l.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return kept, errors.Join(errs...)
}

// keepRecovered renames a leftover to "NAME.recovered-YYYYMMDD-HHMMSS.json"
// beside the draft, never over an existing file.
func keepRecovered(path string, l atomicfile.Leftover) (string, error) {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext) + ".recovered-" + l.Info.ModTime().Format("20060102-150405")
	for i := 1; i < 100; i++ {
		dst := stem + ext
		if i > 1 {
			dst = fmt.Sprintf("%s-%d%s", stem, i, ext)
		}
		// A hard link never replaces an existing file; the rename of a
		// temporary would.
		err := os.Link(l.Path, dst)
		switch {
		case errors.Is(err, fs.ErrExist):
			continue
		case err != nil:
			// No hard links here (FAT, some network shares): rename, after
			// making sure the name is free.
			if _, serr := os.Lstat(dst); !errors.Is(serr, fs.ErrNotExist) {
				continue
			}
			return dst, os.Rename(l.Path, dst)
		}
		return dst, os.Remove(l.Path)
	}
	return "", fmt.Errorf("keeping %s: too many recovered drafts beside %s", l.Path, path)
}

// resolveLink follows a symbolic link at path: a draft reached through a
// link is saved, and tidied, where the link points.
func resolveLink(path string) string {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err := filepath.EvalSymlinks(path); err == nil {
			return target
		}
	}
	return path
}
