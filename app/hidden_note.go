package app

import (
	"fmt"
	"strings"

	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// maxHiddenListed is how many hidden characters a field's note names; the
// finding (text.hidden-characters) counts them all.
const maxHiddenListed = 5

// withHiddenNote puts under a text field's widget a note that names the
// hidden characters its text holds (a7.HiddenCharacter: bidi overrides and
// isolates, zero-width and tag characters), each by code point, short name
// and position, as the entry cannot show them: "RLO elif ot ydaer" looks
// like "ready to file" in the field itself. The note is hidden while the
// text has none; update shows it for a text.
func (f *form) withHiddenNote(w fyne.CanvasObject) (fyne.CanvasObject, func(string)) {
	caption := func() *widget.Label {
		l := widget.NewLabel("")
		l.SizeName = theme.SizeNameCaptionText
		l.Importance = widget.WarningImportance
		l.Alignment = f.dir.startAlign()
		return l
	}
	// the heading is short and not wrapped (a right-to-left label wrapped
	// by Fyne would cut its visual order); the list is code points, left
	// to right in every language, and wraps
	heading, list := caption(), caption()
	list.Wrapping = fyne.TextWrapWord
	note := container.NewVBox(heading, list)
	note.Hide()
	last := ""
	update := func(s string) {
		names := hiddenList(s)
		if names == last {
			return
		}
		last = names
		if names == "" {
			note.Hide()
			return
		}
		heading.SetText(f.vis(f.env.ui.T("editor.hidden")))
		list.SetText(names)
		note.Show()
	}
	return container.NewBorder(nil, note, nil, nil, w), update
}

// hiddenList names the hidden characters of s, the first maxHiddenListed:
// "U+202E RLO at 7, U+202C PDF at 36"; empty when there are none.
func hiddenList(s string) string {
	var parts []string
	pos, more := 0, false
	for _, r := range s {
		pos++
		if !a7.HiddenCharacter(r) {
			continue
		}
		if len(parts) == maxHiddenListed {
			more = true
			break
		}
		parts = append(parts, strings.TrimSpace(fmt.Sprintf("U+%04X %s", r, hiddenName(r)))+fmt.Sprintf(" (%d)", pos))
	}
	if more {
		parts = append(parts, "…")
	}
	return strings.Join(parts, ", ")
}

// hiddenName is a hidden character's short name, as Unicode's charts and
// text editors show it.
func hiddenName(r rune) string {
	switch r {
	case 0x202A:
		return "LRE"
	case 0x202B:
		return "RLE"
	case 0x202C:
		return "PDF"
	case 0x202D:
		return "LRO"
	case 0x202E:
		return "RLO"
	case 0x2066:
		return "LRI"
	case 0x2067:
		return "RLI"
	case 0x2068:
		return "FSI"
	case 0x2069:
		return "PDI"
	case 0x200B:
		return "ZWSP"
	case 0x2060:
		return "WJ"
	case 0xFEFF:
		return "ZWNBSP"
	case 0x180E:
		return "MVS"
	}
	if r >= 0xE0000 && r <= 0xE007F {
		return "TAG"
	}
	return "" // U+2061–U+2064: invisible operators, named by their code point
}
