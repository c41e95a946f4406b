package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne's menus cannot be mirrored: a menu item lays out its check mark and
// label from the left edge and its shortcut and submenu arrow against the
// right edge (widget's menuItemRenderer, not replaceable), only one inner
// padding apart at the widest item, and a submenu opens to the right
// whenever there is room, so an arrow pointing left would point away from
// it. In a right-to-left interface the menus instead (1) pad every label on
// its left to the width of the longest, so that the labels end on one line,
// a right-aligned column as Arabic reads, with a clear gap before the
// shortcuts, and
// (2) list the View menu's languages in the menu itself, not in a submenu
// whose arrow points against the reading.

// rtlMenuGap is the room kept between the longest label and its shortcut,
// in widths of the letter "M".
const rtlMenuGap = 2

// alignMenuRTL writes m's labels in visual order, each padded on its left
// with spaces to the width of the longest and followed by rtlMenuGap.
// Separators are left as they are. A label's own padding is measured off
// first, so that a menu aligned once can be aligned again after one of its
// labels changed (the Edit menu's Undo and Redo).
func alignMenuRTL(ui func(string) string, m *fyne.Menu) {
	size := theme.TextSize()
	width := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	visual := make([]string, len(m.Items))
	var widest float32
	for i, it := range m.Items {
		if it.IsSeparator {
			continue
		}
		visual[i] = strings.Trim(ui(it.Label), " ")
		widest = max(widest, width(visual[i]))
	}
	space := width(" ")
	if space <= 0 {
		return
	}
	gap := int(rtlMenuGap*width("M")/space + 0.5)
	for i, it := range m.Items {
		if it.IsSeparator {
			continue
		}
		var b strings.Builder
		writeSpaces(&b, int((widest-width(visual[i]))/space+0.5))
		b.WriteString(visual[i])
		writeSpaces(&b, gap)
		it.Label = b.String()
	}
}

// asVisual is alignMenuRTL's ui for labels already in visual order.
func asVisual(label string) string { return label }
