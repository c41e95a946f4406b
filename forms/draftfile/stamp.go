package draftfile

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"fgdraft/forms"
	"fgdraft/internal/atomicfile"
	"fgdraft/internal/regularfile"
)

// Stamp is what a draft file was when it was read: its size, modification
// time and a hash of its content. A writer that read the file saves over
// it only if it is still so (SaveUnchanged): two writers of one draft —
// two imports, the window and an import — must not lose each other's work.
type Stamp struct {
	Exists  bool
	Size    int64
	ModTime time.Time
	Sum     [sha256.Size]byte
}

// StampOf is the file's stamp now; a missing file has the zero stamp
// (Exists false), which a file saved meanwhile does not match.
func StampOf(path string) (Stamp, error) {
	path = resolveLink(path)
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Stamp{}, nil
	}
	if err != nil {
		return Stamp{}, err
	}
	data, err := regularfile.Read(path, MaxFileSize)
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{Exists: true, Size: fi.Size(), ModTime: fi.ModTime(), Sum: sha256.Sum256(data)}, nil
}

// Same tells whether two stamps are of the same file content.
func (s Stamp) Same(o Stamp) bool {
	return s.Exists == o.Exists && s.Size == o.Size && s.ModTime.Equal(o.ModTime) && bytes.Equal(s.Sum[:], o.Sum[:])
}

// SaveUnchanged is Save that replaces the file only if it is still what
// it was when read (read, from StampOf before it was loaded); otherwise
// nothing is written and the error is a *Error with the problem
// ChangedSinceRead.
func SaveUnchanged(path string, p *forms.Proposal, read Stamp) error {
	data, err := Encode(p)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if _, err := Decode(data); err != nil {
		return fmt.Errorf("saving %s: refusing to write a draft that would not load back: %w", path, err)
	}
	target := resolveLink(path)
	TidyTemporaries(target)
	err = atomicfile.WriteIf(target, data, 0o644, func() error {
		now, err := StampOf(target)
		if err != nil {
			return err
		}
		if !now.Same(read) {
			return &Error{File: path, Problem: ChangedSinceRead, Reason: "the file was changed by another program (or another fgdraft) since it was read; nothing was written, so that neither version is lost: run the command again on the file as it is now"}
		}
		return nil
	})
	if errors.Is(err, atomicfile.ErrBusy) {
		return &Error{File: path, Problem: ChangedSinceRead, Reason: "another program is saving the file at this moment; nothing was written, so that neither version is lost: run the command again", Err: err}
	}
	return err
}
