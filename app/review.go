package app

import (
	"slices"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// reviewSession is what the review step reads and changes of the session:
// the draft, its findings, and the document language chosen here.
type reviewSession interface {
	Draft() *forms.Proposal
	Findings() []a7.Finding
	Total() session.StepCount
	DocLang() forms.Lang
	SetDocLang(forms.Lang)
}

// reviewExporter is the export the review step starts: the formats ticked
// last (exportFormats), remembering the ones ticked now
// (setExportFormats), and the dialog that asks for a folder and exports the
// draft in the document language, or in all six when all is set. The
// window's exportFlow is one.
type reviewExporter interface {
	exportFormats() []export.Format
	setExportFormats([]export.Format)
	exportDialog(all bool)
}

var _ reviewExporter = (*exportFlow)(nil)

// reviewStep is the last step: every finding, a preview of the contribution
// in the document language, and export. It is a stepForm with no fields.
type reviewStep struct {
	env     *uiEnv
	nav     navigator // where a finding or a tapped paragraph leads
	exports reviewExporter
	sess    reviewSession
	content fyne.CanvasObject

	langSel   *widget.Select
	langNames []string
	findings  *findingList
	status    *wrapText
	preview   *container.Scroll
	tabs      *container.AppTabs

	exportOne, exportAll *keyButton
	// formats are the check boxes of the export formats, PDF and Word.
	formats    map[export.Format]*widget.Check
	formatHint *widget.Label
}

func newReviewStep(env *uiEnv, nav navigator, exports reviewExporter, sess reviewSession) *reviewStep {
	r := &reviewStep{env: env, nav: nav, exports: exports, sess: sess}
	ui := env.ui
	for _, l := range forms.Languages() {
		r.langNames = append(r.langNames, ui.LanguageName(l))
	}
	r.langSel = widget.NewSelect(r.langNames, func(name string) {
		for i, n := range r.langNames {
			if n == name && forms.Languages()[i] != r.sess.DocLang() {
				r.sess.SetDocLang(forms.Languages()[i])
				r.refresh()
			}
		}
	})
	r.exportOne = newKeyButton(ui.T("ui.export.one"), theme.DocumentSaveIcon(), func() { exports.exportDialog(false) })
	r.exportOne.Importance = widget.HighImportance
	r.exportAll = newKeyButton(ui.T("ui.export.all"), theme.DocumentSaveIcon(), func() { exports.exportDialog(true) })
	r.status = newWrapText("", ui.Lang(), env.textFonts)
	formatBox := r.newFormatChecks()

	r.findings = newFindingList(env, nav, 0)
	r.preview = container.NewScroll(widget.NewLabel(""))
	r.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(ui.T("ui.review.findings"), theme.WarningIcon(), container.NewVScroll(r.findings.box)),
		container.NewTabItemWithIcon(ui.T("ui.review.preview"), theme.DocumentIcon(), r.preview),
	)
	r.tabs.OnSelected = func(*container.TabItem) { r.refresh() }

	langLabel := widget.NewLabel(env.visual(ui.T("ui.review.docLanguage")))
	// Language and export buttons on two rows: on one they would make this
	// step wider than the others, and the panels beside it would shift.
	dir := env.dir()
	bar := container.NewVBox(dir.hbox(langLabel, r.langSel), dir.hbox(r.exportOne, r.exportAll), formatBox)
	r.content = container.NewBorder(container.NewVBox(bar, r.status), nil, nil, nil, r.tabs)
	return r
}

// newFormatChecks makes the check boxes of the export formats, ticked as
// the user last left them (both the first time), and lays them out in a row.
func (r *reviewStep) newFormatChecks() fyne.CanvasObject {
	env := r.env
	ui := env.ui
	chosen := r.exports.exportFormats()
	r.formats = map[export.Format]*widget.Check{}
	r.formatHint = widget.NewLabel(env.visual(ui.T("filing.format.none")))
	r.formatHint.Importance = widget.WarningImportance
	row := []fyne.CanvasObject{widget.NewLabel(env.visual(ui.T("filing.format.label")))}
	for _, f := range exportFormats {
		c := widget.NewCheck(env.visual(ui.T("filing.format."+string(f))), nil)
		c.SetChecked(slices.Contains(chosen, f))
		c.OnChanged = func(bool) { r.formatsChanged() }
		r.formats[f] = c
		row = append(row, c)
	}
	row = append(row, r.formatHint)
	r.showFormatState()
	return env.dir().hbox(row...)
}

// checkedFormats are the formats ticked, in exportFormats order.
func (r *reviewStep) checkedFormats() []export.Format {
	var out []export.Format
	for _, f := range exportFormats {
		if r.formats[f].Checked {
			out = append(out, f)
		}
	}
	return out
}

// formatsChanged remembers the formats ticked and enables export only when
// there is one.
func (r *reviewStep) formatsChanged() {
	r.exports.setExportFormats(r.checkedFormats())
	r.showFormatState()
}

func (r *reviewStep) showFormatState() {
	if len(r.checkedFormats()) == 0 {
		r.exportOne.Disable()
		r.exportAll.Disable()
		r.formatHint.Show()
		return
	}
	r.exportOne.Enable()
	r.exportAll.Enable()
	r.formatHint.Hide()
}

// Content implements stepForm.
func (r *reviewStep) Content() fyne.CanvasObject { return r.content }

// Reload implements stepForm.
func (r *reviewStep) Reload() { r.refresh() }

// Focus implements stepForm: the review step has no fields.
func (r *reviewStep) Focus(string) bool { return false }

// Mark implements stepForm.
func (r *reviewStep) Mark(map[string]a7.Severity) {}

// refresh brings the step up to date with the draft: it is called when the
// step is shown and when the document language changes.
func (r *reviewStep) refresh() {
	ui := r.env.ui
	lang := r.sess.DocLang()
	if !lang.Valid() {
		lang = r.sess.Draft().Language
	}
	if !lang.Valid() {
		lang = forms.English
	}
	name := ui.LanguageName(lang)
	if r.langSel.Selected != name {
		r.langSel.SetSelected(name)
	}
	r.exportOne.SetText(ui.T("ui.export.oneIn", map[string]any{"Language": name}))
	r.updateFindings()
	if r.tabs.Selected() == r.tabs.Items[1] {
		r.preview.Content = buildPreview(r.env, r.nav.goToField, r.sess.Draft(), lang)
		r.preview.Refresh()
	}
}

// updateFindings rewrites the finding list and the status line.
func (r *reviewStep) updateFindings() {
	ui := r.env.ui
	r.findings.update(r.sess.Findings())
	r.tabs.Items[0].Text = r.env.visual(ui.N("ui.findings.titleCount", len(r.sess.Findings()), nil))
	r.tabs.Refresh()
	var status string
	switch {
	case r.sess.Total().Errors > 0:
		status = ui.N("ui.review.blocked", r.sess.Total().Errors, nil)
	case r.sess.Total().Warnings > 0:
		status = ui.N("ui.review.warnings", r.sess.Total().Warnings, nil)
	default:
		status = ui.T("ui.review.ready")
	}
	if r.sess.DocLang().Valid() && r.sess.DocLang() != r.sess.Draft().Language {
		_, missing := r.sess.Draft().Localized(r.sess.DocLang())
		if len(missing) > 0 {
			status += " " + ui.N("ui.review.untranslated", len(missing), map[string]any{
				"Language": ui.LanguageName(r.sess.DocLang()),
				"Source":   ui.LanguageName(r.sess.Draft().Language),
			})
		}
	}
	r.status.SetText(status)
}
