package text

import (
	"strings"
	"testing"
)

// TestWordDiff: the pieces give back both texts (the kept and inserted
// ones the new, the kept and deleted ones the old), and the changed words
// are exactly the ones that differ, in Latin, Arabic and Chinese text.
func TestWordDiff(t *testing.T) {
	t.Parallel()
	tests := []struct {
		old, new string
		want     string // the diff written with [-deleted-] and {+inserted+}
	}{
		{"The group studies networks.", "The group studies networks.", "The group studies networks."},
		{"The group studies networks.", "The group studies quantum networks.", "The group studies {+quantum +}networks."},
		{"The group studies quantum networks.", "The group studies networks.", "The group studies [-quantum -]networks."},
		{"one two three four", "one five six four", "one [-two three-]{+five six+} four"},
		{"", "New text.", "{+New text.+}"},
		{"Old text.", "", "[-Old text.-]"},
		{"تدرس المجموعة الشبكات.", "تدرس المجموعة الشبكات الكمية.", "تدرس المجموعة الشبكات{+ الكمية+}."},
		{"研究网络", "研究量子网络", "研究{+量子+}网络"},
	}
	for _, tc := range tests {
		ps := WordDiff(tc.old, tc.new)
		var oldB, newB, got strings.Builder
		for _, p := range ps {
			switch p.Op {
			case Same:
				oldB.WriteString(p.Text)
				newB.WriteString(p.Text)
				got.WriteString(p.Text)
			case Inserted:
				newB.WriteString(p.Text)
				got.WriteString("{+" + p.Text + "+}")
			case Deleted:
				oldB.WriteString(p.Text)
				got.WriteString("[-" + p.Text + "-]")
			}
		}
		if oldB.String() != tc.old || newB.String() != tc.new {
			t.Errorf("%q → %q: the pieces give %q → %q", tc.old, tc.new, oldB.String(), newB.String())
		}
		if got.String() != tc.want {
			t.Errorf("%q → %q: %s, want %s", tc.old, tc.new, got.String(), tc.want)
		}
	}
}

// TestWordDiffBounded: texts too long to compare word by word are shown
// as the old deleted and the new inserted, and still give both back.
func TestWordDiffBounded(t *testing.T) {
	t.Parallel()
	old := strings.Repeat("alpha ", 3000)
	new := strings.Repeat("beta ", 3000)
	ps := WordDiff(old, new)
	if len(ps) != 3 || ps[0].Op != Deleted || ps[1].Op != Inserted || ps[2] != (DiffPiece{Same, " "}) {
		t.Fatalf("%d pieces: %v", len(ps), ps[len(ps)-1])
	}
	if ps[0].Text+" " != old || ps[1].Text+" " != new {
		t.Error("the pieces do not give the texts back")
	}
}
