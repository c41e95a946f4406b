// Package reopen gives back the draft a filed contribution carries: a PDF
// or Word file that fgdraft wrote opens as the draft it was exported from.
// Files are told apart by their content, not their name; the draft found
// inside goes through the same decoder and limits as a draft file
// (draftfile.Decode), so a tampered one is refused the same way.
package reopen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/internal/regularfile"
	"fgdraft/locales"
)

// MaxFileSize bounds the PDF or Word file read to find a draft: a
// contribution fgdraft writes is a few hundred kilobytes, its draft at most
// draftfile.MaxFileSize.
const MaxFileSize = 4 * draftfile.MaxFileSize

// Origin says what a draft was read from.
type Origin struct {
	// Format is the contribution's format, PDF or DOCX; empty for a draft file.
	Format export.Format
	// Embedded is the name the draft travelled under inside the contribution.
	Embedded string
	// Changed says that fgdraft wrote the contribution and it was changed
	// afterwards: the draft inside may not be what its pages show.
	Changed bool
}

// Contribution tells whether the draft came out of a contribution file
// rather than a draft file: it then has no file of its own to be saved to.
func (o Origin) Contribution() bool { return o.Format != "" }

// NoDraftError says that a PDF or Word file carries no fgdraft draft: it
// was written by another program, or Lost: another program saved it over
// and dropped the draft fgdraft had put in.
type NoDraftError struct {
	File   string
	Format export.Format
	Lost   bool
}

func (e *NoDraftError) Error() string {
	kind := formatName(e.Format)
	prefix := ""
	if e.File != "" {
		prefix = e.File + ": "
	}
	if e.Lost {
		return prefix + "this " + kind + " was written by fgdraft, but the draft it carried was lost when another program saved it; open the draft file, or a copy of the contribution as fgdraft wrote it"
	}
	return prefix + "this " + kind + " carries no fgdraft draft; only a PDF or Word file exported by fgdraft can be opened as a draft"
}

func formatName(f export.Format) string {
	if f == export.DOCX {
		return "Word file"
	}
	return strings.ToUpper(string(f))
}

// Detect tells a contribution's format from the first bytes of a file: PDF
// ("%PDF-" within the first kilobyte, where the PDF specification lets
// readers look for it) or DOCX (a zip archive); empty for anything else,
// a draft file included.
func Detect(data []byte) export.Format {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return export.DOCX
	case bytes.Contains(data[:min(len(data), headSize)], []byte("%PDF-")):
		return export.PDF
	}
	return ""
}

// headSize is how much of a file Detect needs.
const headSize = 1024

// Load reads the draft at path: a draft file (through draftfile.Load), or a PDF
// or Word file that carries one. A file named .pdf or .docx whose content is
// neither is refused as such, not read as a draft file. Files are opened as
// draft files are (internal/regularfile): anything but a regular file is
// refused before it is read.
func Load(path string) (*forms.Proposal, Origin, error) {
	f, _, err := regularfile.Open(path)
	if err != nil {
		// a folder, a named pipe, a missing file: draftfile.Load says so as it
		// does for a draft file
		p, err := draftfile.Load(path)
		return p, Origin{}, err
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	f.Close()
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, Origin{}, &draftfile.Error{File: path, Problem: draftfile.CannotOpen, Params: draftfile.Params{Detail: err.Error()}, Reason: "cannot read: " + err.Error(), Err: err}
	}
	format := Detect(head[:n])
	if format == "" {
		if want := byExtension(path); want != "" {
			return nil, Origin{}, &draftfile.Error{File: path, Problem: draftfile.NotFormat, Params: draftfile.Params{Format: string(want)}, Reason: fmt.Sprintf("not a %s: the content is not what its name says", formatName(want))}
		}
		p, err := draftfile.Load(path)
		return p, Origin{}, err
	}
	data, err := regularfile.Read(path, MaxFileSize)
	if err != nil {
		var tl *regularfile.TooLargeError
		if errors.As(err, &tl) {
			return nil, Origin{}, &draftfile.Error{File: path, Problem: draftfile.TooLarge, Params: draftfile.Params{Count: tl.Size, Limit: MaxFileSize}, Reason: fmt.Sprintf("file too large: %d bytes; a contribution fgdraft reopens may have at most %d (%d MiB)", tl.Size, MaxFileSize, MaxFileSize>>20), Err: err}
		}
		return nil, Origin{}, &draftfile.Error{File: path, Problem: draftfile.CannotOpen, Params: draftfile.Params{Detail: err.Error()}, Reason: "cannot read: " + err.Error(), Err: err}
	}
	return Decode(path, data)
}

// byExtension is the contribution format a file's name announces.
func byExtension(path string) export.Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return export.PDF
	case ".docx":
		return export.DOCX
	}
	return ""
}

// Decode reads a draft from the content of the file named file: a draft
// file, or a PDF or Word file that carries one.
func Decode(file string, data []byte) (*forms.Proposal, Origin, error) {
	format := Detect(data)
	if format == "" {
		p, err := draftfile.Decode(data)
		setFile(err, file)
		return p, Origin{}, err
	}
	if len(data) > MaxFileSize {
		return nil, Origin{}, &draftfile.Error{File: file, Problem: draftfile.TooLarge, Params: draftfile.Params{Count: int64(len(data)), Limit: MaxFileSize}, Reason: fmt.Sprintf("file too large: %d bytes; a contribution fgdraft reopens may have at most %d (%d MiB)", len(data), MaxFileSize, MaxFileSize>>20)}
	}
	var draft []byte
	var name string
	var changed bool
	var err error
	switch format {
	case export.PDF:
		var found pdfFound
		found, err = pdfDraft(data)
		draft, name, changed = found.draft, found.name, found.changed
	case export.DOCX:
		draft, name, err = docxDraft(data)
	}
	var le *LimitError
	if errors.As(err, &le) {
		return nil, Origin{}, &draftfile.Error{File: file, Problem: draftfile.TooComplex, Params: draftfile.Params{Format: string(format), Value: le.Kind, Limit: le.Limit}, Reason: "not searched for a draft: " + le.Error() + "; fgdraft stops there rather than run out of memory", Err: err}
	}
	if errors.Is(err, errDraftTooLarge) {
		return nil, Origin{}, &draftfile.Error{File: inside(file, name), Problem: draftfile.TooLarge, Params: draftfile.Params{Limit: draftfile.MaxFileSize}, Reason: fmt.Sprintf("file too large: more than %d bytes, a draft may have at most %d (%d MiB)", draftfile.MaxFileSize, draftfile.MaxFileSize, draftfile.MaxFileSize>>20)}
	}
	if err != nil {
		var nd *NoDraftError
		if errors.As(err, &nd) {
			nd.File = file
			return nil, Origin{}, nd
		}
		return nil, Origin{}, &draftfile.Error{File: file, Problem: draftfile.BadContainer, Params: draftfile.Params{Format: string(format), Detail: err.Error()}, Reason: fmt.Sprintf("not a readable %s: %v", formatName(format), err), Err: err}
	}
	p, err := draftfile.Decode(draft)
	if err != nil {
		setFile(err, inside(file, name))
		return nil, Origin{}, err
	}
	return p, Origin{Format: format, Embedded: name, Changed: changed}, nil
}

// errDraftTooLarge is the draft inside a contribution growing beyond
// draftfile.MaxFileSize as it is decompressed; it is refused as a draft file
// that large is.
var errDraftTooLarge = errors.New("the draft inside is too large")

// inside names the draft inside a contribution file in messages:
// "FG-QSM_SG17_en.pdf: FG-QSM.json".
func inside(file, name string) string {
	if file == "" {
		return name
	}
	return file + ": " + name
}

// setFile names the file in a draft error.
func setFile(err error, file string) {
	var de *draftfile.Error
	if errors.As(err, &de) && de.File == "" {
		de.File = file
	}
}

// Describe says, in loc's language, why a file could not be opened as a
// draft: a PDF or Word file that carries no draft (or lost it), or any
// problem locales knows by its kind (what is wrong in a draft file, a file
// that is not a regular file or is too large); other errors as they are.
// The window's messages and the command line's both come from it.
func Describe(err error, loc *locales.Localizer) string {
	var nd *NoDraftError
	if !errors.As(err, &nd) {
		return loc.Problem(err)
	}
	key := "filing.noDraft"
	if nd.Lost {
		key = "filing.lost"
	}
	return loc.T(key, map[string]any{"File": nd.File})
}
