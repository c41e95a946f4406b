package app

import (
	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
)

// translateLink is the main window's link to its translation window. The
// zero value is "no translation window open". The main window uses it with
// three lines:
//
//	translate translateLink      // a field of window
//	w.translate.sync(w, w.sess)  // at the end of revalidate
//	fyne.NewMenuItem(w.ui.T("translate.menu"), func() { w.translate.show(w, w.sess) }) // in the File menu
type translateLink struct {
	win   fyne.Window
	view  *translateView
	draft *forms.Proposal // the draft the view edits
	lang  forms.Lang      // the interface language it was built in
	// self is set while an edit made in the view is reported to the main
	// window, whose revalidate must not reload the view that made it.
	self bool
}

// translateHost is what the translation window needs of the main window.
type translateHost interface {
	// fyneApp opens the translation window.
	fyneApp() fyne.App
	localizer() *locales.Localizer
	today() forms.Date
	// changed tells the main window that the draft was edited at path: it
	// re-validates and notes unsaved changes.
	changed(path string)
	// faces and textFonts are the bundled faces, shared with the main
	// window.
	faces() *fontSet
	textFonts() *exportFonts
	// exportIn exports the draft in lang as the review step does, in the
	// formats ticked there, with its dialogs in win.
	exportIn(win fyne.Window, lang forms.Lang)
	// setDialogFolder sets the folder a file dialog starts in.
	setDialogFolder(set func(fyne.ListableURI))
	// displayName names the draft in the window's title.
	displayName() string
	// screenSize is the screen's size (zero: unknown), for the window to fit.
	screenSize() fyne.Size
}

var _ translateHost = (*window)(nil)

// translateSession is what the translation window reads of the session:
// the draft it edits, the target the user last chose (the window reopens on
// it) and the review step's document language, the target offered before
// any was chosen.
type translateSession interface {
	Draft() *forms.Proposal
	DocLang() forms.Lang
	TranslationTarget() forms.Lang
	ChooseTranslationTarget(forms.Lang)
}

// show opens the translation window of w, or brings it to the front.
func (l *translateLink) show(w translateHost, sess translateSession) {
	if l.win != nil {
		l.win.RequestFocus()
		return
	}
	l.win = w.fyneApp().NewWindow("")
	l.win.SetOnClosed(func() { *l = translateLink{} })
	l.build(w, sess, sess.TranslationTarget())
	l.win.Resize(fitWindow(translateWindowSize, w.screenSize()))
	closeOnKeys(l.win)
	l.win.Show()
}

// build makes the view for the window's current draft, translating into
// into (or the review step's document language, or the first other one).
// The target the user picks is remembered in the session.
func (l *translateLink) build(w translateHost, sess translateSession, into forms.Lang) {
	draft := sess.Draft()
	if !into.Valid() || into == draft.Language {
		into = sess.DocLang()
	}
	ui := w.localizer()
	env := &editorEnv{
		draft: draft,
		changed: func(path string) {
			if sess.Draft() != draft {
				return // the window has another draft now; sync rebuilds the view
			}
			l.self = true
			defer func() { l.self = false }()
			w.changed(path)
		},
		ui:    ui,
		win:   l.win,
		today: w.today,
	}
	l.view = newTranslateView(env, translateOptions{
		into:      into,
		fonts:     w.faces(),
		textFonts: w.textFonts(),
		export:    w.exportIn,
		chose:     sess.ChooseTranslationTarget,
		folder:    w.setDialogFolder,
	})
	l.draft, l.lang = draft, ui.Lang()
	l.win.SetTitle(ui.T("translate.title", map[string]any{"Name": w.displayName()}))
	l.win.SetContent(l.view.Content())
}

// sync brings the translation window up to date with the main window: it
// is called whenever the window re-validated the draft. Another draft or
// another interface language rebuilds the view; an edit elsewhere re-reads
// the rows (source text, stale marks, counters), which costs little.
func (l *translateLink) sync(w translateHost, sess translateSession) {
	if l.view == nil || l.self {
		return
	}
	if l.draft != sess.Draft() || l.lang != w.localizer().Lang() {
		l.build(w, sess, l.view.Target())
		return
	}
	l.view.Reload()
}
