package forms

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitTSV(t *testing.T) {
	t.Parallel()
	cells := func(ls []tsvLine) [][]string {
		var out [][]string
		for _, l := range ls {
			out = append(out, l.cells)
		}
		return out
	}
	for _, tc := range []struct {
		name, in string
		want     [][]string
	}{
		{"LF", "a\tb\nc\td\n", [][]string{{"a", "b"}, {"c", "d"}}},
		{"CRLF", "a\tb\r\nc\td\r\n", [][]string{{"a", "b"}, {"c", "d"}}},
		{"CR alone", "a\tb\rc\td", [][]string{{"a", "b"}, {"c", "d"}}},
		{"no last line break", "a\tb", [][]string{{"a", "b"}}},
		{"trailing tabs", "a\tb\t\t\r\n", [][]string{{"a", "b", "", ""}}},
		{"blank lines dropped", "a\n\n\t\t\nb\n", [][]string{{"a"}, {"b"}}},
		{"quoted tab and line break", "\"x\ty\"\t\"two\r\nlines\"\n", [][]string{{"x\ty", "two\r\nlines"}}},
		{"doubled quote", "\"say \"\"hi\"\"\"\tz", [][]string{{`say "hi"`, "z"}}},
		{"quote inside a cell is text", "5\" disk\tz", [][]string{{`5" disk`, "z"}}},
		{"empty", "", nil},
		{"unclosed quote keeps the rest", "\"open\tcell", [][]string{{"open\tcell"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := cells(splitTSV(tc.in)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("splitTSV(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitTSVBounded(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("a\t", 3*maxPasteCells)
	n := 0
	for _, l := range splitTSV(huge) {
		n += len(l.cells)
	}
	if n > maxPasteCells {
		t.Errorf("read %d cells, more than the bound %d", n, maxPasteCells)
	}
}

// pasteColumns are supporter-like columns: the French labels stand for
// what the GUI gives from locales, the country reader for its country list.
func pasteColumns() []PasteColumn {
	countries := map[string]string{"fr": "FR", "france": "FR", "de": "DE", "allemagne": "DE", "germany": "DE"}
	return []PasteColumn{
		{Field: "entity", Names: []string{"Entity", "Entité"}, Required: true},
		{Field: "country", Names: []string{"Country", "Pays"}, Required: true, Read: func(s string) (string, bool) {
			if c, ok := countries[strings.ToLower(s)]; ok {
				return c, true
			}
			return s, false
		}},
		{Field: "contact", Names: []string{"Contact"}},
	}
}

func values(r PastedRow) []string {
	var out []string
	for _, c := range r.Cells {
		out = append(out, c.Value)
	}
	return out
}

func problems(r PastedRow) []PasteProblem {
	var out []PasteProblem
	for _, c := range r.Cells {
		out = append(out, c.Problem)
	}
	return out
}

func TestReadPasted(t *testing.T) {
	t.Parallel()
	cols := pasteColumns()
	for _, tc := range []struct {
		name      string
		in        string
		header    bool
		values    [][]string
		problems  [][]PasteProblem
		extra     []int // extra cells per row
		unmatched []string
	}{
		{
			name:     "French header in another order, country as name or code",
			in:       "Pays\tEntité\tContact\r\nAllemagne\tAcme\ta@b.de\r\nfr\tOrange\t\r\n",
			header:   true,
			values:   [][]string{{"Acme", "DE", "a@b.de"}, {"Orange", "FR", ""}},
			problems: [][]PasteProblem{{0, 0, 0}, {0, 0, 0}},
			extra:    []int{0, 0},
		},
		{
			name:     "field names as header, case and colon ignored",
			in:       "ENTITY:\tcountry\nAcme\tDE\n",
			header:   true,
			values:   [][]string{{"Acme", "DE", ""}},
			problems: [][]PasteProblem{{0, 0, 0}},
			extra:    []int{0},
		},
		{
			name:     "no header: by position, fewer columns",
			in:       "Acme\tDE\n",
			values:   [][]string{{"Acme", "DE", ""}},
			problems: [][]PasteProblem{{0, 0, 0}},
			extra:    []int{0},
		},
		{
			name:     "more columns than the table: kept as extra",
			in:       "Acme\tDE\tx@y\tsurplus\t\t\n",
			values:   [][]string{{"Acme", "DE", "x@y"}},
			problems: [][]PasteProblem{{0, 0, 0}},
			extra:    []int{1},
		},
		{
			name:      "bad cells marked, text kept",
			in:        "Entity\tCountry\tRemarks\n\tAtlantis\tnote\n",
			header:    true,
			values:    [][]string{{"", "Atlantis", ""}},
			problems:  [][]PasteProblem{{PasteEmpty, PasteInvalid, 0}},
			extra:     []int{1},
			unmatched: []string{"Remarks"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := ReadPasted(tc.in, cols)
			if got.Header != tc.header {
				t.Errorf("header = %v, want %v", got.Header, tc.header)
			}
			if !reflect.DeepEqual(got.Unmatched, tc.unmatched) {
				t.Errorf("unmatched = %q, want %q", got.Unmatched, tc.unmatched)
			}
			if len(got.Rows) != len(tc.values) {
				t.Fatalf("%d rows, want %d: %+v", len(got.Rows), len(tc.values), got.Rows)
			}
			for i, r := range got.Rows {
				if v := values(r); !reflect.DeepEqual(v, tc.values[i]) {
					t.Errorf("row %d values = %q, want %q", i, v, tc.values[i])
				}
				if p := problems(r); !reflect.DeepEqual(p, tc.problems[i]) {
					t.Errorf("row %d problems = %v, want %v", i, p, tc.problems[i])
				}
				if len(r.Extra) != tc.extra[i] {
					t.Errorf("row %d extra = %+v, want %d cells", i, r.Extra, tc.extra[i])
				}
			}
		})
	}
}

func TestReadPastedKeepsInvalidText(t *testing.T) {
	t.Parallel()
	got := ReadPasted("Acme\tAtlantis", pasteColumns())
	c := got.Rows[0].Cells[1]
	if c.Text != "Atlantis" || c.Problem != PasteInvalid {
		t.Errorf("cell = %+v, want the text kept and marked invalid", c)
	}
	if got.Problems() != 1 {
		t.Errorf("Problems() = %d, want 1", got.Problems())
	}
}

func TestWriteTSVReadsBack(t *testing.T) {
	t.Parallel()
	rows := [][]string{{"Entity", "Notes"}, {"A \"B\"", "two\nlines"}, {"tab\there", ""}}
	text := WriteTSV(rows)
	var back [][]string
	for _, l := range splitTSV(text) {
		back = append(back, l.cells)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("WriteTSV then splitTSV = %q, want %q (text %q)", back, rows, text)
	}
}
