package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// editsWindow is a window on a copy of the English example, saved, and
// the DOCX fgdraft exports from that draft in lang.
func editsWindow(t *testing.T, lang forms.Lang) (w *window, draftPath string, exported []byte) {
	t.Helper()
	draftPath = copyFile(t, filepath.Join("..", "examples", "fg-example-en.json"))
	w = newTestWindow(t, test.NewApp(), Options{Draft: draftPath})
	if w.sess.Path() != draftPath {
		t.Fatalf("the draft was not opened: %q", w.sess.Path())
	}
	b, _, err := export.Contribution(w.sess.Draft(), lang, catalog(), docx.New(), a7.Options{Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	return w, draftPath, b
}

// textMarks are the numbers of the marks that are the only paragraph of a
// free-text field of p, with their fields, in document order.
func textMarks(t *testing.T, p *forms.Proposal, b []byte) (numbers []int, fields []forms.TextField) {
	t.Helper()
	table := string(exporttest.Parts(t, b)["customXml/item2.xml"])
	all := regexp.MustCompile(`<mark n="(\d+)" field="([^"]+)"( item="true")?/>`).FindAllStringSubmatch(table, -1)
	count := map[string]int{}
	for _, m := range all {
		count[m[2]]++
	}
	byPath := map[string]forms.TextField{}
	for _, f := range p.TextFields() {
		byPath[f.Path] = f
	}
	for _, m := range all {
		f, ok := byPath[m[2]]
		if count[m[2]] == 1 && m[3] == "" && ok && !strings.Contains(f.Get(), "\n") && f.Get() != "" {
			n, _ := strconv.Atoi(m[1])
			numbers = append(numbers, n)
			fields = append(fields, f)
		}
	}
	if len(numbers) < 2 {
		t.Fatalf("only %d single-paragraph text fields", len(numbers))
	}
	return numbers, fields
}

// retype replaces the text of marks in an exported DOCX, as typing over
// it in Word does, and packs the file again.
func retype(t *testing.T, b []byte, texts map[int]string) []byte {
	t.Helper()
	parts := exporttest.Parts(t, b)
	doc := string(parts["word/document.xml"])
	for n, text := range texts {
		re := regexp.MustCompile(fmt.Sprintf(`(<w:bookmarkStart w:id="%d" w:name="fgd%d"/>).*?(<w:bookmarkEnd w:id="%d"/>)`, n, n, n))
		if !re.MatchString(doc) {
			t.Fatalf("no mark fgd%d", n)
		}
		doc = re.ReplaceAllLiteralString(doc, "\x00"+strconv.Itoa(n))
		doc = strings.Replace(doc, "\x00"+strconv.Itoa(n),
			fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="fgd%d"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:bookmarkEnd w:id="%d"/>`, n, n, text, n), 1)
	}
	parts["word/document.xml"] = []byte(doc)
	return exporttest.Zip(t, parts)
}

func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// reviewButtonOf finds a button of the review by its text.
func reviewButtonOf(t *testing.T, o fyne.CanvasObject, text string) *reviewButton {
	t.Helper()
	var found *reviewButton
	walkTree(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*reviewButton); ok && b.Text == text {
			found = b
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no button %q in %q", text, texts(o))
	}
	return found
}

func encoded(t *testing.T, p *forms.Proposal) []byte {
	t.Helper()
	b, err := draftfile.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEditsReviewAcceptsOneRejectsOther: a Word file with two fields
// retyped; the user opens the review, rejects the second change and
// applies: the draft has exactly the first, the wizard shows it, the draft
// has unsaved changes and the file on disk is as it was until it is saved.
func TestEditsReviewAcceptsOneRejectsOther(t *testing.T) {
	w, draftPath, b := editsWindow(t, forms.English)
	p := w.sess.Draft()
	marks, fields := textMarks(t, p, b)
	oldA, oldB := fields[0].Get(), fields[1].Get()
	newA := oldA + " Added by a co-proposer."
	newB := "Retyped entirely by the editor."
	path := writeTemp(t, "edited.docx", retype(t, b, map[int]string{marks[0]: newA, marks[1]: newB}))
	onDisk, _ := os.ReadFile(draftPath)

	r := openEditsFile(w.uiEnv, w, w.sess, w.win, path)
	if r == nil {
		t.Fatalf("no review; dialog: %q", texts(overlay(w)))
	}
	if len(r.edits.Changes) != 2 {
		t.Fatalf("%d changes: %+v", len(r.edits.Changes), r.edits.Changes)
	}
	dlg := overlay(w)
	for _, want := range []string{w.ui.FieldLabel(fields[0].Path), w.ui.FieldLabel(fields[1].Path), oldB, "Text changed"} {
		if !containsText(dlg, want) {
			t.Errorf("the review does not show %q: %q", want, texts(dlg))
		}
	}
	// the inserted words are marked as inserted, and only they
	var inserted []string
	walkTree(dlg, func(o fyne.CanvasObject) bool {
		if rt, ok := o.(*widget.RichText); ok {
			for _, s := range rt.Segments {
				if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == theme.ColorNameSuccess {
					inserted = append(inserted, ts.Text)
				}
			}
		}
		return true
	})
	if len(inserted) == 0 || inserted[0] != " Added by a co-proposer." {
		t.Errorf("inserted segments: %q", inserted)
	}
	if w.sess.Dirty() || fields[0].Get() != oldA {
		t.Fatal("the draft changed before Apply")
	}
	test.Tap(r.checks[1]) // reject the second
	test.Tap(reviewButtonOf(t, dlg, "Apply"))

	if got := fields[0].Get(); got != newA {
		t.Errorf("accepted change: %q, want %q", got, newA)
	}
	if got := fields[1].Get(); got != oldB {
		t.Errorf("rejected change applied: %q", got)
	}
	if !w.sess.Dirty() {
		t.Error("the draft has no unsaved changes after Apply")
	}
	if after, _ := os.ReadFile(draftPath); !bytes.Equal(after, onDisk) {
		t.Error("the draft file changed before it was saved")
	}
	step := forms.StepOf(fields[0].Path)
	w.showStep(step)
	if !containsText(w.formFor(step).Content(), "Added by a co-proposer.") {
		t.Error("the wizard does not show the accepted change")
	}
	w.files.save(nil)
	if saved, err := draftfile.Load(draftPath); err != nil || !strings.Contains(string(encoded(t, saved)), "Added by a co-proposer.") {
		t.Errorf("the saved draft lacks the change: %v", err)
	}
}

// TestEditsReviewCancel: Escape on the review (the focus on its first
// check) closes it and leaves the draft identical, without unsaved
// changes; Reject all disables Apply.
func TestEditsReviewCancel(t *testing.T) {
	w, _, b := editsWindow(t, forms.English)
	p := w.sess.Draft()
	marks, _ := textMarks(t, p, b)
	path := writeTemp(t, "edited.docx", retype(t, b, map[int]string{marks[0]: "One.", marks[1]: "Two."}))
	before := encoded(t, p)
	r := openEditsFile(w.uiEnv, w, w.sess, w.win, path)
	if r == nil {
		t.Fatal("no review")
	}
	if _, ok := w.win.Canvas().Focused().(*reviewCheck); !ok {
		t.Errorf("the review opens with the focus on %T, not on the first change", w.win.Canvas().Focused())
	}
	dlg := overlay(w)
	test.Tap(reviewButtonOf(t, dlg, "Reject all"))
	if !r.apply.Disabled() || r.checks[0].Checked {
		t.Error("Reject all left a change accepted")
	}
	test.Tap(reviewButtonOf(t, dlg, "Accept all"))
	if r.apply.Disabled() || !r.checks[1].Checked {
		t.Error("Accept all left a change rejected")
	}
	// the keyboard's focus on a check, as Tab leaves it
	w.win.Canvas().Focus(r.checks[0])
	focused := w.win.Canvas().Focused()
	if focused == nil {
		t.Fatal("nothing has the focus in the review")
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlay(w) != nil {
		t.Error("Escape did not close the review")
	}
	if w.sess.Dirty() || !bytes.Equal(encoded(t, p), before) {
		t.Error("cancelling changed the draft")
	}
}

// TestEditsReviewRefusesOtherDraft: a Word file exported from another
// draft is refused, naming that draft by acronym and ID; nothing changes.
func TestEditsReviewRefusesOtherDraft(t *testing.T) {
	w, _, _ := editsWindow(t, forms.English)
	other := w.sess.Draft().Clone()
	other.ID = "00000000000000000000000000000001"
	other.FocusGroup.Acronym = "FG-OTHER"
	b, _, err := export.Contribution(other, forms.English, catalog(), docx.New(), a7.Options{Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	before := encoded(t, w.sess.Draft())
	path := writeTemp(t, "other.docx", b)
	if r := openEditsFile(w.uiEnv, w, w.sess, w.win, path); r != nil {
		t.Fatal("another draft's file was reviewed")
	}
	msg := strings.Join(texts(overlay(w)), " ")
	if !strings.Contains(msg, "FG-OTHER") || !strings.Contains(msg, other.ID) || !strings.Contains(msg, "another draft") {
		t.Errorf("the refusal does not name the other draft: %q", msg)
	}
	if w.sess.Dirty() || !bytes.Equal(encoded(t, w.sess.Draft()), before) {
		t.Error("the refused file changed the draft")
	}
}

// TestEditsReviewTranslation: a French Word file whose fields were
// retyped in French comes in as French translations, and the review says
// so; the English text stays.
func TestEditsReviewTranslation(t *testing.T) {
	w, _, b := editsWindow(t, forms.French)
	p := w.sess.Draft()
	marks, fields := textMarks(t, p, b)
	source := []string{fields[0].Get(), fields[1].Get()}
	fr := []string{"Premier champ traduit en français.", "Second champ traduit en français."}
	path := writeTemp(t, "traduit.docx", retype(t, b, map[int]string{marks[0]: fr[0], marks[1]: fr[1]}))
	r := openEditsFile(w.uiEnv, w, w.sess, w.win, path)
	if r == nil {
		t.Fatalf("no review; dialog: %q", texts(overlay(w)))
	}
	if !containsText(overlay(w), "French translations") {
		t.Errorf("the review does not say the file is a translation: %q", texts(overlay(w)))
	}
	test.Tap(reviewButtonOf(t, overlay(w), "Apply"))
	for i, f := range fields[:2] {
		if f.Get() != source[i] {
			t.Errorf("%s: the English text became %q", f.Path, f.Get())
		}
		tr, st := p.TranslationOf(f, forms.French)
		if st != forms.Translated || tr.Text != fr[i] {
			t.Errorf("%s: French %q in state %v, want %q translated", f.Path, tr.Text, st, fr[i])
		}
	}
	if !w.sess.Dirty() {
		t.Error("the translations are not unsaved changes")
	}
}

// TestEditsReviewFitsWithArabicText: Arabic text retyped into fields, a
// long Arabic paragraph among them, keep the review within a 1024×600
// screen in an English and an Arabic interface, the text wrapped rather
// than widening it.
func TestEditsReviewFitsWithArabicText(t *testing.T) {
	long := strings.Repeat("تدرس المجموعة المتخصصة الانتقال إلى التشفير المقاوم للحوسبة الكمومية في الشبكات. ", 12)
	for _, ui := range []forms.Lang{forms.English, forms.Arabic} {
		draftPath := copyFile(t, filepath.Join("..", "examples", "fg-example-en.json"))
		w := newTestWindow(t, test.NewApp(), Options{Draft: draftPath, Lang: ui})
		w.win.Resize(fyne.NewSize(1024, 600))
		b, _, err := export.Contribution(w.sess.Draft(), forms.French, catalog(), docx.New(), a7.Options{Today: fixedToday})
		if err != nil {
			t.Fatal(err)
		}
		marks, fields := textMarks(t, w.sess.Draft(), b)
		path := writeTemp(t, "arabic.docx", retype(t, b, map[int]string{marks[0]: long, marks[1]: fields[1].Get() + " نص مضاف."}))
		r := openEditsFile(w.uiEnv, w, w.sess, w.win, path)
		if r == nil {
			t.Fatalf("%s: no review: %q", ui, texts(overlay(w)))
		}
		if got := overlay(w).MinSize(); got.Width > 1024 || got.Height > 600 {
			t.Errorf("%s: the review needs %v, more than a 1024×600 screen", ui, got)
		}
		if s := editsDialogSize(w.win); s.Width > 1024 || s.Height > 600 {
			t.Errorf("%s: the review is made %v", ui, s)
		}
	}
}

// TestEditsReviewRefusals: a Word file whose marks are gone (retyped into
// a new document) and one without a draft are refused with a message that
// says so, in the interface language; nothing changes.
func TestEditsReviewRefusals(t *testing.T) {
	w, _, b := editsWindow(t, forms.English)
	parts := exporttest.Parts(t, b)
	parts["word/document.xml"] = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`).ReplaceAll(parts["word/document.xml"], nil)
	retyped := writeTemp(t, "retyped.docx", exporttest.Zip(t, parts))
	// a Word document of its own, which fgdraft did not write
	noDraft := map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
		"_rels/.rels":         []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
		"word/document.xml":   []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>A proposal typed in Word.</w:t></w:r></w:p></w:body></w:document>`),
	}
	bare := writeTemp(t, "bare.docx", exporttest.Zip(t, noDraft))
	before := encoded(t, w.sess.Draft())
	for _, tc := range []struct{ path, want string }{
		{retyped, "no longer carries fgdraft's field marks"},
		{bare, "carries no fgdraft draft"},
	} {
		if r := openEditsFile(w.uiEnv, w, w.sess, w.win, tc.path); r != nil {
			t.Fatalf("%s was reviewed", filepath.Base(tc.path))
		}
		msg := strings.Join(texts(overlay(w)), " ")
		if !strings.Contains(msg, tc.want) || !strings.Contains(msg, filepath.Base(tc.path)) || !strings.Contains(msg, "Nothing in the draft was changed") {
			t.Errorf("%s: %q", filepath.Base(tc.path), msg)
		}
		for o := overlay(w); o != nil; o = overlay(w) {
			w.win.Canvas().Overlays().Remove(o)
		}
	}
	if w.sess.Dirty() || !bytes.Equal(encoded(t, w.sess.Draft()), before) {
		t.Error("a refused file changed the draft")
	}
}
