package export

import (
	"reflect"
	"testing"
)

func TestWordDiff(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, old, cur string
		want           []Span
	}{
		{"same", "one two", "one two", []Span{{"one two", Unchanged}}},
		{"word replaced", "the quick fox", "the slow fox",
			[]Span{{"the ", Unchanged}, {"quick", Deleted}, {"slow", Inserted}, {" fox", Unchanged}}},
		{"word inserted", "a b", "a new b", []Span{{"a ", Unchanged}, {"new ", Inserted}, {"b", Unchanged}}},
		{"word deleted", "a old b", "a b", []Span{{"a ", Unchanged}, {"old ", Deleted}, {"b", Unchanged}}},
		{"Chinese by character", "焦点组研究", "焦点组工作", []Span{{"焦点组", Unchanged}, {"研究", Deleted}, {"工作", Inserted}}},
		{"Arabic words", "الفريق المتخصص الجديد", "الفريق المتخصص القديم",
			[]Span{{"الفريق المتخصص ", Unchanged}, {"الجديد", Deleted}, {"القديم", Inserted}}},
		{"from empty", "", "new", []Span{{"new", Inserted}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got := wordDiff(c.old, c.cur)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("wordDiff(%q, %q) = %v, want %v", c.old, c.cur, got, c.want)
			}
			r := Revised{Spans: got}
			if r.Accepted() != c.cur || r.Rejected() != c.old {
				t.Errorf("accepted %q rejected %q, want %q and %q", r.Accepted(), r.Rejected(), c.cur, c.old)
			}
		})
	}
}

func TestMarkRevision(t *testing.T) {
	t.Parallel()
	doc := func(blocks ...Block) Document {
		return Document{Sections: []Section{{ID: "proposal", Blocks: blocks}}}
	}
	prev := doc(
		Paragraph{Text: "Heading text"},
		Paragraph{Text: "Scope one.", Field: "focusGroup.scope"},
		List{Items: []string{"first", "second", "third"}, Ordered: true, Field: "focusGroup.scope"},
		Table{Header: []string{"A", "B"}, Rows: [][]string{{"1", "x"}, {"2", "y"}}},
		Paragraph{Text: "Unchanged.", Field: "focusGroup.background"},
	)
	cur := doc(
		Paragraph{Text: "Heading text"},
		Paragraph{Text: "Scope two.", Field: "focusGroup.scope"},
		List{Items: []string{"first", "third", "fourth"}, Ordered: true, Field: "focusGroup.scope"},
		Table{Header: []string{"A", "B"}, Rows: [][]string{{"1", "x"}, {"3", "z"}}},
		Paragraph{Text: "Unchanged.", Field: "focusGroup.background"},
	)
	got := MarkRevision(prev, cur).Sections[0].Blocks
	if p := got[1].(Paragraph); p.Rev.Accepted() != "Scope two." || p.Rev.Rejected() != "Scope one." || p.Text != "Scope two." {
		t.Errorf("scope paragraph: %+v", p)
	}
	l := got[2].(List)
	wantItems := []string{"first", "second", "third", "fourth"}
	wantChanges := []Change{Unchanged, Deleted, Unchanged, Inserted}
	if !reflect.DeepEqual(l.Items, wantItems) {
		t.Errorf("items %q, want %q", l.Items, wantItems)
	}
	for i, r := range l.Revs {
		if r.Change != wantChanges[i] {
			t.Errorf("item %d: change %d, want %d", i, r.Change, wantChanges[i])
		}
	}
	tb := got[3].(Table)
	wantRows := [][]string{{"1", "x"}, {"2", "y"}, {"3", "z"}}
	if !reflect.DeepEqual(tb.Rows, wantRows) || !reflect.DeepEqual(tb.RowChanges, []Change{Unchanged, Deleted, Inserted}) {
		t.Errorf("table rows %q changes %v", tb.Rows, tb.RowChanges)
	}
	if p := got[4].(Paragraph); p.Rev.Marked() {
		t.Errorf("unchanged field marked: %+v", p.Rev)
	}
	d := MarkRevision(prev, prev)
	if d.HasRevisionMarks() {
		t.Error("a document compared with itself has revision marks")
	}
	if m := MarkRevision(prev, cur); !m.HasRevisionMarks() {
		t.Error("no revision marks on a changed document")
	}
}

// TestMarkRevisionCover: the cover's values printed from a field are
// marked against the filed cover's — the title and abstract word by word,
// an e-mail address whole, the keywords as a list — and what the document
// makes (the number) is not; accepting every mark gives the revision's
// text, rejecting them the filed one.
func TestMarkRevisionCover(t *testing.T) {
	t.Parallel()
	const title, abstract, email = "contribution.title", "contribution.abstract", "contribution.contacts[0].email"
	cover := func(number, ttl, abs, mail string, keywords ...string) Document {
		c := Cover{DocNumber: number, KeywordSep: "; ",
			Fields:   []Labelled{{Label: "Title:", Value: ttl, Field: title}},
			Contacts: []Contact{{Label: "Contact:", Lines: []Labelled{{Label: "E-mail:", Value: mail, Field: email}}}},
			Abstract: Labelled{Label: "Abstract:", Value: abs, Field: abstract}}
		for i, k := range keywords {
			c.KeywordList = append(c.KeywordList, Labelled{Value: k, Field: "contribution.keywords[" + string(rune('0'+i)) + "]"})
		}
		return Document{Cover: c}
	}
	prev := cover("C xxx", "A focus group on quantum safety", "First paragraph.\n\nSecond paragraph.", "a@example.org", "one", "two", "three")
	cur := cover("C xxx Rev.1", "A focus group on quantum migration", "First paragraph.\n\nSecond paragraph, longer.\n\nThird.", "b@example.org", "two", "drei", "three", "four")
	got := MarkRevision(prev, cur)
	if !got.HasRevisionMarks() {
		t.Fatal("no revision marks on a changed cover")
	}
	c := &got.Cover
	tm := c.ValueMarks(title)
	if len(tm) != 1 || !reflect.DeepEqual(tm[0].Spans, []Span{{"A focus group on quantum ", Unchanged}, {"safety", Deleted}, {"migration", Inserted}}) {
		t.Errorf("title marks %+v", tm)
	}
	am := c.ValueMarks(abstract)
	var acc, rej []string
	for _, r := range am {
		if r.Change != Deleted {
			acc = append(acc, r.Accepted())
		}
		if r.Change != Inserted {
			rej = append(rej, r.Rejected())
		}
	}
	if len(am) != 3 || am[0].Marked() || am[2].Change != Inserted ||
		!reflect.DeepEqual(acc, []string{"First paragraph.", "Second paragraph, longer.", "Third."}) ||
		!reflect.DeepEqual(rej, []string{"First paragraph.", "Second paragraph."}) {
		t.Errorf("abstract marks %+v", am)
	}
	if em := c.Contacts[0].LineMark(0); em == nil || !reflect.DeepEqual(em.Spans, []Span{{"a@example.org", Deleted}, {"b@example.org", Inserted}}) {
		t.Errorf("e-mail marks %+v", c.Contacts[0])
	}
	var line Revised
	for _, pc := range c.KeywordPieces() {
		line.Spans = append(line.Spans, pc.Span)
		if pc.Change == Deleted && pc.Field != "" {
			t.Errorf("the deleted keyword %q keeps the mark of %s", pc.Text, pc.Field)
		}
	}
	if line.Accepted() != "two; drei; three; four" || line.Rejected() != "one; two; three" {
		t.Errorf("keywords accepted %q, rejected %q", line.Accepted(), line.Rejected())
	}
	if c.DocNumber != "C xxx Rev.1" {
		t.Errorf("document number %q", c.DocNumber)
	}
	if same := MarkRevision(prev, prev); same.HasRevisionMarks() || same.Cover.Rev != nil {
		t.Error("a cover compared with itself has revision marks")
	}
}

// TestKeywordPieces: whatever keywords a revision keeps, deletes, inserts
// or replaces, the separators go so that accepting every mark gives the
// revision's keywords and rejecting them the filed ones, each joined by
// the separator once.
func TestKeywordPieces(t *testing.T) {
	t.Parallel()
	lists := [][]string{{}, {"a"}, {"b"}, {"a", "b"}, {"b", "a"}, {"a", "c"}, {"x", "y", "z"}, {"a", "x", "b", "y"}}
	for _, old := range lists {
		for _, cur := range lists {
			prev, now := Cover{KeywordSep: ", "}, Cover{KeywordSep: ", "}
			for _, k := range old {
				prev.KeywordList = append(prev.KeywordList, Labelled{Value: k, Field: "k"})
			}
			for _, k := range cur {
				now.KeywordList = append(now.KeywordList, Labelled{Value: k, Field: "k"})
			}
			c := markCover(prev, now)
			var line Revised
			for _, pc := range c.KeywordPieces() {
				line.Spans = append(line.Spans, pc.Span)
			}
			if line.Accepted() != join(cur) || line.Rejected() != join(old) {
				t.Errorf("%q → %q: accepted %q, rejected %q", old, cur, line.Accepted(), line.Rejected())
			}
		}
	}
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}

// TestMarkRevisionContacts: a contact the revision removed is put back
// deleted, one it added inserted, and in a contact that changed each line
// is marked as what happened to it (the organization word by word, the
// name and the phone number whole, a line removed put back deleted);
// accepting every mark gives the revision's contacts, rejecting them the
// filed ones.
func TestMarkRevisionContacts(t *testing.T) {
	t.Parallel()
	contact := func(i int, name, org, country, tel string) Contact {
		path := func(role string) string { return "contribution.contacts[" + string(rune('0'+i)) + "]." + role }
		ct := Contact{Label: "Contact:"}
		for _, l := range []Labelled{{Value: name, Field: path("name")}, {Value: org, Field: path("organization")}, {Value: country}, {Label: "Tel:", Value: tel, Field: path("tel")}} {
			if l.Value != "" {
				ct.Lines = append(ct.Lines, l)
			}
		}
		return ct
	}
	doc := func(cs ...Contact) Document { return Document{Cover: Cover{Contacts: cs}} }
	prev := doc(
		contact(0, "Ana Silva", "Serra Azul Telecom", "Brazil", "+55 1"),
		contact(1, "Joon-ho Park", "Hanbit Networks Co., Ltd.", "Republic of Korea", "+82 2"),
	)
	cur := doc(
		contact(0, "Joon-ho Park", "Hanbit Networks Corporation", "Republic of Korea", ""),
		contact(1, "Katrin Albers", "Nordlicht Telekom AG", "Germany", "+49 228"),
	)
	got := MarkRevision(prev, cur)
	if !got.HasRevisionMarks() {
		t.Fatal("no revision marks")
	}
	text := func(cs []Contact, drop Change) [][]string {
		var out [][]string
		for _, ct := range cs {
			if ct.Change == drop {
				continue
			}
			var lines []string
			for i, l := range ct.Lines {
				switch r := ct.LineMark(i); {
				case r == nil:
					lines = append(lines, l.Value)
				case r.Change == drop:
				case drop == Deleted:
					lines = append(lines, r.Accepted())
				default:
					lines = append(lines, r.Rejected())
				}
			}
			out = append(out, lines)
		}
		return out
	}
	lines := func(d Document) [][]string { return text(d.Cover.Contacts, -1) }
	if a := text(got.Cover.Contacts, Deleted); !reflect.DeepEqual(a, lines(cur)) {
		t.Errorf("accepted %q, want %q", a, lines(cur))
	}
	if r := text(got.Cover.Contacts, Inserted); !reflect.DeepEqual(r, lines(prev)) {
		t.Errorf("rejected %q, want %q", r, lines(prev))
	}
	cs := got.Cover.Contacts
	if len(cs) != 3 || cs[0].Change != Deleted || cs[2].Change != Inserted {
		t.Fatalf("contacts %+v", cs)
	}
	if cs[0].Lines[0].Field != "" {
		t.Errorf("the removed contact keeps the field mark of %s", cs[0].Lines[0].Field)
	}
	park := cs[1]
	if park.LineMark(0) != nil || park.LineMark(2) != nil {
		t.Errorf("Park's unchanged name or country marked: %+v", park.Revs)
	}
	if org := park.LineMark(1); org == nil || !reflect.DeepEqual(org.Spans, []Span{{"Hanbit Networks ", Unchanged}, {"Co., Ltd.", Deleted}, {"Corporation", Inserted}}) {
		t.Errorf("Park's organization marks %+v", org)
	}
	if tel := park.LineMark(3); tel == nil || tel.Change != Deleted || park.Lines[3].Field != "" {
		t.Errorf("Park's removed phone number: %+v %+v", park.Lines, tel)
	}
}
