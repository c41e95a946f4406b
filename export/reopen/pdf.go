package reopen

import (
	"bytes"
	"crypto/md5"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"

	"fgdraft/export"
	"fgdraft/forms/draftfile"
)

// pdfFound is a PDF's draft and what the file tells about it.
type pdfFound struct {
	draft []byte
	name  string
	// changed: the file was written by fgdraft and changed afterwards (an
	// incremental update, or a draft other than the one fgdraft recorded)
	changed bool
}

// pdfDraft returns the draft a PDF carries and the name it travels under.
// It looks where a PDF keeps attachments, in this order, and takes the
// first that is fgdraft's draft (the document's source, or a file named
// *.json): the EmbeddedFiles name tree (kept by every rewriter tried), the
// catalog's /AF (PDF 2.0's associated files, which pdfunite drops), the
// pages' file attachment annotations. A PDF with none gives a
// *NoDraftError; one too costly to search a *LimitError.
func pdfDraft(data []byte) (found pdfFound, err error) {
	r, err := newPDFReader(data)
	if err != nil {
		var le *LimitError
		if errors.As(err, &le) {
			return pdfFound{}, err
		}
		// a damaged cross-reference: find the objects where they stand
		if r, err = reconstructPDF(data); err != nil {
			return pdfFound{}, err
		}
	}
	spec, err := r.findDraftSpec()
	if err != nil {
		return pdfFound{}, err
	}
	if spec == nil && len(r.sections) > 0 && r.sections[0].objs == nil {
		// a cross-reference that leads nowhere may be a damaged one
		if rr, rerr := reconstructPDF(data); rerr == nil {
			if s, serr := rr.findDraftSpec(); serr == nil && s != nil {
				r, spec = rr, s
			}
		}
	}
	if spec == nil {
		return pdfFound{}, &NoDraftError{Format: export.PDF}
	}
	draft, name, sum, err := r.embeddedFile(spec)
	if err != nil {
		return pdfFound{name: name}, err
	}
	if sum != nil && !bytes.Equal(sum, md5Sum(draft)) {
		return pdfFound{name: name}, errChecksum
	}
	found = pdfFound{draft: draft, name: name, changed: r.changedAfterFgdraft(draft)}
	return found, nil
}

// errChecksum is an embedded file whose content is not what its /CheckSum
// says: damaged, or replaced by hand.
var errChecksum = errors.New("the embedded draft does not match its checksum: it was damaged or replaced")

func md5Sum(b []byte) []byte {
	s := md5.Sum(b)
	return s[:]
}

// catalog is the document catalog.
func (r *pdfReader) catalog() (pdfDict, error) {
	v, err := r.resolve(r.trailer["Root"])
	if err != nil {
		return nil, err
	}
	d, _ := v.(pdfDict)
	return d, nil
}

// findDraftSpec is the file specification of the draft, or nil.
func (r *pdfReader) findDraftSpec() (pdfDict, error) {
	cat, err := r.catalog()
	if err != nil || cat == nil {
		return nil, err
	}
	// the name tree
	names, err := r.dictAt(cat["Names"])
	if err != nil {
		return nil, err
	}
	if names != nil {
		spec, err := r.walkNameTree(names["EmbeddedFiles"], isDraftSpec, map[pdfRef]bool{}, 0)
		if spec != nil || err != nil {
			return spec, err
		}
	}
	// the associated files
	af, err := r.resolve(cat["AF"])
	if err != nil {
		return nil, err
	}
	if list, ok := af.(pdfArray); ok {
		for _, o := range list {
			spec, err := r.dictAt(o)
			if err != nil {
				return nil, err
			}
			if isSource(spec) {
				return spec, nil
			}
		}
	}
	// the pages' file attachment annotations
	return r.walkPages(cat["Pages"], map[pdfRef]bool{}, 0)
}

// dictAt is the dictionary v is or leads to, nil if it is none.
func (r *pdfReader) dictAt(v any) (pdfDict, error) {
	v, err := r.resolve(v)
	if err != nil {
		return nil, err
	}
	d, _ := v.(pdfDict)
	return d, nil
}

// visit counts one node of a tree against the budget (a node read before
// costs nothing to look up, but visiting it again still costs time) and
// tells whether it was seen before.
func (r *pdfReader) visit(v any, seen map[pdfRef]bool) (bool, error) {
	r.budget.objects++
	if r.budget.objects > maxObjects {
		return false, &LimitError{Kind: "objects", Limit: maxObjects}
	}
	ref, ok := v.(pdfRef)
	if !ok {
		return false, nil
	}
	if seen[ref] {
		return true, nil
	}
	seen[ref] = true
	return false, nil
}

// walkNameTree is the first value of a name tree's leaves that want takes.
func (r *pdfReader) walkNameTree(node any, want func(pdfDict) bool, seen map[pdfRef]bool, depth int) (pdfDict, error) {
	return r.walkTree(node, seen, depth, func(d pdfDict) (pdfDict, error) {
		leaves, err := r.resolve(d["Names"])
		if err != nil {
			return nil, err
		}
		list, _ := leaves.(pdfArray)
		for i := 1; i < len(list); i += 2 {
			spec, err := r.dictAt(list[i])
			if err != nil {
				return nil, err
			}
			if spec != nil && want(spec) {
				return spec, nil
			}
		}
		return nil, nil
	})
}

// walkPages is the file specification of the first file attachment
// annotation on a page that is fgdraft's draft.
func (r *pdfReader) walkPages(node any, seen map[pdfRef]bool, depth int) (pdfDict, error) {
	return r.walkTree(node, seen, depth, func(d pdfDict) (pdfDict, error) {
		annots, err := r.resolve(d["Annots"])
		if err != nil {
			return nil, err
		}
		list, _ := annots.(pdfArray)
		for _, a := range list {
			annot, err := r.dictAt(a)
			if err != nil {
				return nil, err
			}
			if annot == nil || annot["Subtype"] != pdfName("FileAttachment") {
				continue
			}
			spec, err := r.dictAt(annot["FS"])
			if err != nil {
				return nil, err
			}
			if spec != nil && isDraftSpec(spec) {
				return spec, nil
			}
		}
		return nil, nil
	})
}

// walkTree visits a tree of dictionaries linked by /Kids (a name tree, the
// page tree) depth first, under the reader's budget, each node once, and
// returns the first dictionary found in a node's own entries.
func (r *pdfReader) walkTree(node any, seen map[pdfRef]bool, depth int, found func(pdfDict) (pdfDict, error)) (pdfDict, error) {
	if depth > maxDepth {
		return nil, &LimitError{Kind: "depth", Limit: maxDepth}
	}
	if again, err := r.visit(node, seen); again || err != nil {
		return nil, err
	}
	d, err := r.dictAt(node)
	if err != nil || d == nil {
		return nil, err
	}
	if spec, err := found(d); spec != nil || err != nil {
		return spec, err
	}
	kids, err := r.resolve(d["Kids"])
	if err != nil {
		return nil, err
	}
	list, _ := kids.(pdfArray)
	for _, kid := range list {
		spec, err := r.walkTree(kid, seen, depth+1, found)
		if spec != nil || err != nil {
			return spec, err
		}
	}
	return nil, nil
}

// isSource tells a file specification fgdraft writes for its draft: the
// document's source, with an embedded file.
func isSource(spec pdfDict) bool {
	_, hasEF := spec["EF"]
	return spec != nil && spec["AFRelationship"] == pdfName("Source") && hasEF
}

// isDraftSpec tells a file specification that may be fgdraft's draft: the
// document's source, or an embedded file named *.json.
func isDraftSpec(spec pdfDict) bool {
	if isSource(spec) {
		return true
	}
	if _, hasEF := spec["EF"]; !hasEF {
		return false
	}
	for _, key := range []pdfName{"UF", "F"} {
		if s, ok := spec[key].(pdfString); ok && strings.HasSuffix(strings.ToLower(textString(s)), ".json") {
			return true
		}
	}
	return false
}

// embeddedFile is the content of a file specification's embedded file, its
// name and its /CheckSum (nil when it has none).
func (r *pdfReader) embeddedFile(spec pdfDict) (content []byte, name string, sum []byte, err error) {
	name, err = r.specName(spec)
	if err != nil {
		return nil, "", nil, err
	}
	ef, err := r.dictAt(spec["EF"])
	if err != nil {
		return nil, "", nil, err
	}
	noData := fmt.Errorf("the embedded file %q has no data", name)
	if ef == nil {
		return nil, "", nil, noData
	}
	f, ok := ef["F"]
	if !ok {
		f = ef["UF"]
	}
	v, err := r.resolve(f)
	if err != nil {
		return nil, "", nil, err
	}
	s, ok := v.(*pdfStream)
	if !ok {
		return nil, "", nil, noData
	}
	content, err = r.decode(s, draftfile.MaxFileSize)
	if err != nil {
		if errors.Is(err, errDraftTooLarge) {
			return nil, name, nil, err
		}
		var le *LimitError
		if errors.As(err, &le) {
			return nil, name, nil, err
		}
		return nil, "", nil, fmt.Errorf("the embedded file %q: %w", name, err)
	}
	if params, err := r.dictAt(s.dict["Params"]); err == nil && params != nil {
		if cs, err := r.resolve(params["CheckSum"]); err == nil {
			if b, ok := cs.(pdfString); ok && len(b) == md5.Size {
				sum = b
			}
		}
	}
	return content, name, sum, nil
}

// specName is a file specification's file name: /UF, else /F.
func (r *pdfReader) specName(spec pdfDict) (string, error) {
	for _, key := range []pdfName{"UF", "F"} {
		v, err := r.resolve(spec[key])
		if err != nil {
			return "", err
		}
		if s, ok := v.(pdfString); ok && len(s) > 0 {
			return textString(s), nil
		}
	}
	return "", errors.New("an embedded file without a name")
}

// textString decodes a PDF text string: UTF-16BE after its byte order
// mark, UTF-8 after its own (PDF 2.0), else PDFDocEncoding, whose printable
// ASCII is all a file name fgdraft writes has (read as Latin-1).
func textString(s pdfString) string {
	switch {
	case bytes.HasPrefix(s, []byte{0xFE, 0xFF}):
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	case bytes.HasPrefix(s, []byte{0xEF, 0xBB, 0xBF}):
		return string(s[3:])
	}
	r := make([]rune, len(s))
	for i, b := range s {
		r[i] = rune(b)
	}
	return string(r)
}

// changedAfterFgdraft tells a PDF fgdraft wrote (its producer says so) that
// was changed afterwards, so that what its pages show and the draft inside
// may differ: an incremental update after fgdraft's own cross-reference
// (a linearized file has two sections of its own), or embedded files
// beside the one draft fgdraft writes.
func (r *pdfReader) changedAfterFgdraft(draft []byte) bool {
	info, err := r.dictAt(r.trailer["Info"])
	if err != nil || info == nil {
		return false
	}
	producer, err := r.resolve(info["Producer"])
	if err != nil {
		return false
	}
	if s, ok := producer.(pdfString); !ok || !strings.HasPrefix(textString(s), "fgdraft") {
		return false
	}
	own := 1
	if r.linearized() {
		own = 2
	}
	if len(r.sections) > own {
		return true
	}
	cat, err := r.catalog()
	if err != nil || cat == nil {
		return false
	}
	names, err := r.dictAt(cat["Names"])
	if err != nil || names == nil {
		return false
	}
	count := 0
	r.walkNameTree(names["EmbeddedFiles"], func(pdfDict) bool {
		count++
		return count > 1
	}, map[pdfRef]bool{}, 0)
	return count > 1
}

// linearized tells a file whose first object is a linearization dictionary.
func (r *pdfReader) linearized() bool {
	i := bytes.Index(r.data[:min(len(r.data), 4096)], []byte(" obj"))
	if i < 0 {
		return false
	}
	return bytes.Contains(r.data[i:min(len(r.data), i+512)], []byte("/Linearized"))
}
