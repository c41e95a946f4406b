package reopen

import (
	"bytes"
	"crypto/md5"
	"errors"
	"fmt"
	"strings"
	"testing"

	"fgdraft/forms/draftfile"
)

// updated appends an incremental update to a PDF fgdraft wrote that
// replaces its embedded draft's stream with draft, with extra entries in
// the stream's dictionary.
func updated(t *testing.T, pdf, draft []byte, extra string) []byte {
	t.Helper()
	r, err := newPDFReader(pdf)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := r.findDraftSpec()
	if err != nil || spec == nil {
		t.Fatalf("no draft in fgdraft's PDF: %v", err)
	}
	ef, _ := r.dictAt(spec["EF"])
	ref, ok := ef["F"].(pdfRef)
	if !ok {
		t.Fatal("the embedded file is not an indirect stream")
	}
	tail := pdf[len(pdf)-64:]
	i := bytes.LastIndex(tail, []byte("startxref"))
	var prev int
	fmt.Sscan(string(tail[i+len("startxref"):]), &prev)
	out := append([]byte{}, pdf...)
	at := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n<< /Type /EmbeddedFile /Length %d %s >>\nstream\n%s\nendstream\nendobj\n", ref.num, len(draft), extra, draft)
	xref := len(out)
	root := r.trailer["Root"].(pdfRef)
	info := r.trailer["Info"].(pdfRef)
	size := r.trailer["Size"].(int64)
	out = fmt.Appendf(out, "xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", ref.num, at, size, root.num, info.num, prev, xref)
	return out
}

// A PDF fgdraft wrote whose draft was swapped by an incremental update
// opens with the warning that it was changed after fgdraft wrote it; the
// same PDF as fgdraft wrote it opens without (issue 26, item 5).
func TestChangedAfterFgdraftWroteIt(t *testing.T) {
	t.Parallel()
	ex := exportedPDFs(t)[0]
	if _, origin, err := Decode("c.pdf", ex.pdf); err != nil || origin.Changed {
		t.Fatalf("fgdraft's own PDF: %v, changed %v", err, origin.Changed)
	}
	evil := bytes.Replace(ex.draft, []byte("Nordlicht Telekom AG"), []byte("Evil Corp"), -1)
	if bytes.Equal(evil, ex.draft) {
		t.Fatal("the example changed; the test changes nothing")
	}
	p, origin, err := Decode("c.pdf", updated(t, ex.pdf, evil, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !origin.Changed {
		t.Error("a draft swapped by an incremental update opened without a warning")
	}
	if got, _ := draftfile.Encode(p); !bytes.Contains(got, []byte("Evil Corp")) {
		t.Error("the update's draft is not the one read (the newest section wins)")
	}
}

// An embedded draft whose /CheckSum does not match is refused; one whose
// /CheckSum matches is read.
func TestEmbeddedChecksum(t *testing.T) {
	t.Parallel()
	ex := exportedPDFs(t)[0]
	hex := func(b []byte) string { return fmt.Sprintf("<%x>", md5.Sum(b)) }
	if _, _, err := Decode("c.pdf", updated(t, ex.pdf, ex.draft, "/Params << /CheckSum "+hex(ex.draft)+" >>")); err != nil {
		t.Errorf("a matching checksum: %v", err)
	}
	_, _, err := Decode("c.pdf", updated(t, ex.pdf, ex.draft, "/Params << /CheckSum "+hex([]byte("other"))+" >>"))
	var de *draftfile.Error
	if !errors.As(err, &de) || de.Problem != draftfile.BadContainer || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("a wrong checksum: got %v", err)
	}
}
