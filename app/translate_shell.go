package app

import (
	"fgdraft/forms"

	"fyne.io/fyne/v2"
)

// translateLink is the main window's link to its translation window. The
// zero value is "no translation window open". The main window uses it with
// three lines:
//
//	translate translateLink      // a field of window
//	w.translate.sync(w.uiEnv, w, w.exports, w.sess)  // when the findings changed
//	fyne.NewMenuItem(w.ui.T("translate.menu"), func() { w.translate.show(w.uiEnv, w, w.exports, w.sess) }) // in the File menu
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
	// changed tells the main window that the draft was edited at path: it
	// re-validates and notes unsaved changes.
	changed(path string)
	// displayName names the draft in the window's title.
	displayName() string
}

var _ translateHost = (*window)(nil)

// translateExporter is what the translation window needs of the export
// flow: exportIn exports the draft in lang as the review step does, in the
// formats ticked there, with its dialogs in win.
type translateExporter interface {
	exportIn(win fyne.Window, lang forms.Lang)
}

var _ translateExporter = (*exportFlow)(nil)

// translateSession is what the translation window reads of the session:
// the draft it edits, the target the user last chose (the window reopens on
// it) and the review step's document language, the target offered before
// any was chosen.
type translateSession interface {
	Draft() *forms.Proposal
	DocLang() forms.Lang
	TranslationTarget() forms.Lang
	ChooseTranslationTarget(forms.Lang)
	// Folder is the draft's folder, where the file dialogs start.
	Folder() string
}

// show opens the translation window of w, or brings it to the front.
func (l *translateLink) show(env *uiEnv, w translateHost, exports translateExporter, sess translateSession) {
	if l.win != nil {
		l.win.RequestFocus()
		return
	}
	l.win = env.app.NewWindow("")
	l.win.SetOnClosed(func() { *l = translateLink{} })
	l.build(env, w, exports, sess, sess.TranslationTarget())
	l.win.Resize(fitWindow(translateWindowSize, env.screen))
	closeOnKeys(l.win)
	l.win.Show()
}

// build makes the view for the window's current draft, translating into
// into (or the review step's document language, or the first other one).
// The target the user picks is remembered in the session.
func (l *translateLink) build(env *uiEnv, w translateHost, exports translateExporter, sess translateSession, into forms.Lang) {
	draft := sess.Draft()
	if !into.Valid() || into == draft.Language {
		into = sess.DocLang()
	}
	ui := env.ui
	edit := &editorEnv{
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
		today: env.today,
	}
	l.view = newTranslateView(edit, translateOptions{
		into:      into,
		fonts:     env.fonts,
		textFonts: env.textFonts,
		export:    exports.exportIn,
		chose:     sess.ChooseTranslationTarget,
		folder:    func(set func(fyne.ListableURI)) { setDialogFolder(sess.Folder(), set) },
	})
	l.draft, l.lang = draft, ui.Lang()
	l.win.SetTitle(ui.T("translate.title", map[string]any{"Name": w.displayName()}))
	l.win.SetContent(l.view.Content())
}

// sync brings the translation window up to date with the main window: it
// is called whenever the window re-validated the draft. Another draft or
// another interface language rebuilds the view; an edit elsewhere re-reads
// the rows (source text, stale marks, counters), which costs little.
func (l *translateLink) sync(env *uiEnv, w translateHost, exports translateExporter, sess translateSession) {
	if l.view == nil || l.self {
		return
	}
	if l.draft != sess.Draft() || l.lang != env.ui.Lang() {
		l.build(env, w, exports, sess, l.view.Target())
		return
	}
	l.view.Reload()
}
