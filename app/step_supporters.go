package app

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// supportersStep is the supporters list with the count A.7 clause 2.1 asks
// for, as counted, and the leadership nominees.
type supportersStep struct {
	*form
	count      *widget.Label
	countIcon  *widget.Icon
	notCounted *wrapText
	met        int // -1 unknown, 0 not met, 1 met
	// table is the supporters as a table, beside their cards.
	table *rowTable
}

func newSupportersStep(env *editorEnv) stepForm {
	s := &supportersStep{form: newForm(env), met: -1}
	f := s.form

	// The count, updated while typing.
	s.count = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.count.Wrapping = fyne.TextWrapWord
	s.countIcon = widget.NewIcon(nil)
	s.notCounted = newNoteText(f.env.ui.Lang(), f.env.textFonts)
	s.notCounted.Hide()
	iconSlot := container.New(&fixedSizeLayout{size: fyne.NewSquareSize(theme.IconInlineSize())}, s.countIcon)
	f.dir.atStart(s.count)
	line := f.dir.row(iconSlot, nil, s.count)
	// The count changes while the user types in the list under it: it
	// keeps the height of two lines, so that the list does not move.
	f.body.Add(container.New(&reserveLines{lines: 2}, line))
	f.hooks = append(f.hooks, s.updateCount)

	supporters := newList(f, forms.Supporters, func() forms.Supporter { return forms.Supporter{} }, false,
		func(g *grid, i int) {
			g.field(forms.SupporterEntity.At(i), look{hint: "editor.hint.entity"})
			choice(g, forms.SupporterCategory.At(i), forms.Categories(), prefixed[forms.Category](f, "category."))
			g.field(forms.SupporterCountry.At(i), look{})
			g.field(forms.SupporterContact.At(i), look{hint: "editor.hint.contact"})
			g.check(forms.SupporterCommitted.At(i))
			g.field(forms.SupporterNotes.At(i), look{rows: 2})
		}).titled(func(s forms.Supporter) string { return s.Entity })
	langs := &allLanguages{}
	s.table = newRowTable(f, langs, supporters, []tableColumn{
		textColumn(f, forms.SupporterEntity, "rows.col.entity", true, 2),
		enumColumn(f, langs, forms.SupporterCategory, forms.Categories(), "category.", "rows.col.category", true, 1.4),
		countryColumn(f, forms.SupporterCountry, "rows.col.country", true, 1.4),
		textColumn(f, forms.SupporterContact, "rows.col.contact", false, 1.4),
		yesNoColumn(f, langs, forms.SupporterCommitted, "rows.col.committed", 1),
		textColumn(f, forms.SupporterNotes, "rows.col.notes", false, 1.2),
	})
	// Which supporters do not count comes and goes while the user types:
	// under the list, where it moves nothing the user is editing.
	f.body.Add(s.notCounted)

	g := f.section(f.T("editor.section.chair"))
	nominee(g, nomineeFields{
		name: forms.ChairName, organization: forms.ChairOrganization,
		category: forms.ChairCategory, country: forms.ChairCountry,
	})

	newList(f, forms.ViceChairs, func() forms.Nominee { return forms.Nominee{} }, false,
		func(g *grid, i int) {
			nominee(g, nomineeFields{
				name: forms.ViceChairName.At(i), organization: forms.ViceChairOrganization.At(i),
				category: forms.ViceChairCategory.At(i), country: forms.ViceChairCountry.At(i),
			})
		}).
		titled(func(n forms.Nominee) string { return n.Name })

	f.Reload()
	return s
}

// nomineeFields are the handles on the fields of one nominee: the chair's,
// or those of one vice-chair.
type nomineeFields struct {
	name, organization, country forms.Field[string]
	category                    forms.Field[forms.Category]
}

// nominee adds the fields of a chair or vice-chair nominee.
func nominee(g *grid, n nomineeFields) {
	g.field(n.name, look{})
	g.field(n.organization, look{})
	choice(g, n.category, forms.Categories(), prefixed[forms.Category](g.f, "category."))
	g.field(n.country, look{})
}

// updateCount shows a7.CountSupport: "3 of 4 committed ITU members, from 2
// of 4 countries", and which supporters do not count and why.
func (s *supportersStep) updateCount() {
	p := s.env.draft
	c := a7.CountSupport(p)
	data := map[string]any{
		"Members": len(c.Members), "NeedMembers": a7.MinSupporters,
		"Countries": len(c.Countries), "NeedCountries": a7.MinSupportCountries,
	}
	text := s.T("editor.support.count", data)
	if c.Met() {
		text = s.T("editor.support.countMet", data)
	}
	text = s.vis(text)
	if s.count.Text != text {
		s.count.SetText(text)
	}
	met := 0
	if c.Met() {
		met = 1
	}
	if met != s.met {
		s.met = met
		if met == 1 {
			s.countIcon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
			s.count.Importance = widget.SuccessImportance
		} else {
			s.countIcon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
			s.count.Importance = widget.DangerImportance
		}
		s.count.Refresh()
	}

	var why []string
	name := func(i int) string {
		if n := p.Supporters[i].Entity; !forms.Blank(n) {
			return isolateName(s.env.ui, strings.TrimSpace(n))
		}
		return s.env.ui.FieldLabel(itemPath(forms.Supporters.Path(), i))
	}
	for _, i := range c.NonMembers {
		why = append(why, s.T("editor.support.nonMember", map[string]any{"Name": name(i)}))
	}
	for _, i := range c.Uncommitted {
		why = append(why, s.T("editor.support.uncommitted", map[string]any{"Name": name(i)}))
	}
	for _, i := range c.NoCountry {
		why = append(why, s.T("editor.support.noCountry", map[string]any{"Name": name(i)}))
	}
	for _, i := range c.BadCountry {
		why = append(why, s.T("editor.support.badCountry", map[string]any{"Name": name(i)}))
	}
	for _, i := range c.Placeholders {
		why = append(why, s.T("editor.support.placeholder", map[string]any{"Name": isolateName(s.env.ui, strings.TrimSpace(p.Supporters[i].Entity))}))
	}
	for _, r := range c.Repeats {
		why = append(why, s.T("editor.support.repeat", map[string]any{"Name": name(r.Row), "Of": r.Of + 1}))
	}
	note := ""
	if len(why) > 0 {
		note = s.T("editor.support.notCounted", map[string]any{"List": s.env.ui.List(why)})
	}
	if s.notCounted.Text() != note {
		s.notCounted.SetText(note)
		if note == "" {
			s.notCounted.Hide()
		} else {
			s.notCounted.Show()
		}
	}
}
