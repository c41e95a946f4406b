package main

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// reviseExample exports the English example in format (all six languages)
// as filed, changes the draft (a word of the background, a word of an item
// of the scope, a supporter removed; on the cover a word of the title and
// of the abstract, a keyword, an e-mail address, a contact) and exports it again as a revision of
// the filed English file. It returns the folders of the filed files and of
// the revision, and the draft's path.
func reviseExample(t *testing.T, format string) (filed, revised, draft string) {
	t.Helper()
	dir := t.TempDir()
	draft = copyDraft(t, "examples/fg-example-en.json", dir)
	filed, revised = filepath.Join(dir, "filed")+"/", filepath.Join(dir, "revised")+"/"
	common := []string{"export", "--format", format, "--lang", "all", "--today", "2026-11-25", "--date", "2026-11-25"}
	if code, _, errs := runCLI(t, append(common, "-o", filed, draft)...); code > exitFindings {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	p, err := draftfile.Load(draft)
	if err != nil {
		t.Fatal(err)
	}
	fg := &p.FocusGroup
	fg.Background = strings.Replace(fg.Background, "protects nearly every layer", "protects almost every layer", 1)
	fg.Scope = strings.Replace(fg.Scope, "1. describe a reference method", "1. define a reference method", 1)
	p.Supporters = append(p.Supporters[:1], p.Supporters[2:]...)
	// the cover: a word of the title and of the abstract, a keyword
	// replaced, a contact's e-mail retyped, the other contact removed
	c := &p.Contribution
	c.Title = strings.Replace(c.Title, "Proposal to establish", "Proposal to create", 1)
	c.Abstract = strings.Replace(c.Abstract, "operator-level guidance", "operator-level advice", 1)
	c.Keywords[2] = "crypto agility"
	c.Contacts[0].Email = "k.albers@nordlicht-telekom.example"
	c.Contacts = c.Contacts[:1]
	if err := draftfile.Save(draft, p); err != nil {
		t.Fatal(err)
	}
	ext := "." + format
	if format == "all" {
		ext = ".docx"
	}
	of := filepath.Join(filed, "FG-QSM_SG17_en"+ext)
	if code, _, errs := runCLI(t, append(common, "--revision-of", of, "-o", revised, draft)...); code > exitFindings {
		t.Fatalf("export --revision-of: exit %d: %s", code, errs)
	}
	return filed, revised, draft
}

// The revision's DOCX carries the changes as tracked changes: LibreOffice's
// Accept All gives the text of the draft now (the same draft exported
// plainly), Reject All the filed contribution's, in all six languages; the
// draft keeps revision 1 and the cover says so.
func TestRevisionTrackedChangesLibreOffice(t *testing.T) {
	exporttest.NeedTool(t, "soffice", "/usr/bin/python3")
	if err := exec.Command("/usr/bin/python3", "-c", "import uno").Run(); err != nil {
		t.Skip("python3-uno is not installed (make deps installs it)")
	}
	filed, revised, draft := reviseExample(t, "docx")
	p, err := draftfile.Load(draft)
	if err != nil {
		t.Fatal(err)
	}
	if p.Contribution.Revision != 1 {
		t.Fatalf("the draft's revision after a revision export: %d, want 1", p.Contribution.Revision)
	}
	// the draft as it is now (revision 1), exported without marks
	plain := filepath.Join(filepath.Dir(draft), "plain") + "/"
	if code, _, errs := runCLI(t, "export", "--format", "docx", "--lang", "all", "--today", "2026-11-25", "--date", "2026-11-25", "-o", plain, draft); code > exitFindings {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	work := t.TempDir()
	// one LibreOffice for all: the filed and plain files as text, the
	// revision's with its changes accepted and rejected
	tracked := []string{"export/docx/testdata/tracked.py", filepath.Join(work, "profile")}
	for _, l := range forms.Languages() {
		name := "FG-QSM_SG17_" + string(l)
		rev := filepath.Join(revised, name+".docx")
		tracked = append(tracked,
			"text", filepath.Join(filed, name+".docx"), filepath.Join(work, name+".filed.txt"),
			"text", filepath.Join(plain, name+".docx"), filepath.Join(work, name+".plain.txt"),
			"accept", rev, filepath.Join(work, name+".accepted.txt"),
			"reject", rev, filepath.Join(work, name+".rejected.txt"))
		checkTrackedChanges(t, l, rev)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/usr/bin/python3", tracked...)
	// interrupted, the script ends the LibreOffice it started
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = time.Minute
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tracked.py: %v\n%s", err, out)
	}
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// the filed version is not a revision: its cover has no "Rev.1"
	revSuffix := regexp.MustCompile(` R[eé]v\.1`)
	for _, l := range forms.Languages() {
		name := "FG-QSM_SG17_" + string(l)
		accepted, rejected := read(filepath.Join(work, name+".accepted.txt")), read(filepath.Join(work, name+".rejected.txt"))
		if want := read(filepath.Join(work, name+".plain.txt")); accepted != want {
			t.Errorf("%s: Accept All is not the draft's text now:\n%s", l, lineDiff(want, accepted))
		}
		if !revSuffix.MatchString(accepted) {
			t.Errorf("%s: the revision's cover does not say Rev.1", l)
		}
		if want := read(filepath.Join(work, name+".filed.txt")); revSuffix.ReplaceAllString(rejected, "") != want {
			t.Errorf("%s: Reject All is not the filed text:\n%s", l, lineDiff(want, revSuffix.ReplaceAllString(rejected, "")))
		}
		if strings.Contains(accepted, "protects nearly every") || !strings.Contains(rejected, "protects nearly every") && l == forms.English {
			t.Errorf("%s: the background's changed word is not where it belongs", l)
		}
		// the cover's title and abstract (printed untranslated in every
		// language): the new words accepted, the old ones rejected
		for _, w := range [][2]string{{"Proposal to establish", "Proposal to create"}, {"operator-level guidance", "operator-level advice"}} {
			if strings.Contains(accepted, w[0]) || !strings.Contains(accepted, w[1]) || !strings.Contains(rejected, w[0]) || strings.Contains(rejected, w[1]) {
				t.Errorf("%s: the cover's %q → %q is not marked as a change", l, w[0], w[1])
			}
		}
	}
}

// checkTrackedChanges reads the tracked changes of a revision's DOCX: by
// fgdraft, dated the export's day, deleted text in w:delText, and a table
// row deleted whole.
func checkTrackedChanges(t *testing.T, l forms.Lang, path string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var doc string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(b)
		}
	}
	for _, want := range []string{
		`<w:ins w:id="`, `<w:del w:id="`, `w:author="fgdraft" w:date="2026-11-25T00:00:00Z"`,
		`<w:delText xml:space="preserve">`, `<w:trPr><w:del `,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("%s: document.xml has no %s", l, want)
		}
	}
	if strings.Contains(doc, `<w:del w:id="1000000" w:author="fgdraft" w:date="2026-11-25T00:00:00Z"><w:r><w:t`) {
		t.Errorf("%s: deleted text in w:t, not w:delText", l)
	}
}

// lineDiff shows the lines of got that differ from want, for a message.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 2000; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("- " + a + "\n+ " + c + "\n")
		}
	}
	return b.String()
}

// The revision's PDF shows ITU's revision marks in every language: the
// words deleted and inserted are drawn in the revision colour (read back
// with mutool trace) and are in the extracted text, lines in that colour
// underline, strike and bar them, and the cover says Rev.1.
func TestRevisionMarksPDF(t *testing.T) {
	exporttest.NeedTool(t, "mutool", "pdftotext")
	_, revised, _ := reviseExample(t, "pdf")
	revSuffix := regexp.MustCompile(`R[eé]v\.1`)
	for _, l := range forms.Languages() {
		path := filepath.Join(revised, "FG-QSM_SG17_"+string(l)+".pdf")
		trace, err := exec.Command("mutool", "trace", path).Output()
		if err != nil {
			t.Fatalf("mutool trace %s: %v", path, err)
		}
		coloured, strokes := revisionInk(string(trace))
		for _, word := range []string{"nearly", "almost", "describe", "define", "Hanbit",
			"establish", "create", "guidance", "advice", "crypto-agility", "crypto agility", "k.albers@", "Joon-ho Park"} {
			// the trace draws no spaces
			if !strings.Contains(strings.ReplaceAll(coloured, " ", ""), strings.ReplaceAll(word, " ", "")) {
				t.Errorf("%s: %q is not drawn in the revision colour (coloured text: %.200q)", l, word, coloured)
			}
		}
		// at least the bar and the line of each of the eight changes
		if strokes < 16 {
			t.Errorf("%s: %d lines in the revision colour, want underlines, strikes and change bars", l, strokes)
		}
		extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-")
		for _, want := range []string{"nearly", "almost", "describe", "define a reference", "Hanbit"} {
			if !strings.Contains(exporttest.Squash(extracted), want) {
				t.Errorf("%s: the extracted text lacks %q", l, want)
			}
		}
		if !revSuffix.MatchString(extracted) {
			t.Errorf("%s: the cover does not say Rev.1", l)
		}
	}
}

// revisionInk reads mutool's trace of a PDF: the characters of the text
// drawn in the revision colour, and the count of lines stroked in it.
func revisionInk(trace string) (text string, strokes int) {
	const colour = `color="0 .329 .706"`
	var b strings.Builder
	for _, chunk := range strings.Split(trace, "<fill_text ")[1:] {
		head, _, _ := strings.Cut(chunk, ">")
		if !strings.Contains(head, colour) {
			continue
		}
		body, _, _ := strings.Cut(chunk, "</fill_text>")
		for _, g := range strings.Split(body, `unicode="`)[1:] {
			u, _, _ := strings.Cut(g, `"`)
			b.WriteString(u)
		}
	}
	for _, chunk := range strings.Split(trace, "<stroke_path ")[1:] {
		head, _, _ := strings.Cut(chunk, ">")
		if strings.Contains(head, colour) {
			strokes++
		}
	}
	return b.String(), strokes
}

// A revision of a file that carries another draft is refused, the file and
// the other draft named, in the draft's language as the export's other
// messages (here Chinese), and nothing is written.
func TestRevisionOfAnotherDraftRefusedInTheDraftsLanguage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	draft := copyDraft(t, "examples/fg-example-zh.json", dir)
	other := copyDraft(t, "examples/fg-example-en.json", t.TempDir())
	filed := filepath.Join(dir, "filed") + "/"
	if code, _, errs := runCLI(t, "export", "--format", "docx", "--today", "2026-11-25", "-o", filed, other); code > exitFindings {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	files, err := filepath.Glob(filepath.Join(filed, "*.docx"))
	if err != nil || len(files) != 1 {
		t.Fatalf("filed: %v %v", files, err)
	}
	out := filepath.Join(dir, "revised") + "/"
	code, _, errs := runCLI(t, "export", "--format", "docx", "--today", "2026-11-25", "--revision-of", files[0], "-o", out, draft)
	if code == exitOK || code == exitFindings {
		t.Fatalf("exit %d, want a refusal: %s", code, errs)
	}
	for _, want := range []string{filepath.Base(files[0]), "FG-QSM", "另一"} {
		if !strings.Contains(errs, want) {
			t.Errorf("the refusal does not say %q: %s", want, errs)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) > 0 {
		t.Errorf("%d files written after the refusal", len(entries))
	}
}
