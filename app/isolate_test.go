package app

import (
	"strings"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The support count's note names supporters in a sentence of the
// interface: each name reads as a unit (isolateName), and the note is
// broken into lines by the text layer, so that a Latin name with an Arabic
// part keeps its brackets, an Arabic name ends with its Latin acronym, and
// an Arabic name cut across two lines does not turn the next line round
// (a wrapped label did: "الاتصالات وتقنية المعلومات)not committed.(").
func TestNotCountedNoteReadsInOrder(t *testing.T) {
	test.NewApp()
	ui := catalog().In(forms.English)
	note := "Not counted: " + isolateName(ui, "KT Corporation (كوريا)") + " (not an ITU member), " +
		isolateName(ui, "هيئة الاتصالات وتقنية المعلومات (CST)") + " (not committed) and " +
		isolateName(ui, "University C") + " (not committed)."
	if got := isolateName(ui, "University C"); got != "University C" {
		t.Errorf("a Latin name in the English interface became %q", got)
	}
	for _, width := range []float32{900, 420, 300, 220} {
		n := newNoteText(forms.English, &exportFonts{})
		n.SetText(note)
		w := test.NewWindow(n)
		w.Resize(fyne.NewSize(width+40, 400))
		n.Resize(fyne.NewSize(width, n.MinSize().Height))
		test.WidgetRenderer(n).Layout(n.Size())
		all := strings.Join(n.lines, "\n")
		if strings.ContainsAny(all, "\u2068\u2069") {
			t.Errorf("%v wide: isolates drawn: %q", width, all)
		}
		for _, bad := range []string{")not committed", "committed.(", ")not an ITU", "member.("} {
			if strings.Contains(all, bad) {
				t.Errorf("%v wide: a line turned round (%q): %q", width, bad, all)
			}
		}
		if width == 900 && !strings.Contains(all, "member), \u200e(\u200eCST") {
			t.Errorf("the Arabic name does not end with its acronym: %q", all)
		}
		if !strings.Contains(all, "(\u200f") {
			t.Errorf("%v wide: the Latin name's bracket before its Arabic part moved: %q", width, all)
		}
		w.Close()
	}
}
