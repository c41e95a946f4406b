package app

import (
	"strings"
	"testing"
)

func TestVisualRTL(t *testing.T) {
	// Latin-only text is left alone.
	for _, s := range []string{"", "FG-QSM", "Geneva, Switzerland", "2027-03-16", "Gap analysis …", "1."} {
		if got := visualRTL(s); got != s {
			t.Errorf("visualRTL(%q) = %q", s, got)
		}
	}
	// A date inside Arabic: the runs come in visual order, right to left.
	got := visualRTL("16 يناير 2027: آخر موعد")
	want := string(rtlFence) + ": آخر موعد" + string(rtlFence) + "2027" + string(rtlFence) + " يناير " + string(rtlFence) + "16"
	if got != want {
		t.Errorf("visualRTL = %q, want %q", got, want)
	}
	// Every line on its own; done once only.
	two := visualRTL("1 أ\n2 ب")
	if strings.Count(two, "\n") != 1 || visualRTL(two) != two {
		t.Errorf("two lines: %q", two)
	}
}
