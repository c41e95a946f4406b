package docx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"fgdraft/forms/draftfile"
)

// Limits of ReadDraft, against zip bombs and files that are not ours.
const (
	// MaxPackageSize is the largest DOCX ReadDraft opens.
	MaxPackageSize = 256 << 20
	// maxRelsSize is the largest package relationships part read.
	maxRelsSize = 1 << 20
	// maxEntries is the most zip entries a package may have.
	maxEntries = 10000
)

// ErrNoDraft says that a DOCX carries no fgdraft draft: it has no
// relationship to a draft part (a document fgdraft did not write, or one
// another program re-saved without the part).
var ErrNoDraft = errors.New("the document carries no fgdraft draft")

// ReadDraft returns the draft JSON carried by a DOCX that fgdraft wrote: the
// part the package relationship of type DraftRelationship points to or,
// when that part is gone, the Custom XML data part holding it (a <draft>
// element in DraftNamespace). It
// reads no more than draftfile.MaxFileSize bytes of the draft, whatever the zip
// claims, and refuses a package that is not a zip, too large, or with too
// many entries. A package with neither gives ErrNoDraft; one whose
// relationship points to a missing part, with no Custom XML copy, says so. The draft is not
// decoded: the caller passes it to the draft decoder, with its limits.
func ReadDraft(r io.ReaderAt, size int64) ([]byte, error) {
	files, err := readPackage(r, size)
	if err != nil {
		return nil, err
	}
	rels, ok := files["_rels/.rels"]
	if !ok {
		return nil, errors.New("docx: not a Word document: the package has no relationships (_rels/.rels)")
	}
	data, err := readLimited(rels, maxRelsSize)
	if err != nil {
		return nil, fmt.Errorf("docx: reading the package relationships: %w", err)
	}
	var parsed relationships
	if err := xml.Unmarshal(data, &parsed); err != nil {
		return nil, fmt.Errorf("docx: the package relationships (_rels/.rels) are not well-formed: %w", err)
	}
	var draftRels int
	for _, rel := range parsed.Rels {
		if rel.Type == DraftRelationship {
			draftRels++
		}
	}
	if draftRels > 1 {
		return nil, fmt.Errorf("docx: the package names %d drafts; fgdraft writes one", draftRels)
	}
	var missing error
	for _, rel := range parsed.Rels {
		if rel.Type != DraftRelationship || strings.EqualFold(rel.TargetMode, "External") {
			continue
		}
		// a package-level target is relative to the package root
		name := strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
		f, ok := files[strings.ToLower(name)]
		if !ok {
			missing = fmt.Errorf("docx: the draft part /%s is missing from the package", name)
			continue
		}
		draft, err := readLimited(f, draftfile.MaxFileSize)
		if err != nil {
			return nil, fmt.Errorf("docx: reading the draft part /%s: %w", name, err)
		}
		return draft, nil
	}
	// the draft's own part is gone (another program saved the document
	// over) or was never written: the Custom XML data part may still hold it
	draft, err := customXMLDraft(files, parsed.Rels)
	if err == nil {
		return draft, nil
	}
	if missing != nil {
		return nil, missing
	}
	return nil, ErrNoDraft
}

// relTarget is one Relationship of a .rels part, as read.
type relTarget struct {
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

// relationships is a .rels part, as read.
type relationships struct {
	Rels []relTarget `xml:"Relationship"`
}

// readLimited reads a zip entry of at most limit bytes, checking both the
// size it declares and the bytes it inflates to.
func readLimited(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s is %d bytes, more than %d", f.Name, f.UncompressedSize64, limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s inflates to more than %d bytes", f.Name, limit)
	}
	return data, nil
}

// readPackage opens a DOCX as a zip package within the limits every reader
// of a DOCX keeps (MaxPackageSize, maxEntries) and indexes its parts by
// name in lower case. A package naming one part twice is refused.
func readPackage(r io.ReaderAt, size int64) (map[string]*zip.File, error) {
	if size > MaxPackageSize {
		return nil, fmt.Errorf("docx: the file is %d MB, more than the %d MB a document may have", size>>20, MaxPackageSize>>20)
	}
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("docx: not a Word document (zip package): %w", err)
	}
	if len(z.File) > maxEntries {
		return nil, fmt.Errorf("docx: the package has %d parts, more than %d", len(z.File), maxEntries)
	}
	files := make(map[string]*zip.File, len(z.File))
	for _, f := range z.File {
		// part names compare case-insensitively (OPC), and a package holds
		// each once: with two, one reader takes the first and another the
		// last, and what Word shows and the draft fgdraft opens can differ
		key := strings.ToLower(f.Name)
		if _, twice := files[key]; twice {
			return nil, fmt.Errorf("docx: the package holds the part /%s twice, so readers may disagree on its content", f.Name)
		}
		files[key] = f
	}
	return files, nil
}
