package docx

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// markOf is the number of the one mark of field in an exported document.
func markOf(t *testing.T, b []byte, field string) int {
	t.Helper()
	table, err := parseMarks(exporttest.Parts(t, b)[marksItemPart])
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for n := 1; n <= table.last; n++ {
		if m, ok := table.marks[n]; ok && m.field == field {
			if found != 0 {
				t.Fatalf("%s is marked twice (%d, %d)", field, found, n)
			}
			found = n
		}
	}
	if found == 0 {
		t.Fatalf("%s is not marked", field)
	}
	return found
}

// retype replaces the text inside field mark n by s, untracked, as typing
// over it in Word does.
func retype(t *testing.T, b []byte, n int, s string) []byte {
	t.Helper()
	parts := exporttest.Parts(t, b)
	re := regexp.MustCompile(`(<w:bookmarkStart w:id="\d+" w:name="` + MarkName(n) + `"/>)(.*?)(<w:bookmarkEnd w:id="\d+"/>)`)
	doc := string(parts["word/document.xml"])
	m := re.FindStringSubmatchIndex(doc)
	if m == nil {
		t.Fatalf("no mark %s", MarkName(n))
	}
	parts["word/document.xml"] = []byte(doc[:m[3]] + `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` + doc[m[6]:])
	return exporttest.Zip(t, parts)
}

// TestCoverEditsComeBack: the cover's fields are marked like the body's:
// an editor's retyped title, a tracked insertion in the abstract, a keyword
// deleted (tracked) and another retyped, a contact's e-mail retyped and a
// comment on the source come back as changes of those fields, also after
// LibreOffice saved the file over; taking them all puts them in the draft,
// and the draft exported again has no change left against the file. The
// cover's computed values (the group, the meeting, the document number)
// carry no mark.
func TestCoverEditsComeBack(t *testing.T) {
	t.Parallel()
	exporttest.NeedTool(t, "soffice")
	p, b := exampleDOCX(t, forms.English)
	title, abstract := forms.ContribTitle.Path(), forms.ContribAbstract.Path()
	kwDeleted, kwRetyped := forms.Keyword.At(1).Path(), forms.Keyword.At(3).Path()
	email, source := forms.ContactEmail.At(0).Path(), forms.ContribSource.Path()
	const (
		newTitle    = "Proposal to establish an ITU-T Focus Group on Post-Quantum Networks"
		insAbstract = " The focus group reports to SG17 after nine months."
		newKeyword  = "cryptographic discovery"
		newEmail    = "k.albers@nordlicht-telekom.example"
	)
	e := exporttest.WordEdits{
		Retyped: markOf(t, b, title), NewText: newTitle,
		Inserted: markOf(t, b, abstract), InsText: insAbstract,
		Deleted: markOf(t, b, kwDeleted), Comment: markOf(t, b, source),
		CommentText: "Add the sixth supporter?", Note: "A line the editor added under the cover.", Author: "R. Editor",
	}
	edited := exporttest.EditLikeAnEditor(t, b, e)
	edited = retype(t, edited, markOf(t, edited, kwRetyped), newKeyword)
	edited = retype(t, edited, markOf(t, edited, email), newEmail)

	c := &p.Contribution
	want := []string{
		source + " comment " + e.CommentText,
		title + " edit " + newTitle,
		email + " edit " + newEmail,
		kwDeleted + " deletion ",
		kwRetyped + " edit " + newKeyword,
		abstract + " insertion " + c.Abstract + insAbstract,
	}
	check := func(name string, file []byte) {
		t.Helper()
		edits, err := CompareWithDraft(p.Clone(), file, exporttest.Cat)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, ch := range edits.Changes {
			what := ch.New
			if ch.Kind == Comment {
				what = ch.Text
			}
			got = append(got, ch.Field+" "+string(ch.Kind)+" "+what)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: changes\n%q\nwant\n%q", name, got, want)
		}
		var notes []string
		for _, o := range edits.NotTakenBack {
			notes = append(notes, o.Text)
		}
		if !reflect.DeepEqual(notes, []string{e.Note}) {
			t.Errorf("%s: not taken back %q, want only the editor's line", name, notes)
		}
		q := p.Clone()
		changed := edits.ApplyTo(q, func(int) bool { return true })
		if len(changed) != 5 {
			t.Errorf("%s: fields changed %q, want five", name, changed)
		}
		qc := &q.Contribution
		if qc.Title != newTitle || qc.Abstract != c.Abstract+insAbstract || qc.Keywords[1] != "" ||
			qc.Keywords[3] != newKeyword || qc.Contacts[0].Email != newEmail || qc.Source != c.Source {
			t.Errorf("%s: the draft after taking the changes: %q %q %q %q", name, qc.Title, qc.Abstract, qc.Keywords, qc.Contacts[0].Email)
		}
		// exported again, the draft prints the editor's cover: what was
		// retyped is no change any more
		again, err := CompareWithDraft(q, file, exporttest.Cat)
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range again.Changes {
			if ch.Kind == Edit && (ch.Field == title || ch.Field == email || ch.Field == kwRetyped) {
				t.Errorf("%s: after taking the changes, still %s %s %q", name, ch.Field, ch.Kind, ch.New)
			}
		}
		doc := export.Build(q, forms.English, exporttest.Cat, a7.Options{Today: exporttest.Today})
		if kw := doc.Cover.Keywords.Value; strings.Contains(kw, c.Keywords[1]) || !strings.Contains(kw, newKeyword) {
			t.Errorf("%s: keywords printed %q", name, kw)
		}
	}
	check("as edited", edited)

	check("after LibreOffice", exporttest.ResavedByLibreOffice(t, "cover.docx", edited))

	// the values the document makes are not marked
	table, err := parseMarks(exporttest.Parts(t, b)[marksItemPart])
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range table.marks {
		if strings.HasPrefix(m.field, "contribution.") && !strings.HasPrefix(m.field, "contribution.contacts[") &&
			!strings.HasPrefix(m.field, "contribution.keywords[") && m.field != title && m.field != abstract && m.field != source &&
			m.field != forms.ContribUrgentMarketNeed.Path() {
			t.Errorf("a computed value of the cover is marked as %s", m.field)
		}
		if strings.HasSuffix(m.field, ".country") {
			t.Errorf("a country's name is marked as %s", m.field)
		}
	}
}

// TestCoverEditsInATranslation: in a French file, the retyped title
// becomes the title's French translation, the draft's own title stays;
// a contact's e-mail, printed as typed in every language, changes the
// draft's.
func TestCoverEditsInATranslation(t *testing.T) {
	t.Parallel()
	p, b := exampleDOCX(t, forms.French)
	title, email := forms.ContribTitle.Path(), forms.ContactEmail.At(1).Path()
	const newTitle, newEmail = "Proposition de groupe spécialisé sur la migration post-quantique", "park@hanbit.example"
	edited := retype(t, b, markOf(t, b, title), newTitle)
	edited = retype(t, edited, markOf(t, edited, email), newEmail)
	edits, err := CompareWithDraft(p, edited, exporttest.Cat)
	if err != nil {
		t.Fatal(err)
	}
	if !edits.Translation(p) || len(edits.Changes) != 2 {
		t.Fatalf("translation %v, changes %+v", edits.Translation(p), edits.Changes)
	}
	was := p.Contribution.Title
	edits.ApplyTo(p, func(int) bool { return true })
	if got := p.Translations[forms.French][title].Text; got != newTitle || p.Contribution.Title != was {
		t.Errorf("French title %q, the draft's %q", got, p.Contribution.Title)
	}
	if got := p.Contribution.Contacts[1].Email; got != newEmail {
		t.Errorf("e-mail %q, want %q", got, newEmail)
	}
}

// TestKeywordsAddedInWord: keywords an editor typed into the keywords'
// line outside the keywords' marks (after a keyword's bookmark, with the
// separator) come back as keywords added after the draft's last, also
// after LibreOffice saved the file over; a paragraph the editor added
// elsewhere stays not taken back, and nothing is added from a
// translation.
func TestKeywordsAddedInWord(t *testing.T) {
	t.Parallel()
	exporttest.NeedTool(t, "soffice")
	p, b := exampleDOCX(t, forms.English)
	n := len(p.Contribution.Keywords)
	parts := exporttest.Parts(t, b)
	doc := string(parts["word/document.xml"])
	typeAfter := func(field, s string) {
		end := regexp.MustCompile(`<w:bookmarkEnd w:id="` + strconv.Itoa(markOf(t, b, field)) + `"/>`)
		loc := end.FindStringIndex(doc)
		if loc == nil {
			t.Fatalf("no end of the mark of %s", field)
		}
		doc = doc[:loc[1]] + `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` + doc[loc[1]:]
	}
	typeAfter(forms.Keyword.At(1).Path(), "; 6G security")
	typeAfter(forms.Keyword.At(n-1).Path(), "; migration roadmap ;  ")
	// and a paragraph of the editor's own after the title's row's
	at := strings.Index(doc, `</w:tbl>`)
	doc = doc[:at+len(`</w:tbl>`)] + `<w:p><w:r><w:t>Note: see SG17 TD 123; keywords per the Author's guide</w:t></w:r></w:p>` + doc[at+len(`</w:tbl>`):]
	parts["word/document.xml"] = []byte(doc)
	edited := exporttest.Zip(t, parts)

	check := func(name string, file []byte) {
		t.Helper()
		edits, err := CompareWithDraft(p.Clone(), file, exporttest.Cat)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ch := range edits.Changes {
			got = append(got, ch.Field+" "+string(ch.Kind)+" "+ch.New)
		}
		want := []string{forms.Keyword.At(n).Path() + " edit 6G security", forms.Keyword.At(n+1).Path() + " edit migration roadmap"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: changes %q, want %q", name, got, want)
		}
		if len(edits.NotTakenBack) != 1 || !strings.HasPrefix(edits.NotTakenBack[0].Text, "Note:") {
			t.Errorf("%s: not taken back %+v, want the editor's note alone", name, edits.NotTakenBack)
		}
		q := p.Clone()
		// the first added keyword rejected, the second accepted
		edits.ApplyTo(q, func(i int) bool { return i == 1 })
		if kw := q.Contribution.Keywords; len(kw) != n+1 || kw[n] != "migration roadmap" {
			t.Errorf("%s: keywords after taking the second: %q", name, kw)
		}
		again, err := CompareWithDraft(q, file, exporttest.Cat)
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Changes) != 1 || again.Changes[0].New != "6G security" {
			t.Errorf("%s: after taking the second keyword, changes %+v", name, again.Changes)
		}
	}
	check("as edited", edited)

	check("after LibreOffice", exporttest.ResavedByLibreOffice(t, "keywords.docx", edited))

	// in a French file, the same line's new text is not taken back
	pf, bf := exampleDOCX(t, forms.French)
	partsF := exporttest.Parts(t, bf)
	docF := string(partsF["word/document.xml"])
	end := `<w:bookmarkEnd w:id="` + strconv.Itoa(markOf(t, bf, forms.Keyword.At(1).Path())) + `"/>`
	docF = strings.Replace(docF, end, end+`<w:r><w:t xml:space="preserve">; sécurité 6G</w:t></w:r>`, 1)
	partsF["word/document.xml"] = []byte(docF)
	edits, err := CompareWithDraft(pf, exporttest.Zip(t, partsF), exporttest.Cat)
	if err != nil {
		t.Fatal(err)
	}
	if len(edits.Changes) != 0 || len(edits.NotTakenBack) != 1 {
		t.Errorf("French file: changes %+v, not taken back %+v", edits.Changes, edits.NotTakenBack)
	}
}
