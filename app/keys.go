package app

import (
	"strconv"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Keyboard use of the wizard: the shortcuts that change step, the Help menu
// that lists every shortcut, and Enter and Escape in dialogs.

// stepKeys are the digit keys of Alt+1 … Alt+6, one per step.
var stepKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}

// stepShortcut is Alt + the step's number, for the steps that have a digit.
func stepShortcut(i int) fyne.Shortcut {
	if i >= len(stepKeys) {
		return nil
	}
	return &desktop.CustomShortcut{KeyName: stepKeys[i], Modifier: fyne.KeyModifierAlt}
}

var (
	prevStepShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierControl}
	nextStepShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierControl}
)

// stepMenuItems are the View menu's items that change step: previous, next,
// and each step by name. Their shortcuts are the menu's, which the window
// honours even while a field has the focus.
func (w *window) stepMenuItems() []*fyne.MenuItem {
	prev := fyne.NewMenuItem(w.ui.T("wizard.menu.prevStep"), func() { w.move(-1) })
	prev.Shortcut = prevStepShortcut
	next := fyne.NewMenuItem(w.ui.T("wizard.menu.nextStep"), func() { w.move(+1) })
	next.Shortcut = nextStepShortcut
	items := []*fyne.MenuItem{w.findingsPanelItem(), fyne.NewMenuItemSeparator(), prev, next, fyne.NewMenuItemSeparator()}
	for i, s := range forms.Steps() {
		it := fyne.NewMenuItem(w.ui.T("step."+string(s)), func() { w.showStep(s) })
		it.Shortcut = stepShortcut(i)
		items = append(items, it)
	}
	return items
}

// addStepShortcuts registers the step shortcuts on the canvas too, for when
// the menu bar does not handle them (headless tests, native menus).
func (w *window) addStepShortcuts() {
	c := w.win.Canvas()
	add := func(s fyne.Shortcut, f func()) {
		c.RemoveShortcut(s)
		c.AddShortcut(s, func(fyne.Shortcut) { f() })
	}
	add(findingsPanelShortcut, w.toggleFindingsPanel)
	add(prevStepShortcut, func() { w.move(-1) })
	add(nextStepShortcut, func() { w.move(+1) })
	for i, s := range forms.Steps() {
		if sc := stepShortcut(i); sc != nil {
			add(sc, func() { w.showStep(s) })
		}
	}
}

// helpMenu is the Help menu. Further items (About) go into its list.
func (w *window) helpMenu() *fyne.Menu {
	// In visual order, as the About item beside it.
	keys := fyne.NewMenuItem(w.visual(w.ui.T("wizard.menu.shortcuts")), w.showShortcuts)
	return fyne.NewMenu(w.ui.T("wizard.menu.help"), keys, fyne.NewMenuItemSeparator(), w.aboutMenuItem())
}

// shortcut is one line of the shortcut list: the keys and what they do.
type shortcut struct{ keys, what string }

// shortcutList lists the keyboard shortcuts of the main window.
func (w *window) shortcutList() []shortcut {
	t := w.ui.T
	n := len(forms.Steps())
	return []shortcut{
		{"Tab", t("wizard.keys.nextField")},
		{"Shift+Tab", t("wizard.keys.prevField")},
		{"Ctrl+PageDown", t("wizard.menu.nextStep")},
		{"Ctrl+PageUp", t("wizard.menu.prevStep")},
		{"Alt+1 … Alt+" + strconv.Itoa(min(n, len(stepKeys))), t("wizard.keys.step")},
		{"Ctrl+Shift+F", t("wizard.keys.findingsPanel")},
		{"Alt", t("wizard.keys.menu")},
		{"Alt+Down", t("wizard.keys.picker")},
		{"Up, Down, Enter", t("wizard.keys.tableRows")},
		{"PageUp, PageDown", t("wizard.keys.calendarMonth")},
		{"Enter", t("wizard.keys.dialogEnter")},
		{"Escape", t("wizard.keys.escape")},
		{"Ctrl+N", t("ui.menu.new")},
		{"Ctrl+O", t("ui.menu.open")},
		{"Ctrl+S", t("ui.menu.save")},
		{"Ctrl+Shift+S", t("ui.menu.saveAs")},
		{"Ctrl+Q", t("ui.menu.quit")},
		{"Ctrl+Z", t("edit.keys.undo")},
		{"Ctrl+Y, Ctrl+Shift+Z", t("edit.keys.redo")},
		{"Ctrl+F", t("edit.keys.find")},
		{"Ctrl+G, Ctrl+Shift+G", t("edit.keys.findNext")},
	}
}

// showShortcuts shows the shortcut list in a dialog.
func (w *window) showShortcuts() {
	dir := w.dir()
	var cells []fyne.CanvasObject
	for _, s := range w.shortcutList() {
		k := widget.NewLabelWithStyle(s.keys, dir.startAlign(), fyne.TextStyle{Monospace: true})
		what := dir.label(w.visual(s.what))
		what.Wrapping = fyne.TextWrapWord
		cells = append(cells, k, what)
	}
	grid := container.NewGridWithColumns(2, dir.gridCells(2, cells)...)
	d := dialog.NewCustom(w.ui.T("wizard.menu.shortcuts"), w.ui.T("ui.dialog.ok"), container.NewVScroll(grid), w.win)
	d.Resize(fyne.NewSize(560, min(520, w.win.Canvas().Size().Height-40)))
	dialogKeys(w.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// dialogKeys makes Enter run enter and Escape run escape while d is shown
// (nil: the key does nothing). Fyne's dialogs take neither key; with no
// widget of the dialog focused, keys reach the canvas, whose handler is put
// back when the dialog closes.
func dialogKeys(c fyne.Canvas, d dialog.Dialog, enter, escape func()) {
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter != nil {
				enter()
			}
		case fyne.KeyEscape:
			if escape != nil {
				escape()
			}
		default:
			if prev != nil {
				prev(k)
			}
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

// fileDialogKeys makes Enter confirm a shown file dialog (its highlighted
// button, while that is enabled: a folder picker always, a file picker once a
// file is chosen) and Escape dismiss it. Fyne's file dialog offers no call
// that confirms, so the button is looked for in the dialog's pop-up, the
// canvas's top overlay once d is shown: its buttons sit in plain containers.
func fileDialogKeys(c fyne.Canvas, d *dialog.FileDialog) {
	var confirm *widget.Button
	if pop, ok := c.Overlays().Top().(*widget.PopUp); ok {
		confirm = highlightedButton(pop.Content)
	}
	enter := func() {
		if confirm != nil && !confirm.Disabled() && confirm.OnTapped != nil {
			confirm.OnTapped()
		}
	}
	dialogKeys(c, d, enter, d.Dismiss)
}

// highlightedButton is the first high-importance button in o's containers.
func highlightedButton(o fyne.CanvasObject) *widget.Button {
	switch t := o.(type) {
	case *widget.Button:
		if t.Importance == widget.HighImportance {
			return t
		}
	case *fyne.Container:
		for _, c := range t.Objects {
			if b := highlightedButton(c); b != nil {
				return b
			}
		}
	}
	return nil
}
