package app

import (
	"slices"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The window's menu bar and its file shortcuts; the file items call the
// file flow.

// mainMenu is the menu bar: File, Edit (undo.go), View, Help.
func (w *window) mainMenu() *fyne.MainMenu {
	sc := func(k fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | mod}
	}
	newItem := fyne.NewMenuItem(w.ui.T("ui.menu.new"), w.files.newDraft)
	newItem.Shortcut = sc(fyne.KeyN, 0)
	open := fyne.NewMenuItem(w.ui.T("ui.menu.open"), w.files.openDialog)
	open.Shortcut = sc(fyne.KeyO, 0)
	recent := fyne.NewMenuItem(w.ui.T("ui.menu.recent"), nil)
	var items []*fyne.MenuItem
	for _, p := range w.sess.Recent() {
		items = append(items, fyne.NewMenuItem(p, func() { w.files.openRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(w.ui.T("ui.menu.recentNone"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	save := fyne.NewMenuItem(w.ui.T("ui.menu.save"), func() { w.files.save(nil) })
	save.Shortcut = sc(fyne.KeyS, 0)
	saveAs := fyne.NewMenuItem(w.ui.T("ui.menu.saveAs"), func() { w.files.saveAsDialog(nil) })
	saveAs.Shortcut = sc(fyne.KeyS, fyne.KeyModifierShift)
	example := fyne.NewMenuItem(w.ui.T("ui.menu.example"), func() { w.files.whenSafe(func() { w.files.openExample() }) })
	quit := fyne.NewMenuItem(w.ui.T("ui.menu.quit"), w.files.quit)
	quit.Shortcut = sc(fyne.KeyQ, 0)
	quit.IsQuit = true
	translate := fyne.NewMenuItem(w.ui.T("translate.menu"), func() { w.translate.show(w.uiEnv, w, w.exports, w.sess) })
	takeEdits := fyne.NewMenuItem(w.ui.T("ui.menu.takeEdits"), func() { chooseEditsFile(w.uiEnv, w, w.sess, w.win) })
	file := fyne.NewMenu(w.ui.T("ui.menu.file"), newItem, open, recent, example,
		fyne.NewMenuItemSeparator(), save, saveAs, fyne.NewMenuItemSeparator(),
		takeEdits, translate, fyne.NewMenuItemSeparator(), quit)

	var langs []*fyne.MenuItem
	for _, l := range forms.Languages() {
		// Each language is named in itself, so that it can be found from any.
		it := fyne.NewMenuItem(w.cat.In(l).LanguageName(l), func() { w.setLanguage(l, true) })
		it.Checked = l == w.ui.Lang()
		langs = append(langs, it)
	}
	language := fyne.NewMenuItem(w.ui.T("ui.menu.language"), nil)
	language.ChildMenu = fyne.NewMenu("", langs...)
	view := fyne.NewMenu(w.ui.T("ui.menu.view"), append([]*fyne.MenuItem{language, fyne.NewMenuItemSeparator()}, w.stepMenuItems()...)...)
	if w.dir().rtl {
		// No submenu, whose arrow would point against the reading (menu_rtl.go):
		// the languages in the View menu itself, the recent files in the File
		// menu under a heading that cannot be chosen.
		view.Items = append(append(langs, fyne.NewMenuItemSeparator()), w.stepMenuItems()...)
		alignMenuRTL(w.visual, view)
		for _, it := range items {
			if !it.Disabled { // a path: left to right, an Arabic file name in it too
				it.Label = visualLTR(it.Label)
			}
		}
		heading := fyne.NewMenuItem(w.ui.T("ui.menu.recent"), nil)
		heading.Disabled = true
		file.Items = slices.Concat(file.Items[:2], []*fyne.MenuItem{fyne.NewMenuItemSeparator(), heading}, items,
			[]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, file.Items[3:])
		alignMenuRTL(w.visual, file)
	}
	// Fyne's menu bar runs left to right from the left edge; in a
	// right-to-left interface the menus at least come in reading order,
	// File nearest the window's right side.
	help := w.helpMenu()
	if w.dir().rtl {
		alignMenuRTL(asVisual, help)
	}
	return fyne.NewMainMenu(inOrder(w.dir(), []*fyne.Menu{file, w.editMenu(), view, help})...)
}

// addShortcuts registers the file shortcuts on the canvas too, for when the
// menu bar does not handle them (no focused widget, headless tests).
func (w *window) addShortcuts() {
	c := w.win.Canvas()
	add := func(k fyne.KeyName, mod fyne.KeyModifier, f func()) {
		s := &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | mod}
		c.RemoveShortcut(s)
		c.AddShortcut(s, func(fyne.Shortcut) { f() })
	}
	add(fyne.KeyN, 0, w.files.newDraft)
	add(fyne.KeyO, 0, w.files.openDialog)
	add(fyne.KeyS, 0, func() { w.files.save(nil) })
	add(fyne.KeyS, fyne.KeyModifierShift, func() { w.files.saveAsDialog(nil) })
	add(fyne.KeyQ, 0, w.files.quit)
	w.addStepShortcuts()
	w.addEditShortcuts()
}

// refreshMenu makes the menu bar again (fileHost): the recent files changed.
func (w *window) refreshMenu() { w.win.SetMainMenu(w.mainMenu()) }
