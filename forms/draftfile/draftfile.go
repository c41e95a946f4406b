// Package draftfile reads and writes draft files, the JSON files a proposal
// is kept in (docs/draft-format.md): Load and Decode with a path-aware parser
// that refuses bad input with an *Error naming the Problem, the field and the
// position; Save and Encode in canonical form, replacing the file atomically;
// the format version and the limits a file must keep; and the tidying of the
// temporaries an interrupted save leaves.
package draftfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"fgdraft/forms"
	"fgdraft/internal/atomicfile"
	"fgdraft/internal/regularfile"
)

// FormatVersion is the version of the draft file format this build reads and
// writes. A file carries it in its top-level "format" member. See
// docs/draft-format.md and docs/draft.schema.json.
const FormatVersion = 1

// Limits on what a draft file may hold. Anything beyond them is not a draft a
// person wrote; Load refuses it instead of allocating without bound.
const (
	MaxFileSize      = 16 << 20 // bytes of the whole file
	MaxListLen       = 5000     // items of any list (supporters, entries, meetings, …)
	MaxStringLen     = 200_000  // characters of any one string
	MaxTranslations  = 100_000  // translated fields per language
	maxIDLen         = 64
	maxPathLen       = 300 // bytes of a field path used as a translation key
	maxGroupNumber   = 99
	maxDurationMonth = 1200
	maxOtherInt      = 1_000_000
)

// intFieldMax is the largest value of each whole-number field that has a
// limit of its own, by label key; any other whole number may be up to
// maxOtherInt. The decoder checks it and the schema generator
// (internal/schemagen) writes it into docs/draft.schema.json.
var intFieldMax = map[string]int64{
	"contribution.parentGroup.number":    maxGroupNumber,
	"focusGroup.affectedGroups.number":   maxGroupNumber,
	"focusGroup.designatedParent.number": maxGroupNumber,
	"timeline.durationMonths":            maxDurationMonth,
}

// Error is why a draft file could not be read (or written): the problem
// and where it is. Every field but Problem and Reason is optional.
type Error struct {
	Problem Problem // what is wrong, for an interface to word it
	Params  Params  // the particulars of Problem
	File    string  // file name, when the draft came from a file
	Field   string  // field path, e.g. "contribution.meeting.start"
	Offset  int64   // byte offset in the file; meaningful only when Line > 0
	Line    int     // 1-based line of Offset; 0 when the position is unknown
	Column  int     // 1-based column (in characters) of Offset
	Reason  string  // what is wrong in English, e.g. `expected a date YYYY-MM-DD, got 12`
	Err     error   // underlying error, if any

	fieldInReason bool // Reason already names Field
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	}
	if e.Field != "" && !e.fieldInReason {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Encode writes the proposal as a draft file: UTF-8 JSON, two-space indent,
// members in declaration order, translations sorted by language and field
// path, empty lists written as [], and a trailing newline. Encoding the same
// proposal always gives the same bytes.
func Encode(p *forms.Proposal) ([]byte, error) {
	if p == nil {
		return nil, errors.New("draftfile.Encode: nil proposal")
	}
	v := reflect.ValueOf(p).Elem()
	size := estimateSize(v)
	e := encoder{buf: make([]byte, 0, size+size/8+512)}
	e.buf = append(e.buf, "{\n  \"format\": "...)
	e.buf = strconv.AppendInt(e.buf, FormatVersion, 10)
	e.buf = append(e.buf, ',')
	for _, f := range tables().structs[v.Type()].fields {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		e.newline(1)
		e.string(f.name)
		e.buf = append(e.buf, ':', ' ')
		e.value(fv, 1)
		e.buf = append(e.buf, ',')
	}
	e.buf[len(e.buf)-1] = '\n'
	e.buf = append(e.buf, '}', '\n')
	return e.buf, nil
}

// Save writes the proposal to path atomically: it writes a temporary file in
// the same folder, flushes it to disk and renames it over path, so that path
// holds either the old draft or the new one, never a mix. An existing file
// keeps its permissions; a new one gets 0644. Save refuses to write a draft
// that would not load back. On any error the temporary file is removed and
// the old file is left as it was. A symbolic link at path is followed: the
// file it points to is replaced, the link stays. Temporary files of earlier,
// interrupted saves are tidied away first (see TidyTemporaries), and a
// read-only file is not replaced.
func Save(path string, p *forms.Proposal) error {
	data, err := Encode(p)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if _, err := Decode(data); err != nil {
		return fmt.Errorf("saving %s: refusing to write a draft that would not load back: %w", path, err)
	}
	path = resolveLink(path)
	TidyTemporaries(path) // best effort: what it keeps, a caller that asked first was told
	return atomicfile.Write(path, data, 0o644)
}

// Load reads a draft file. It changes nothing on disk, neither the file nor
// the folder: the temporaries interrupted saves left beside it are tidied
// where the program writes (Save, and the GUI's open; see TidyTemporaries),
// so that reading a draft, as `fgdraft validate` does, leaves the user's
// folder as it was. Anything that is not a regular file (a named pipe, a device) is refused
// before it is opened. Errors are *Error (wrapping the os error when the
// file cannot be read).
func Load(path string) (*forms.Proposal, error) {
	data, err := regularfile.Read(path, MaxFileSize)
	if err != nil {
		return nil, ReadError(path, err)
	}
	p, err := Decode(data)
	if err != nil {
		var de *Error
		if errors.As(err, &de) {
			de.File = path
		}
		return nil, err
	}
	return p, nil
}

// ReadError says, by its kind, why the file at path could not be read (err
// is what reading it returned): not a regular file, too large, not found,
// not allowed, or the system's reason. Draft files are read through it, and
// the command line says so of the other files it reads (XLIFF).
func ReadError(path string, err error) *Error {
	var nr *regularfile.NotRegularError
	var tl *regularfile.TooLargeError
	switch {
	case errors.As(err, &nr):
		return &Error{File: path, Problem: NotRegular, Reason: "not a draft: this is " + regularfile.Kind(nr.Mode) + ", not a regular file; choose a draft file (.json)", Err: err}
	case errors.As(err, &tl):
		return &Error{File: path, Problem: TooLarge, Params: tooBigParams(tl.Size), Reason: tooBig(tl.Size), Err: err}
	}
	problem := CannotOpen
	switch {
	case errors.Is(err, fs.ErrNotExist):
		problem = NotFound
	case errors.Is(err, fs.ErrPermission):
		problem = NoPermission
	}
	return &Error{File: path, Problem: problem, Params: Params{Detail: errText(err)}, Reason: "cannot open: " + errText(err), Err: err}
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func tooBigParams(n int64) Params { return Params{Count: n, Limit: MaxFileSize} }

func tooBig(n int64) string {
	return fmt.Sprintf("file too large: %d bytes, a draft may have at most %d (%d MiB)", n, MaxFileSize, MaxFileSize>>20)
}

// Decode reads a draft file's content. Errors are *Error naming the
// problem and, where it has one, the field path and the line and column.
func Decode(data []byte) (*forms.Proposal, error) {
	p, err := decode(data)
	if err != nil {
		var de *Error
		if errors.As(err, &de) && de.Line == 0 && de.Field != "" {
			if off, ok := locate(data, de.Field, de.fieldInReason); ok {
				de.setOffset(data, off)
			}
		}
		return nil, err
	}
	return p, nil
}

func decode(data []byte) (*forms.Proposal, error) {
	if len(data) > MaxFileSize {
		return nil, &Error{Problem: TooLarge, Params: tooBigParams(int64(len(data))), Reason: tooBig(int64(len(data)))}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Problem: Empty, Reason: "empty file: not a draft"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		e := &Error{Problem: NotUTF8, Reason: "invalid UTF-8: a draft file must be UTF-8 text"}
		e.setOffset(data, int64(off))
		return nil, e
	}
	raw, serr := parseJSON(data)
	if serr != nil {
		problem := serr.problem
		switch {
		case problem != "":
		case serr.off >= len(data):
			problem = Truncated // every other error at the end of the data is a cut-off file
		default:
			problem = Syntax
		}
		e := &Error{Problem: problem, Params: serr.params, Reason: "invalid JSON: " + serr.msg, Err: serr}
		e.setOffset(data, int64(serr.off))
		return nil, e
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, &Error{Problem: NotObject, Params: Params{Got: jsonShown(raw)}, Reason: "not a draft: the file holds " + describe(raw) + ", a draft is a JSON object"}
	}
	if err := checkFormat(top); err != nil {
		return nil, err
	}
	delete(top, "format")
	p := new(forms.Proposal)
	if err := decodeValue("", reflect.ValueOf(p).Elem(), top); err != nil {
		return nil, err
	}
	if p.ID == "" {
		// A draft written without an ID: derive one from its content so that
		// loading the same file twice gives the same ID; saving keeps it.
		sum := sha256.Sum256(data)
		p.ID = hex.EncodeToString(sum[:16])
	}
	return p, nil
}

func checkFormat(top map[string]any) error {
	raw, ok := top["format"]
	if !ok {
		return &Error{Field: "format", Problem: NoFormat, Reason: fmt.Sprintf(`missing format version: not an fgdraft draft file (a draft starts with "format": %d)`, FormatVersion)}
	}
	var n json.Number
	switch x := raw.(type) {
	case json.Number:
		n = x
	case float64:
		n = json.Number(strconv.FormatFloat(x, 'f', -1, 64))
	default:
		return &Error{Field: "format", Problem: WrongType, Params: Params{Expected: ValueFormat, Got: jsonShown(raw), Limit: FormatVersion}, Reason: fmt.Sprintf("expected the format version %d, got %s", FormatVersion, describe(raw))}
	}
	v, err := n.Int64()
	switch {
	case err != nil && !strings.ContainsAny(n.String(), ".eE-"):
		return &Error{Field: "format", Problem: NewerFormat, Params: Params{Version: Clip(n.String()), Limit: FormatVersion}, Reason: fmt.Sprintf("written by a newer fgdraft (format %s); this version reads format %d", Clip(n.String()), FormatVersion)}
	case err != nil || v < 1:
		return &Error{Field: "format", Problem: UnknownFormat, Params: Params{Version: Clip(n.String()), Limit: FormatVersion}, Reason: fmt.Sprintf("unknown format version %s; this version reads format %d", Clip(n.String()), FormatVersion)}
	case v > FormatVersion:
		return &Error{Field: "format", Problem: NewerFormat, Params: Params{Version: strconv.FormatInt(v, 10), Limit: FormatVersion}, Reason: fmt.Sprintf("written by a newer fgdraft (format %d); this version reads format %d", v, FormatVersion)}
	}
	return nil
}

// setOffset records the byte offset and its line and column.
func (e *Error) setOffset(data []byte, off int64) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	e.Offset = off
	e.Line = bytes.Count(before, []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	e.Column = utf8.RuneCount(before[lineStart:]) + 1
}

// describe names a decoded JSON value for an error message.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		if v {
			return "true"
		}
		return "false"
	case json.Number:
		return Clip(v.String())
	case float64:
		return Clip(strconv.FormatFloat(v, 'g', -1, 64))
	case string:
		return fmt.Sprintf("%q", Clip(v))
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// Clip shortens a value a refusal quotes to its first 40 characters, so that
// a message about a file (a draft, an XLIFF file) stays readable.
func Clip(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func indexPath(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func keyPath(path, key string) string {
	if path == "translations" {
		return path + "." + key // the language
	}
	return fmt.Sprintf("%s[%q]", path, key)
}
