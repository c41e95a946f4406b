package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// editsFixture is a draft copied from the English example and its DOCX
// export in lang.
func editsFixture(t *testing.T, lang forms.Lang) (dir, draft, exported string) {
	t.Helper()
	dir = t.TempDir()
	src, err := os.ReadFile("examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	draft = filepath.Join(dir, "draft.json")
	if err := os.WriteFile(draft, src, 0o644); err != nil {
		t.Fatal(err)
	}
	exported = filepath.Join(dir, "exported-"+string(lang)+".docx")
	if code, _, errs := runCLI(t, "export", "--format", "docx", "--lang", string(lang), "--today", "2026-11-25", "-o", exported, draft); code > 1 {
		t.Fatalf("export: %d %s", code, errs)
	}
	return dir, draft, exported
}

// singleParagraphMarks are the numbers and fields of the marks that are a
// field's only paragraph, read from the document's marks part.
func singleParagraphMarks(t *testing.T, b []byte) (numbers []int, fields []string) {
	t.Helper()
	table := string(exporttest.Parts(t, b)["customXml/item2.xml"])
	all := regexp.MustCompile(`<mark n="(\d+)" field="([^"]+)"( item="true")?/>`).FindAllStringSubmatch(table, -1)
	count := map[string]int{}
	for _, m := range all {
		count[m[2]]++
	}
	for _, m := range all {
		if count[m[2]] == 1 && m[3] == "" {
			n, _ := strconv.Atoi(m[1])
			numbers = append(numbers, n)
			fields = append(fields, m[2])
		}
	}
	if len(numbers) < 4 {
		t.Fatalf("only %d single-paragraph fields", len(numbers))
	}
	return numbers, fields
}

var editorsEdits = exporttest.WordEdits{
	NewText: "The co-proposers rewrote this sentence.", InsText: " The editor added this.",
	CommentText: "Which study group?", Note: "A paragraph the editor added.", Author: "R. Editor",
}

func listEdits(t *testing.T, docPath, draft string) editsReport {
	t.Helper()
	code, out, errs := runCLI(t, "import-edits", "--list", docPath, draft)
	if code != 0 {
		t.Fatalf("import-edits --list: %d %s", code, errs)
	}
	var r editsReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return r
}

func fieldValue(t *testing.T, draft, path string) string {
	t.Helper()
	p, err := draftfile.Load(draft)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(p.TextFields(), p.PrintedVerbatim()...) {
		if f.Path == path {
			return f.Get()
		}
	}
	t.Fatalf("no field %s", path)
	return ""
}

// TestImportEditsEndToEnd: export a DOCX, edit it as an editor would (a
// field retyped, a tracked insertion and deletion, a comment, a paragraph
// of their own), and once more through LibreOffice: --list gives exactly
// those changes, --accept-all lands them in the draft, and the draft
// exported again prints them and has no change left against the file.
func TestImportEditsEndToEnd(t *testing.T) {
	dir, draft, exported := editsFixture(t, forms.English)
	b, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	marks, fields := singleParagraphMarks(t, b)
	e := editorsEdits
	e.Retyped, e.Inserted, e.Deleted, e.Comment = marks[0], marks[1], marks[2], marks[3]
	editedPath := filepath.Join(dir, "edited.docx")
	if err := os.WriteFile(editedPath, exporttest.EditLikeAnEditor(t, b, e), 0o644); err != nil {
		t.Fatal(err)
	}
	before := map[string]string{}
	for _, f := range fields[:4] {
		before[f] = fieldValue(t, draft, f)
	}
	check := func(name string, r editsReport) {
		t.Helper()
		var got []string
		for _, c := range r.Changes {
			got = append(got, c.Field+" "+string(c.Kind)+" "+c.Text)
		}
		want := []string{
			fields[0] + " edit ",
			fields[1] + " insertion " + e.InsText,
			fields[2] + " deletion " + before[fields[2]],
			fields[3] + " comment " + e.CommentText,
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: changes\n%q\nwant\n%q", name, got, want)
		}
		if len(r.Changes) == 4 && (r.Changes[0].Old != before[fields[0]] || r.Changes[0].New != e.NewText) {
			t.Errorf("%s: the edit goes from %q to %q", name, r.Changes[0].Old, r.Changes[0].New)
		}
		if len(r.NotTakenBack) != 1 || r.NotTakenBack[0].Text != e.Note || r.NotTakenBack[0].After != fields[3] {
			t.Errorf("%s: not taken back %+v", name, r.NotTakenBack)
		}
		if r.Translation || r.Language != "en" {
			t.Errorf("%s: language %s, translation %v", name, r.Language, r.Translation)
		}
	}
	check("edited", listEdits(t, editedPath, draft))
	if _, err := os.Stat(draft + ".bak"); err == nil {
		t.Error("--list wrote something")
	}

	t.Run("LibreOffice", func(t *testing.T) {
		exporttest.NeedTool(t, "soffice")
		out := filepath.Join(dir, "lo")
		exporttest.Run(t, "soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "docx", "--outdir", out, editedPath)
		check("through LibreOffice", listEdits(t, filepath.Join(out, "edited.docx"), draft))
	})

	code, out, errs := runCLI(t, "import-edits", "--accept-all", editedPath, draft)
	if code != 0 {
		t.Fatalf("--accept-all: %d %s", code, errs)
	}
	if !strings.Contains(out, "3 fields changed") || !strings.Contains(out, e.Note) {
		t.Errorf("--accept-all says %q", out)
	}
	wantValues := map[string]string{fields[0]: e.NewText, fields[1]: before[fields[1]] + e.InsText, fields[2]: "", fields[3]: before[fields[3]]}
	for f, want := range wantValues {
		if got := fieldValue(t, draft, f); got != want {
			t.Errorf("after --accept-all, %s = %q, want %q", f, got, want)
		}
	}
	again := filepath.Join(dir, "again.docx")
	if code, _, errs := runCLI(t, "export", "--format", "docx", "--lang", "en", "--today", "2026-11-25", "-o", again, draft); code > 1 {
		t.Fatalf("export again: %d %s", code, errs)
	}
	data, err := os.ReadFile(again)
	if err != nil {
		t.Fatal(err)
	}
	m, err := docx.ReadMarked(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	printed := map[string]string{}
	for _, f := range m.Fields {
		printed[f.Field] = f.Text()
	}
	if printed[fields[0]] != e.NewText || printed[fields[1]] != before[fields[1]]+e.InsText {
		t.Errorf("the export again prints %q and %q", printed[fields[0]], printed[fields[1]])
	}
	if r := listEdits(t, again, draft); len(r.Changes) != 0 || len(r.NotTakenBack) != 0 {
		t.Errorf("the export again has changes against its draft: %+v", r)
	}
}

// TestImportEditsTranslation: a French DOCX whose fields were retyped in
// French gives French translations, made from the current source text;
// the English text stays.
func TestImportEditsTranslation(t *testing.T) {
	dir, draft, exported := editsFixture(t, forms.French)
	b, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	marks, fields := singleParagraphMarks(t, b)
	parts := exporttest.Parts(t, b)
	doc := string(parts["word/document.xml"])
	want := map[string]string{}
	for i := range 2 {
		n := marks[i]
		re := regexp.MustCompile(`(<w:bookmarkStart w:id="` + strconv.Itoa(n) + `" w:name="fgd` + strconv.Itoa(n) + `"/>).*?(<w:bookmarkEnd w:id="` + strconv.Itoa(n) + `"/>)`)
		text := "Texte traduit en français, champ " + strconv.Itoa(i+1) + "."
		doc = re.ReplaceAllString(doc, `${1}<w:r><w:t>`+text+`</w:t></w:r>${2}`)
		want[fields[i]] = text
	}
	parts["word/document.xml"] = []byte(doc)
	translated := filepath.Join(dir, "traduit.docx")
	if err := os.WriteFile(translated, exporttest.Zip(t, parts), 0o644); err != nil {
		t.Fatal(err)
	}
	source := map[string]string{}
	for f := range want {
		source[f] = fieldValue(t, draft, f)
	}
	r := listEdits(t, translated, draft)
	if !r.Translation || r.Language != "fr" || len(r.Changes) != 2 {
		t.Fatalf("--list: %+v", r)
	}
	code, out, errs := runCLI(t, "import-edits", "--accept-all", translated, draft)
	if code != 0 {
		t.Fatalf("--accept-all: %d %s", code, errs)
	}
	if !strings.Contains(out, "2 fields recorded as their French translations") {
		t.Errorf("--accept-all says %q", out)
	}
	p, err := draftfile.Load(draft)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range p.TextFields() {
		text, ok := want[f.Path]
		if !ok {
			continue
		}
		if f.Get() != source[f.Path] {
			t.Errorf("%s: the English text became %q", f.Path, f.Get())
		}
		tr, st := p.TranslationOf(f, forms.French)
		if st != forms.Translated || tr.Text != text {
			t.Errorf("%s: French translation %q in state %v, want %q translated", f.Path, tr.Text, st, text)
		}
	}
}

// TestImportEditsRefusals: a file of another draft is refused by name, a
// file without marks says so, and without --list or --accept-all there
// must be a terminal; on one, the answers decide.
func TestImportEditsRefusals(t *testing.T) {
	dir, draft, exported := editsFixture(t, forms.English)
	b, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}

	other := filepath.Join(dir, "other.json")
	src, _ := os.ReadFile(draft)
	if err := os.WriteFile(other, bytes.Replace(src, []byte("3f9c2a7e51d84b6c9e0a4d2b7c1e8f05"), []byte("00000000000000000000000000000001"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "import-edits", "--list", exported, other)
	if code != exitUnusable || !strings.Contains(errs, "another draft") || !strings.Contains(errs, "3f9c2a7e51d84b6c9e0a4d2b7c1e8f05") {
		t.Errorf("another draft's file: %d %q", code, errs)
	}

	parts := exporttest.Parts(t, b)
	parts["word/document.xml"] = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`).ReplaceAll(parts["word/document.xml"], nil)
	retyped := filepath.Join(dir, "retyped.docx")
	os.WriteFile(retyped, exporttest.Zip(t, parts), 0o644)
	code, _, errs = runCLI(t, "import-edits", "--list", retyped, draft)
	if code != exitUnusable || !strings.Contains(errs, "no longer carries fgdraft's field marks") {
		t.Errorf("a file without marks: %d %q", code, errs)
	}

	marks, fields := singleParagraphMarks(t, b)
	e := editorsEdits
	e.Retyped, e.Inserted, e.Deleted, e.Comment = marks[0], marks[1], marks[2], marks[3]
	edited := filepath.Join(dir, "edited.docx")
	os.WriteFile(edited, exporttest.EditLikeAnEditor(t, b, e), 0o644)
	var out, errb bytes.Buffer
	if code := runImportEdits([]string{edited, draft}, strings.NewReader("y\n"), false, &out, &errb); code != exitUnusable || !strings.Contains(errb.String(), "--accept-all") {
		t.Errorf("no terminal: %d %q", code, errb.String())
	}
	before := fieldValue(t, draft, fields[1])
	// yes to the edit, no to the insertion, yes to the deletion
	out.Reset()
	if code := runImportEdits([]string{edited, draft}, strings.NewReader("y\nn\nyes\n"), true, &out, &errb); code != 0 {
		t.Fatalf("on a terminal: %d %s", code, errb.String())
	}
	if strings.Count(out.String(), "Take this change?") != 3 || !strings.Contains(out.String(), e.CommentText) {
		t.Errorf("the questions: %s", out.String())
	}
	if got := fieldValue(t, draft, fields[0]); got != e.NewText {
		t.Errorf("accepted edit: %q", got)
	}
	if got := fieldValue(t, draft, fields[1]); got != before {
		t.Errorf("rejected insertion applied: %q", got)
	}
	if got := fieldValue(t, draft, fields[2]); got != "" {
		t.Errorf("accepted deletion: %q", got)
	}
}

// TestImportEditsSupporterName: a supporter's name retyped in the
// supporters' table of the Word file (its XML edited) comes back as an
// edit of that supporter's field, and --accept-all puts it in the draft.
func TestImportEditsSupporterName(t *testing.T) {
	dir, draft, exported := editsFixture(t, forms.English)
	b, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	field := forms.SupporterEntity.At(1).Path()
	name := fieldValue(t, draft, field)
	const renamed = "Hanbit Networks Corporation"
	parts := exporttest.Parts(t, b)
	// the cell's bookmark, by the marks part's number for the field
	m := regexp.MustCompile(`<mark n="(\d+)" field="` + regexp.QuoteMeta(field) + `"/>`).FindSubmatch(parts["customXml/item2.xml"])
	if m == nil {
		t.Fatalf("no mark of %s: the supporters' table is not marked", field)
	}
	doc := parts["word/document.xml"]
	at := bytes.Index(doc, []byte(`w:name="`+docx.MarkName(mustAtoi(t, string(m[1])))+`"/>`))
	run := bytes.Index(doc[max(at, 0):], []byte(">"+name+"<"))
	if at < 0 || run < 0 {
		t.Fatalf("the mark of %s does not enclose %q", field, name)
	}
	at += run
	parts["word/document.xml"] = append(append(append([]byte{}, doc[:at]...), ">"+renamed+"<"...), doc[at+len(name)+2:]...)
	edited := filepath.Join(dir, "renamed.docx")
	if err := os.WriteFile(edited, exporttest.Zip(t, parts), 0o644); err != nil {
		t.Fatal(err)
	}
	r := listEdits(t, edited, draft)
	if len(r.Changes) != 1 || r.Changes[0].Field != field || r.Changes[0].Kind != docx.Edit ||
		r.Changes[0].Old != name || r.Changes[0].New != renamed || len(r.NotTakenBack) != 0 {
		t.Fatalf("changes %+v, not taken back %+v; want one edit of %s from %q to %q", r.Changes, r.NotTakenBack, field, name, renamed)
	}
	if code, _, errs := runCLI(t, "import-edits", "--accept-all", edited, draft); code != 0 {
		t.Fatalf("import-edits --accept-all: %d %s", code, errs)
	}
	if got := fieldValue(t, draft, field); got != renamed {
		t.Errorf("%s is %q after --accept-all, want %q", field, got, renamed)
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
