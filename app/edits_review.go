package app

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"fgdraft/export/docx"
	"fgdraft/forms"
	"fgdraft/internal/regularfile"
	"fgdraft/locales"
	"fgdraft/text"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// File → Take changes from a Word file…: the changes co-proposers,
// editors or translators made in a contribution fgdraft exported as DOCX,
// compared field by field with the draft (docx.CompareWithDraft), shown
// for the user to accept or reject one by one or all at once, and the
// accepted ones taken into the draft (docx.Edits.ApplyTo) as typing would
// take them. Nothing changes before Apply.

// editsHost is what the review of a Word file's changes asks of the
// window, beyond the interface's environment (uiEnv).
type editsHost interface {
	showError(title, text string)
	// changed tells that the draft was edited at path, as a widget tells
	// it: the session's edit path (unsaved state, findings, autosave).
	changed(path string)
	// reloadForms re-reads the step forms' widgets from the draft.
	reloadForms()
}

var _ editsHost = (*window)(nil)

// editsSession is what the review reads of the session: the draft, and
// its folder, where the file dialog starts.
type editsSession interface {
	Draft() *forms.Proposal
	Folder() string
}

// editsReview is the review dialog of one Word file's changes.
type editsReview struct {
	env   *uiEnv
	host  editsHost
	win   fyne.Window
	ui    *locales.Localizer
	draft *forms.Proposal
	file  string // the Word file's name, without its folder
	edits docx.Edits
	// accepted tells, by index in edits.Changes, whether a change is
	// taken; comments are never taken (there is nothing to apply).
	accepted []bool
	checks   []*reviewCheck // by index in edits.Changes; nil for comments
	dialog   *dialog.CustomDialog
	apply    *reviewButton
	closed   bool
}

// chooseEditsFile asks for the Word file whose changes to review.
func chooseEditsFile(env *uiEnv, host editsHost, sess editsSession, win fyne.Window) {
	ui := env.ui
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			host.showError(ui.T("ui.edits.failed"), err.Error())
			return
		}
		if r == nil {
			return
		}
		r.Close()
		openEditsFile(env, host, sess, win, r.URI().Path())
	}, win)
	d.SetFilter(regularFiles(".docx"))
	setDialogFolder(sess.Folder(), d.SetLocation)
	d.Resize(dialogSize(win))
	d.Show()
}

// openEditsFile reads the Word file at path and shows the review of its
// changes, which it returns; a file that cannot be compared with the draft
// (not readable, no draft, another draft, marks gone) gets a message
// naming the problem, and one without changes says so: then it returns
// nil, and nothing changed.
func openEditsFile(env *uiEnv, host editsHost, sess editsSession, win fyne.Window, path string) *editsReview {
	ui := env.ui
	failed := func(msg string) *editsReview {
		host.showError(ui.T("ui.edits.failed"), msg+"\n\n"+ui.T("ui.edits.unchanged"))
		return nil
	}
	file := filepath.Base(path)
	data, err := regularfile.Read(path, docx.MaxPackageSize)
	if err != nil {
		return failed(readProblem(ui, err) + "\n\n" + err.Error())
	}
	p := sess.Draft()
	edits, err := docx.CompareWithDraft(p, data, env.cat)
	if err != nil {
		var refusal *docx.EditsRefusal
		if errors.As(err, &refusal) {
			return failed(ui.T("files.edits."+string(refusal.Problem), map[string]any{"File": file, "Draft": docx.DraftName(p), "Other": refusal.Other}))
		}
		return failed(ui.T("translate.import.unreadable") + "\n\n" + err.Error())
	}
	if len(edits.Changes) == 0 && len(edits.NotTakenBack) == 0 {
		host.showError(ui.T("ui.edits.noneTitle"), ui.T("ui.edits.none", map[string]any{"File": file}))
		return nil
	}
	r := &editsReview{env: env, host: host, win: win, ui: ui, draft: p, file: file, edits: edits,
		accepted: make([]bool, len(edits.Changes)), checks: make([]*reviewCheck, len(edits.Changes))}
	r.show()
	return r
}

// show builds the dialog and shows it: every change accepted to start
// with (the user came to take them), comments shown beside their field.
func (r *editsReview) show() {
	ui := r.ui
	dir := directionOf(ui.Lang())
	rows := container.NewVBox()
	if r.edits.Translation(r.draft) {
		rows.Add(r.message(ui.T("ui.edits.translation", map[string]any{
			"Language": ui.LanguageName(r.edits.Lang), "Source": ui.LanguageName(r.draft.Language)})))
	}
	rows.Add(r.message(ui.T("ui.edits.legend")))
	rtlText := r.edits.Lang.RTL()
	for i, ch := range r.edits.Changes {
		rows.Add(widget.NewSeparator())
		rows.Add(r.changeRow(i, ch, dir, rtlText))
	}
	if n := len(r.edits.NotTakenBack); n > 0 {
		rows.Add(widget.NewSeparator())
		head := dir.label(uiText(ui, ui.N("files.edits.notTakenBack", n, nil)))
		head.TextStyle.Bold = true
		rows.Add(head)
		for _, o := range r.edits.NotTakenBack {
			after := ui.T("files.edits.atStart")
			if o.After != "" {
				after = ui.FieldLabel(o.After)
			}
			rows.Add(r.message("• " + ui.T("files.edits.position", map[string]any{"Paragraph": o.Position, "After": after, "Text": o.Text})))
		}
	}
	for i, c := range r.checks {
		if c != nil {
			r.accepted[i] = true
			c.SetChecked(true)
		}
	}
	acceptAll := newReviewButton(ui.T("ui.edits.acceptAll"), theme.ConfirmIcon(), func() { r.setAll(true) }, r.cancel)
	rejectAll := newReviewButton(ui.T("ui.edits.rejectAll"), theme.CancelIcon(), func() { r.setAll(false) }, r.cancel)
	cancel := newReviewButton(ui.T("ui.dialog.cancel"), nil, r.cancel, r.cancel)
	r.apply = newReviewButton(ui.T("ui.edits.apply"), nil, r.applyAccepted, r.cancel)
	r.apply.Importance = widget.HighImportance
	r.updateApply()
	buttons := dir.row(dir.hbox(acceptAll, rejectAll), dir.hbox(inOrder(dir, []fyne.CanvasObject{cancel, r.apply})...), nil)
	content := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, container.NewVScroll(rows))
	r.dialog = dialog.NewCustomWithoutButtons(uiText(ui, ui.T("ui.edits.title", map[string]any{"File": r.file})), content, r.win)
	r.dialog.Resize(editsDialogSize(r.win))
	dialogKeys(r.win.Canvas(), r.dialog, nil, r.cancel)
	r.dialog.Show()
	if c := r.firstCheck(); c != nil {
		r.win.Canvas().Focus(c)
	} else {
		r.win.Canvas().Focus(cancel)
	}
}

// editsDialogSize fits the review in the window, on a 1024×600 screen too.
func editsDialogSize(win fyne.Window) fyne.Size {
	s := win.Canvas().Size()
	return fyne.NewSize(min(960, max(480, s.Width-40)), min(680, max(360, s.Height-30)))
}

// changeRow shows change i: its kind, author and field; then, for a change
// to apply, the field's text now and as the change makes it, its changed
// words marked, and the check that accepts it.
func (r *editsReview) changeRow(i int, ch docx.Change, dir direction, rtlText bool) fyne.CanvasObject {
	ui := r.ui
	head := ui.T("files.edits.kind."+string(ch.Kind)) + " — " + ui.FieldLabel(ch.Field)
	if ch.Author != "" {
		head += " — " + ui.T("files.edits.author") + " " + ch.Author
	}
	title := dir.label(uiText(ui, head))
	title.TextStyle.Bold = true
	if ui.Lang().RTL() {
		// a label in visual order would wrap from its visual left, the
		// sentence's end: it is cut short there instead
		title.Truncation = fyne.TextTruncateEllipsis
	} else {
		title.Wrapping = fyne.TextWrapWord
	}
	if ch.Kind == docx.Comment {
		return container.NewVBox(title, r.draftText(ch.Text, false))
	}
	check := newReviewCheck(ui.T("ui.edits.accept"), func(on bool) {
		r.accepted[i] = on
		r.updateApply()
	}, r.cancel)
	r.checks[i] = check
	label := func(key string) *widget.Label {
		l := widget.NewLabel(uiText(ui, ui.T(key)))
		l.TextStyle.Bold = true
		return l
	}
	old := r.draftText(ch.Old, true)
	grid := container.New(&labelledRows{dir: dir},
		label("files.edits.old"), old,
		label("files.edits.new"), diffText(ch.Old, ch.New, rtlText, r.env.fonts))
	return container.NewVBox(dir.row(check, nil, title), grid)
}

// message is interface text wrapped to the dialog's width, in either
// direction (a right-to-left label would not wrap: it would widen the
// dialog past the screen).
func (r *editsReview) message(s string) fyne.CanvasObject {
	return newWrapText(s, r.ui.Lang(), r.env.textFonts)
}

// draftText is a wrapped paragraph of text of the draft (or of the Word
// file): a label, dimmed when quiet; text with Arabic letters broken into
// lines by the text layer and set right to left (newLangText), as a label
// would not wrap it.
func (r *editsReview) draftText(s string, quiet bool) fyne.CanvasObject {
	if strings.ContainsFunc(s, isRTLLetter) {
		return newLangText(s, forms.Arabic, r.env.fonts, r.env.textFonts)
	}
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	if quiet {
		l.Importance = widget.LowImportance
	} else {
		l.TextStyle.Italic = true
	}
	return l
}

// diffText is new with the words changed from old marked: inserted words
// bold in the success colour, deleted ones italic in the error colour (and
// struck), where they were. Text with right-to-left words is a diffLines,
// which breaks its lines and orders their words itself; other text a
// wrapped rich text.
func diffText(old, new string, rtl bool, fonts *fontSet) fyne.CanvasObject {
	if rtl || strings.ContainsFunc(old+new, isRTLLetter) {
		return newDiffLines(old, new, rtl || text.ParagraphDirection(new) == text.RightToLeft, fonts)
	}
	var segs []widget.RichTextSegment
	for _, p := range text.WordDiff(old, new) {
		style := widget.RichTextStyleInline
		s := p.Text
		switch p.Op {
		case text.Inserted:
			style.ColorName = theme.ColorNameSuccess
			style.TextStyle.Bold = true
		case text.Deleted:
			style.ColorName = theme.ColorNameError
			style.TextStyle.Italic = true
			s = struck(s)
		}
		for k, line := range strings.Split(s, "\n") {
			if k > 0 {
				segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
			}
			segs = append(segs, &widget.TextSegment{Style: style, Text: line})
		}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// combiningStroke is COMBINING LONG STROKE OVERLAY: after a character, a
// line through it.
const combiningStroke = '\u0336'

// struck is s struck through, where the interface's fonts draw a stroke
// over its letters (Latin, Cyrillic, Greek; not over Arabic, whose joined
// letters it would part, nor Chinese): Fyne's text has no strikethrough
// style, and colour alone does not tell a deletion to every reader.
func struck(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) {
			return s
		}
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		if r != '\n' {
			b.WriteRune(combiningStroke)
		}
	}
	return b.String()
}

// splitKeepingSpaces splits s into words and the spaces between them.
func splitKeepingSpaces(s string) []string {
	var out []string
	start := 0
	for i, c := range s {
		if c == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			out = append(out, " ")
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// firstCheck is the first change's check, nil when there is none.
func (r *editsReview) firstCheck() *reviewCheck {
	for _, c := range r.checks {
		if c != nil {
			return c
		}
	}
	return nil
}

// setAll accepts or rejects every change.
func (r *editsReview) setAll(on bool) {
	for i, c := range r.checks {
		if c != nil {
			r.accepted[i] = on
			c.SetChecked(on)
		}
	}
	r.updateApply()
}

// updateApply enables Apply while a change is accepted.
func (r *editsReview) updateApply() {
	if r.apply == nil {
		return
	}
	if slices.Contains(r.accepted, true) {
		r.apply.Enable()
	} else {
		r.apply.Disable()
	}
}

// cancel closes the review; the draft is as it was.
func (r *editsReview) cancel() {
	if r.closed {
		return
	}
	r.closed = true
	r.dialog.Hide()
}

// applyAccepted takes the accepted changes into the draft, through the
// session's edit path like typing, shows them in the step forms and says
// what it did.
func (r *editsReview) applyAccepted() {
	if r.closed {
		return
	}
	r.closed = true
	r.dialog.Hide()
	ui := r.ui
	changed := r.edits.ApplyTo(r.draft, func(i int) bool { return r.accepted[i] })
	if len(changed) == 0 {
		r.host.showError(ui.T("ui.edits.doneTitle"), ui.T("ui.edits.nothingTaken"))
		return
	}
	r.host.reloadForms()
	msg := ui.N("ui.edits.applied", len(changed), nil)
	if r.edits.Translation(r.draft) {
		// one edit of the translations, as an XLIFF import is
		r.host.changed(translationsPath)
		msg = ui.N("ui.edits.translated", len(changed), map[string]any{"Language": ui.LanguageName(r.edits.Lang)})
	} else {
		// one edit of the draft: the fields taken together
		r.host.changed(changed[0])
	}
	var fields []string
	for _, path := range changed {
		fields = append(fields, "• "+ui.FieldLabel(path))
	}
	r.host.showError(ui.T("ui.edits.doneTitle"), msg+"\n"+strings.Join(fields, "\n"))
}

// labelledRows lays out pairs of objects as rows: the labels in a column
// as wide as the widest, each text beside its label taking the rest of the
// width (on the right of it right to left).
type labelledRows struct{ dir direction }

func (l *labelledRows) labelWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for i := 0; i+1 < len(objs); i += 2 {
		w = max(w, objs[i].MinSize().Width)
	}
	return w
}

func (l *labelledRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	lw := l.labelWidth(objs)
	pad := theme.Padding()
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		label, text := objs[i], objs[i+1]
		tw := max(0, size.Width-lw-pad)
		text.Resize(fyne.NewSize(tw, text.MinSize().Height))
		h := max(label.MinSize().Height, text.MinSize().Height)
		label.Resize(fyne.NewSize(lw, label.MinSize().Height))
		label.Move(fyne.NewPos(l.dir.x(0, lw, size.Width), y))
		text.Move(fyne.NewPos(l.dir.x(lw+pad, tw, size.Width), y))
		y += h + pad
	}
}

func (l *labelledRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	lw := l.labelWidth(objs)
	var h, tw float32
	for i := 0; i+1 < len(objs); i += 2 {
		h += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height) + theme.Padding()
		tw = max(tw, objs[i+1].MinSize().Width)
	}
	return fyne.NewSize(lw+theme.Padding()+tw, max(0, h-theme.Padding()))
}

// reviewCheck is a check box that closes the review on Escape: the
// keyboard's focus is on the review's checks and buttons, which would
// otherwise keep the key from the dialog.
type reviewCheck struct {
	widget.Check
	escape func()
}

func newReviewCheck(label string, changed func(bool), escape func()) *reviewCheck {
	c := &reviewCheck{escape: escape}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey closes the review on Escape; other keys work the check.
func (c *reviewCheck) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		c.escape()
		return
	}
	c.Check.TypedKey(k)
}

// reviewButton is a keyButton that closes the review on Escape.
type reviewButton struct {
	keyButton
	escape func()
}

func newReviewButton(label string, icon fyne.Resource, tapped, escape func()) *reviewButton {
	b := &reviewButton{escape: escape}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey closes the review on Escape.
func (b *reviewButton) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		b.escape()
		return
	}
	b.keyButton.TypedKey(k)
}
