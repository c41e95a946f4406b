package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Preference keys of the window's layout.
const (
	prefWindowWidth    = "windowWidth"    // the main window's size when it last closed
	prefWindowHeight   = "windowHeight"   //
	prefFindingsAt     = "findingsSplit"  // where the findings panel began, as a share of the width
	prefFindingsHidden = "findingsHidden" // the findings panel is hidden (narrow windows)
)

// defaultWindowSize is the first window's size on a screen that has room.
var defaultWindowSize = fyne.NewSize(1200, 780)

// screenMargin is what a window leaves free of the screen: the window
// manager's title bar and a panel or taskbar.
var screenMargin = fyne.NewSize(16, 72)

// narrowWindow is the width under which the window starts without the
// findings panel: the steps, a step's fields and the panel at its minimum
// width do not fit beside each other (a 1024-pixel screen at scale 1.5).
const narrowWindow = 900

// findingsMinWidth is the narrowest the findings panel gets: a message of a
// few words a line, never one word a line.
const findingsMinWidth = 300

// fitWindow is the size of a window that wants size on a screen of
// screen (both in Fyne's units). A zero screen leaves size as it is.
func fitWindow(size, screen fyne.Size) fyne.Size {
	if screen.Width <= 0 || screen.Height <= 0 {
		return size
	}
	return size.Min(screen.Subtract(screenMargin))
}

// startSize is the remembered window size, or the default one, fitted to
// the screen.
func (w *window) startSize() fyne.Size {
	size := defaultWindowSize
	if rw, rh := w.prefs.Float(prefWindowWidth), w.prefs.Float(prefWindowHeight); rw > 0 && rh > 0 {
		size = fyne.NewSize(float32(rw), float32(rh))
	}
	return fitWindow(size, w.opts.Screen)
}

// findingsOffset is the split position the findings panel starts at: the
// remembered one, or 70 % of the width for the step.
func (w *window) findingsOffset() float64 {
	if at := w.prefs.Float(prefFindingsAt); at > 0.2 && at < 0.95 {
		return at
	}
	return 0.7
}

// rememberLayout keeps the window size and the split position for the next
// session.
func (w *window) rememberLayout() {
	if s := w.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		w.prefs.SetFloat(prefWindowWidth, float64(s.Width))
		w.prefs.SetFloat(prefWindowHeight, float64(s.Height))
	}
	if w.split != nil {
		w.prefs.SetFloat(prefFindingsAt, w.dir().startShare(w.split)) // the step's share
	}
}

// findingsPanelShortcut shows or hides the findings panel.
var findingsPanelShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}

// showFindingsPanel shows the step beside the findings panel, or the step
// alone (on a narrow window); the summary line and the step badges still
// count the findings.
func (w *window) showFindingsPanel(on bool) {
	want := w.stepArea
	if on {
		want = w.split
	}
	if len(w.work.Objects) == 1 && w.work.Objects[0] == want {
		return
	}
	w.work.Objects = []fyne.CanvasObject{want}
	w.work.Refresh()
}

// findingsPanelShown reports whether the findings panel is shown.
func (w *window) findingsPanelShown() bool {
	return len(w.work.Objects) == 1 && w.work.Objects[0] == w.split
}

// toggleFindingsPanel hides a shown panel and shows a hidden one, and
// remembers the choice.
func (w *window) toggleFindingsPanel() {
	on := !w.findingsPanelShown()
	w.showFindingsPanel(on)
	w.prefs.SetBool(prefFindingsHidden, !on)
	w.win.SetMainMenu(w.mainMenu())
}

// findingsPanelItem is the View menu's item that shows or hides the panel.
func (w *window) findingsPanelItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(w.ui.T("wizard.menu.findingsPanel"), w.toggleFindingsPanel)
	it.Shortcut = findingsPanelShortcut
	it.Checked = w.work == nil || w.findingsPanelShown()
	return it
}
