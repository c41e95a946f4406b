package app

import (
	"strings"
	"testing"

	"fgdraft/forms"
)

// A supporter's name in the not-counted note reads as a unit: a Latin
// name with an Arabic part keeps its brackets, an Arabic name ends with
// its Latin acronym, and the note after it stays in place; names without
// Arabic in the English interface are left as typed.
func TestNotCountedNoteIsolatesNames(t *testing.T) {
	t.Parallel()
	ui := catalog().In(forms.English)
	note := uiText(ui, "Not counted: "+isolateName(ui, "KT Corporation (كوريا)")+" (not an ITU member), "+
		isolateName(ui, "هيئة الاتصالات (CST)")+" (not committed).")
	if strings.ContainsAny(note, "\u2068\u2069") {
		t.Errorf("isolates left in the label's text: %q", note)
	}
	// the Arabic name's acronym comes before it (at its visual left, its
	// end), right after the comma
	if !strings.Contains(note, "member), \u200e(\u200eCST") {
		t.Errorf("the Arabic name does not end with its acronym: %q", note)
	}
	if !strings.Contains(note, "KT Corporation (\u200f") {
		t.Errorf("the Latin name's bracket moved: %q", note)
	}
	if got := isolateName(ui, "University C"); got != "University C" {
		t.Errorf("a Latin name in the English interface became %q", got)
	}
}
