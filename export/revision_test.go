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
