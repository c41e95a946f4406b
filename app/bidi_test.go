package app

import (
	"strings"
	"testing"

	"fgdraft/text"
)

func TestVisualRTL(t *testing.T) {
	t.Parallel()
	// Latin-only text is left alone.
	for _, s := range []string{"", "FG-QSM", "Geneva, Switzerland", "2027-03-16", "Gap analysis …", "1."} {
		if got := visualRTL(s); got != s {
			t.Errorf("visualRTL(%q) = %q", s, got)
		}
	}
	// A date inside Arabic: the runs come in visual order, right to left;
	// each Arabic run stays in logical order (Fyne reverses it itself).
	got := logicalLetters(visualRTL("16 يناير 2027: آخر موعد"))
	want := ": آخر موعد2027 يناير 16" // no space before "2027:" in the text
	if strings.Join(strings.Fields(got), " ") != want {
		t.Errorf("visualRTL = %q, want the runs %q", got, want)
	}
	// Every line on its own; done once only.
	two := visualRTL("1 أ\n2 ب")
	if strings.Count(two, "\n") != 1 || visualRTL(two) != two {
		t.Errorf("two lines: %q", two)
	}
}

// logicalLetters undoes shaping and drops the direction marks, leaving the
// order of the runs to compare.
func logicalLetters(s string) string {
	back := text.PresentationToLogical()
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == rlm || r == lrm:
		case back[r] != nil:
			b.WriteString(string(back[r]))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Text of the draft takes the direction of its own paragraph: an Arabic title
// with a Latin code in the English interface reads right to left (its full
// stop first, on the left); in the Arabic interface an English title with an
// Arabic word stays left to right.
func TestVisualOwn(t *testing.T) {
	t.Parallel()
	got := logicalLetters(visualOwn("خارطة طريق SG17.", false))
	if want := ".SG17 خارطة طريق"; strings.Join(strings.Fields(got), " ") != want {
		t.Errorf("Arabic title in the English interface: runs %q, want %q", got, want)
	}
	got = logicalLetters(visualOwn("Roadmap for عُمان.", true))
	if !strings.HasPrefix(got, "Roadmap for ") || !strings.HasSuffix(got, ".") {
		t.Errorf("English title in the Arabic interface: runs %q", got)
	}
	if s := "FG-QSM"; visualOwn(s, true) != s {
		t.Errorf("Latin-only text changed: %q", visualOwn(s, true))
	}
}
