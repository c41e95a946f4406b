//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/forms/xliff"
)

// The cases of issue 10, "what a clumsy user, a crashing machine and a
// hostile file can still do", on the command line: every refusal exits 2,
// names the file and the problem, and changes nothing.

// runWithin is runCLI that fails the test, instead of hanging it, when the
// command does not return in a few seconds.
func runWithin(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		c := run(args, &out, &errb)
		done <- result{c, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("%v blocks", args)
		return 0, "", ""
	}
}

// copyDraft copies a draft into dir.
func copyDraft(t *testing.T, src, dir string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// saveDraft writes p as a draft file in dir.
func saveDraft(t *testing.T, dir, name string, p *forms.Proposal) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := draftfile.Save(path, p); err != nil {
		t.Fatal(err)
	}
	return path
}

// 1. A named pipe (or a device) never blocks a command: exit 2, named.
// 2. An XLIFF file is checked for its size before it is read.
func TestSpecialAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	draft := copyDraft(t, "examples/fg-example-en.json", dir)
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.xlf")
	f, _ := os.Create(big)
	f.Truncate(xliff.MaxSize + 1) // sparse: no room on disk
	f.Close()
	before, _ := os.ReadFile(draft)
	// said as the window says them, in the environment's language (none
	// of the six here: English)
	notRegular := func(path string) string {
		return message(t, forms.English, "files.notRegular", map[string]any{"File": path})
	}
	tooLarge := message(t, forms.English, "files.tooLarge", map[string]any{"File": big, "Size": (xliff.MaxSize + 1) >> 20, "Limit": xliff.MaxSize >> 20})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", fifo}, notRegular(fifo)},
		{[]string{"export", fifo}, notRegular(fifo)},
		{[]string{"xliff", "export", "--lang", "fr", fifo}, notRegular(fifo)},
		{[]string{"xliff", "import", fifo, big}, tooLarge},
		{[]string{"xliff", "import", draft, fifo}, notRegular(fifo)},
		{[]string{"xliff", "import", draft, "/dev/zero"}, notRegular("/dev/zero")},
		{[]string{"xliff", "import", draft, big}, tooLarge},
		{[]string{"validate", "/dev/zero"}, notRegular("/dev/zero")},
	} {
		code, _, errs := runWithin(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
	if after, _ := os.ReadFile(draft); !bytes.Equal(after, before) {
		t.Error("the draft changed")
	}
}

// 3. Reading a draft changes nothing on disk: validate and export leave
// the draft's folder as it was (the same files, the same times), however
// many temporaries killed saves left there. The next command that writes
// the draft (xliff import) tidies them away, and a complete draft among
// them is kept and named.
func TestLeftoversOfKilledSaves(t *testing.T) {
	dir := t.TempDir()
	draft := copyDraft(t, "examples/fg-example-en.json", dir)
	data, _ := os.ReadFile(draft)
	old := time.Now().Add(-time.Hour)
	leave := func(name string, content []byte) {
		p := filepath.Join(dir, name)
		os.WriteFile(p, content, 0o600)
		os.Chtimes(p, old, old)
	}
	leave(".fg-example-en.json.tmp-999999998-1", data[:len(data)/3])
	newer := bytes.Replace(data, []byte("Quantum-Safe"), []byte("Quantum-Safe (revised)"), 1)
	leave(".fg-example-en.json.tmp-999999998-2", newer)
	before := folderState(t, dir)
	if len(before) != 3 {
		t.Fatalf("folder: %v", before)
	}
	for _, args := range [][]string{
		{"validate", "--today", "2026-11-25", draft},
		{"validate", "--json", "--today", "2026-11-25", draft},
		{"xliff", "export", "--lang", "fr", "-o", filepath.Join(t.TempDir(), "x.xlf"), draft},
		{"export", "--format", "docx", "--today", "2026-11-25", "-o", filepath.Join(t.TempDir(), "x.docx"), draft},
	} {
		if code, _, errs := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d, %q", args, code, errs)
		}
		if after := folderState(t, dir); !maps.Equal(after, before) {
			t.Errorf("%v changed the draft's folder:\nbefore %v\nafter  %v", args[:2], before, after)
		}
	}

	// xliff import writes the draft: translations made in another copy of it
	p, err := draftfile.Load(draft)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range p.TextFields() {
		if f.Get() != "" {
			p.SetTranslation(f, forms.French, "FR "+f.Get())
		}
	}
	xlf := filepath.Join(t.TempDir(), "fr.xlf")
	translated := saveDraft(t, t.TempDir(), "translated.json", p)
	if code, _, errs := runCLI(t, "xliff", "export", "--lang", "fr", "-o", xlf, translated); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := runCLI(t, "xliff", "import", draft, xlf)
	if code != 0 || !strings.Contains(out, "translations recorded") || !strings.Contains(errs, "interrupted save") || !strings.Contains(errs, ".recovered-") {
		t.Errorf("xliff import over leftovers: exit %d, %q, %q", code, out, errs)
	}
	entries, _ := os.ReadDir(dir)
	recovered := 0
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left: %s", e.Name())
		}
		if strings.Contains(e.Name(), ".recovered-") {
			recovered++
		}
	}
	if recovered != 1 {
		t.Errorf("%d recovered drafts kept, want 1 (the complete one)", recovered)
	}
}

// folderState is each file of dir with its size and modification time.
func folderState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = fmt.Sprintf("%d bytes, %s", fi.Size(), fi.ModTime().Format(time.RFC3339Nano))
	}
	return out
}

// 4. A stale translation stays stale through an XLIFF round trip, and
// validate --for and export report it.
func TestStaleTranslationRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p, err := draftfile.Load("examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range p.TextFields() {
		if f.Get() != "" {
			p.SetTranslation(f, forms.French, "FR "+f.Get())
		}
	}
	p.FocusGroup.Scope += " Revised."
	draft := saveDraft(t, dir, "draft.json", p)
	xlf := filepath.Join(dir, "draft.fr.xlf")
	if code, _, errs := runCLI(t, "xliff", "export", "--lang", "fr", "-o", xlf, draft); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := runCLI(t, "xliff", "import", draft, xlf)
	if code != 0 || !strings.Contains(out, "1 translations into fr are stale") || !strings.Contains(out, "not written") {
		t.Fatalf("import: exit %d %q %q", code, out, errs)
	}
	q, _ := draftfile.Load(draft)
	if got := q.StaleTranslations(forms.French); len(got) != 1 || got[0] != "focusGroup.scope" {
		t.Errorf("stale after the round trip: %v", got)
	}
	code, out, _ = runCLI(t, "validate", "--json", "--today", "2026-11-25", "--for", "fr", draft)
	var findings []jsonFinding
	json.Unmarshal([]byte(out), &findings)
	reported := false
	for _, f := range findings {
		if f.Rule == "translation.missing" && len(f.Fields) == 1 && f.Fields[0] == "focusGroup.scope" && strings.Contains(f.Message, "before its text changed") {
			reported = true
		}
	}
	if !reported {
		t.Errorf("validate --for fr does not report the stale translation: exit %d\n%s", code, out)
	}
	if testing.Short() {
		return
	}
	_, _, errs = runCLI(t, "export", "--lang", "fr", "--today", "2026-11-25", "-o", filepath.Join(dir, "fr.pdf"), draft)
	if !strings.Contains(errs, "made before its text changed") || !strings.Contains(errs, "Scope") {
		t.Errorf("export does not report the stale translation: %q", errs)
	}
	// told once for the language, not once for each file written in it
	_, _, errs = runCLI(t, "export", "--format", "all", "--lang", "fr", "--today", "2026-11-25", "-o", filepath.Join(dir, "out")+"/", draft)
	if n := strings.Count(errs, "made before its text changed"); n != 1 {
		t.Errorf("the stale translation is told %d times for a PDF and a DOCX: %q", n, errs)
	}
}

// 5. A line break in a one-line field is reported with its field path.
// 10. An uncovered character in a country code is refused by field path.
func TestOneLineFieldsAndFieldPaths(t *testing.T) {
	dir := t.TempDir()
	p, _ := draftfile.Load("examples/fg-example-en.json")
	p.Contribution.Title += "\nSource: Administration of Elsewhere"
	p.Contribution.Contacts[0].Email += "\u202E"
	draft := saveDraft(t, dir, "draft.json", p)
	code, out, _ := runCLI(t, "validate", "--json", "--today", "2026-11-25", draft)
	var findings []jsonFinding
	if err := json.Unmarshal([]byte(out), &findings); err != nil {
		t.Fatalf("exit %d: %v", code, err)
	}
	var paths []string
	for _, f := range findings {
		if f.Rule == a7.OneLineRuleID {
			paths = append(paths, f.Fields...)
		}
	}
	if strings.Join(paths, " ") != "contribution.title contribution.contacts[0].email" {
		t.Errorf("one-line findings for %v", paths)
	}

	q, _ := draftfile.Load("examples/fg-example-en.json")
	q.Supporters[2].Country = "F\U0001F680"
	draft = saveDraft(t, dir, "country.json", q)
	code, _, errs := runCLI(t, "export", "--lang", "zh", "-o", filepath.Join(dir, "x.pdf"), draft)
	if code != 2 || !strings.Contains(errs, "supporters[2].country") || strings.Contains(errs, "cover") {
		t.Errorf("uncovered character in a country code: exit %d, %q", code, errs)
	}
}

// 7. 8. 11. 12. 13. Refusals of xliff import, and an import that changes
// nothing writes nothing.
func TestXLIFFImportRefusals(t *testing.T) {
	dir := t.TempDir()
	draft := copyDraft(t, "examples/fg-example-en.json", dir)
	p, _ := draftfile.Load(draft)
	xlf := filepath.Join(dir, "en.fr.xlf")
	if code, _, errs := runCLI(t, "xliff", "export", "--lang", "fr", "-o", xlf, draft); code != 0 {
		t.Fatal(errs)
	}
	exported, _ := os.ReadFile(xlf)
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, data, 0o644)
		return path
	}
	filled := func(doc []byte) []byte {
		return []byte(strings.Replace(string(doc), "</source>", "</source><target>Proposition de groupe spécialisé</target>", 1))
	}
	utf16 := []byte{0xFF, 0xFE}
	for _, c := range string(exported[:200]) {
		utf16 = append(utf16, byte(c), 0)
	}
	xliff12 := `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body/></file></xliff>`
	stripped := regexp.MustCompile(`(?s) original="[^"]*"|\s*<mda:metadata>.*?</mda:metadata>| state="[^"]*"`).ReplaceAll(filled(exported), nil)

	before, _ := os.ReadFile(draft)
	// Each refusal is said in the command's language, as the window says
	// it: the environment's (none of the six: English; then French).
	refusals := func(lang forms.Lang) {
		say := func(id string, data ...map[string]any) string { return message(t, lang, id, data...) }
		english := say("language.en")
		for _, c := range []struct {
			name string
			file string
			want string
		}{
			{"own language", write("own.xlf", bytes.Replace(filled(exported), []byte(`trgLang="fr"`), []byte(`trgLang="en"`), 1)), say("files.xliff.ownLanguage", map[string]any{"Language": english})},
			{"XLIFF 1.2", write("v12.xlf", []byte(xliff12)), say("files.xliff.version")},
			{"UTF-16", write("u16.xlf", utf16), say("files.xliff.notUTF8")},
			{"Latin-1", write("latin1.xlf", bytes.Replace(exported, []byte("Quantum"), []byte("Quantum\xe9"), 1)), say("files.xliff.notUTF8")},
			{"binary", write("bin.xlf", []byte{0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x00}), say("files.xliff.notUTF8")},
			{"not XML", write("text.xlf", []byte("Quantum-safe migration\tMigration post-quantique\n")), say("translate.import.notXLIFF")},
			{"surrogate reference", write("ref.xlf", []byte(strings.Replace(string(exported), "</source>", "</source><target>&#xD800;</target>", 1))), say("files.xliff.charRef", map[string]any{"Line": 17})},
			{"stripped, other text", write("other.xlf", bytes.Replace(stripped, []byte(`<source xml:space="preserve">`), []byte(`<source xml:space="preserve">Classical `), 1)), say("files.xliff.textMismatch")},
		} {
			code, _, errs := runCLI(t, "xliff", "import", draft, c.file)
			if code != 2 || !strings.Contains(errs, c.file+": "+c.want) {
				t.Errorf("%s, %s: exit %d, %q; want 2, the file and %q", lang, c.name, code, errs, c.want)
			}
			if strings.Contains(errs, "trgLang") { // cli.xliff.noTarget
				t.Errorf("%s, %s: misleading %q", lang, c.name, errs)
			}
		}
	}
	refusals(forms.English)
	t.Setenv("LC_ALL", "fr_FR.UTF-8")
	refusals(forms.French)
	t.Setenv("LC_ALL", "")
	if after, _ := os.ReadFile(draft); !bytes.Equal(after, before) {
		t.Fatal("a refused import changed the draft")
	}

	// 8. Nothing to record: the draft is not written at all.
	fi0, _ := os.Stat(draft)
	code, out, errs := runCLI(t, "xliff", "import", draft, xlf)
	fi1, _ := os.Stat(draft)
	if code != 0 || !os.SameFile(fi0, fi1) || !fi1.ModTime().Equal(fi0.ModTime()) || !strings.Contains(out, "not written") {
		t.Errorf("no-op import: exit %d %q %q, rewritten: %v", code, out, errs, !os.SameFile(fi0, fi1))
	}
	// A read-only draft is not replaced.
	os.Chmod(draft, 0o444)
	code, _, errs = runCLI(t, "xliff", "import", draft, write("filled.xlf", filled(exported)))
	if code != 2 || !strings.Contains(errs, "read-only") || !strings.Contains(errs, draft) {
		t.Errorf("read-only draft: exit %d, %q", code, errs)
	}
	if after, _ := os.ReadFile(draft); !bytes.Equal(after, before) {
		t.Fatal("the read-only draft changed")
	}
	os.Chmod(draft, 0o644)

	// 13. A file a translation tool stripped of fgdraft's marks is accepted
	// when its text is this draft's, and the output says so.
	code, out, errs = runCLI(t, "xliff", "import", draft, write("stripped.xlf", stripped))
	if code != 0 || !strings.Contains(out, "no longer carries fgdraft's draft ID") || !strings.Contains(out, "1 translations recorded") {
		t.Errorf("stripped file: exit %d %q %q", code, out, errs)
	}
	q, _ := draftfile.Load(draft)
	if tr := q.Translations[forms.French]["contribution.title"]; tr.Text != "Proposition de groupe spécialisé" || q.ID != p.ID {
		t.Errorf("translation %q", tr.Text)
	}
}

// 9. A very long acronym still gets a default file name the system takes.
func TestExportLongAcronym(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil || testing.Short() {
		t.Skip("an export")
	}
	dir := t.TempDir()
	p, _ := draftfile.Load("examples/fg-example-en.json")
	p.FocusGroup.Acronym = "FG-" + strings.Repeat("LONG", 80)
	draft := saveDraft(t, dir, "long.json", p)
	code, out, errs := runCLI(t, "export", "--today", "2026-11-25", draft)
	name := filepath.Base(strings.TrimSpace(out))
	if code == 2 || len(name) > 100 || !strings.HasSuffix(name, "_SG17_en.pdf") {
		t.Fatalf("exit %d, %q, %q", code, out, errs)
	}
}
