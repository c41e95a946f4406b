package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"fgdraft/app/bidientry"
	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The end-to-end test: a proposer starts from File → New, writes a whole
// proposal by typing into the step widgets until A.7 has nothing left to
// object to, saves it, reopens it, switches the interface to Chinese and to
// Arabic, and exports the contribution in English.
//
// What was typed is checked character for character after saving, reopening
// and each language switch.

// e2eToday is the proposer's today; every meeting is months ahead of it.
var e2eToday = forms.NewDate(2026, 11, 25)

// Values of an edit that are not text to type.
const (
	tapAdd = "+" // tap the Add button of the list at path
	tick   = "✓" // tick the check box at path
)

// edit is one thing the proposer does to the widget of a field path: type
// value into an entry (at the end of what it holds), pick the option of a
// select whose message ID is value ("route.meeting"), tick a check box, or
// tap a list's Add button.
type edit struct{ path, value string }

// proposer drives a window as a user does, and remembers what was done.
type proposer struct {
	t    *testing.T
	w    *window
	done []edit
}

// widgetAt is the widget of path on the step the window shows.
func (p *proposer) widgetAt(w *window, path string) fyne.Focusable {
	p.t.Helper()
	step := forms.StepOf(path)
	if w.current != step {
		p.t.Fatalf("%s belongs to step %s, the window shows %s", path, step, w.current)
	}
	f := formOf(w.formFor(step))
	if f == nil {
		p.t.Fatalf("step %s has no form", step)
	}
	ref, ok := f.fields[path]
	if !ok || ref.focus == nil {
		p.t.Fatalf("no widget for %s", path)
	}
	return ref.focus
}

// entryOf is the entry inside the widget of a text, date, number or country field.
func entryOf(t *testing.T, path string, o fyne.Focusable) *widget.Entry {
	t.Helper()
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case *lineEntry:
		return &x.Entry
	case *wrapEntry:
		return &x.Entry
	case *dateEntry:
		return &x.Entry
	case *countryEntry:
		return &x.Entry
	}
	t.Fatalf("%s: %T is not an entry", path, o)
	return nil
}

// entryText is the text of an entry: Fyne's (see entryOf) or the
// bidirectional one.
func entryText(t *testing.T, path string, o fyne.Focusable) string {
	t.Helper()
	if b, ok := o.(*bidientry.Entry); ok {
		return b.Text()
	}
	return entryOf(t, path, o).Text
}

// do performs one edit, as a user would.
func (p *proposer) do(e edit) {
	p.t.Helper()
	w := p.w
	switch x := p.widgetAt(w, e.path).(type) {
	case *keyButton: // a list's Add button
		if e.value != tapAdd {
			p.t.Fatalf("%s is a list: only %q applies", e.path, tapAdd)
		}
		test.Tap(x)
	case *widget.Check:
		if e.value != tick || x.Checked {
			p.t.Fatalf("%s: tick an unticked check box (value %q, checked %v)", e.path, e.value, x.Checked)
		}
		test.Tap(x)
	case *widget.Select:
		label := w.ui.T(e.value)
		x.SetSelected(label)
		if x.Selected != label {
			p.t.Fatalf("%s offers no %q (options %v)", e.path, label, x.Options)
		}
	default:
		// Click into the entry (the previous one loses the focus), go to
		// the end of its text (Page Down) and type.
		entryText(p.t, e.path, x) // fails on a widget nobody can type into
		w.win.Canvas().Focus(x)
		x.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		test.Type(x, e.value)
	}
	p.done = append(p.done, e)
}

// fill performs the edits of a table, in order.
func (p *proposer) fill(edits []edit) {
	p.t.Helper()
	for _, e := range edits {
		p.do(e)
	}
	p.w.win.Canvas().Unfocus() // leave the last entry, as clicking elsewhere does
}

// next taps Next and checks the step shown.
func (p *proposer) next(want forms.Step) {
	p.t.Helper()
	test.Tap(p.w.next)
	if p.w.current != want {
		p.t.Fatalf("Next shows step %s, want %s", p.w.current, want)
	}
}

func (p *proposer) has(rule string) bool { return hasRule(p.w.sess.Findings(), rule) }

// panelShows reports whether the findings panel lists the finding of rule,
// in the interface language.
func (p *proposer) panelShows(rule string) bool {
	f := findingOf(p.w, rule)
	return f.Rule != "" && containsText(p.w.panel.content, p.w.ui.Finding(f))
}

// badge is the caption of a step in the step list.
func (p *proposer) badge(s forms.Step) string { return p.w.stepRows[s].caption.Text }

// complete checks that a step has no error and no warning left, and says so.
func (p *proposer) complete(s forms.Step) {
	p.t.Helper()
	if c := p.w.sess.Count(s); c.Errors > 0 || c.Warnings > 0 {
		p.t.Errorf("step %s: %d errors, %d warnings left: %v", s, c.Errors, c.Warnings, rulesOn(p.w, s))
	}
	if got, want := p.badge(s), p.w.visual(p.w.ui.T("ui.badge.complete")); got != want {
		p.t.Errorf("step %s: badge %q, want %q", s, got, want)
	}
}

// rulesOn lists the rules of the errors and warnings on a step.
func rulesOn(w *window, s forms.Step) []string {
	var out []string
	for _, f := range w.sess.Findings() {
		if f.Severity != a7.Info && len(f.Fields) > 0 && forms.StepOf(f.Fields[0]) == s {
			out = append(out, f.Rule+" "+strings.Join(f.Fields, ","))
		}
	}
	return out
}

// expected is what the edits done leave in each field: typed texts
// concatenated, the last option picked, ticks.
func (p *proposer) expected() (paths []string, want map[string]string) {
	want = map[string]string{}
	for _, e := range p.done {
		if e.value == tapAdd {
			continue
		}
		old, seen := want[e.path]
		if !seen {
			paths = append(paths, e.path)
		}
		if isMessageID(e.value) || e.value == tick {
			want[e.path] = e.value
		} else {
			want[e.path] = old + e.value
		}
	}
	return paths, want
}

// isMessageID tells an option's message ID ("coverage.partial") from typed text.
func isMessageID(s string) bool {
	for _, prefix := range []string{"groupKind.", "route.", "deliverableType.", "bodyKind.", "coverage.", "category."} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// verify checks that every field edited shows in w's widgets what was typed
// or picked (options in w's interface language, countries by their code and
// name) and is in w's draft.
func (p *proposer) verify(w *window) {
	p.t.Helper()
	paths, want := p.expected()
	doc := draftJSON(p.t, w.sess.Draft())
	for _, s := range forms.Steps() {
		if s == forms.StepReview {
			continue
		}
		w.showStep(s)
		for _, path := range paths {
			if forms.StepOf(path) != s {
				continue
			}
			v := want[path]
			stored := fmt.Sprint(jsonAt(doc, path))
			switch x := p.widgetAt(w, path).(type) {
			case *widget.Check:
				if !x.Checked || stored != "true" {
					p.t.Errorf("%s: check box %v, draft %s", path, x.Checked, stored)
				}
			case *widget.Select:
				value := v[strings.Index(v, ".")+1:]
				if x.Selected != w.ui.T(v) || stored != value {
					p.t.Errorf("%s: select shows %q, draft %q; want %q (%s)", path, x.Selected, stored, w.ui.T(v), value)
				}
			case *countryEntry:
				if x.Text != countryOption(w.ui, v) || stored != v {
					p.t.Errorf("%s: entry shows %q, draft %q; want %q", path, x.Text, stored, countryOption(w.ui, v))
				}
			default:
				if got := entryText(p.t, path, x); got != v || stored != v {
					p.t.Errorf("%s: entry shows %q, draft %q; want %q", path, got, stored, v)
				}
			}
		}
	}
}

// draftJSON is the draft as JSON values, addressed by field path.
func draftJSON(t *testing.T, d *forms.Proposal) any {
	t.Helper()
	data, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// jsonAt is the value at a field path ("supporters[2].country"), or nil.
func jsonAt(v any, path string) any {
	for _, seg := range strings.Split(path, ".") {
		name, index, _ := strings.Cut(seg, "[")
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[name]
		if index != "" {
			i, err := strconv.Atoi(strings.TrimSuffix(index, "]"))
			list, ok := v.([]any)
			if err != nil || !ok || i >= len(list) {
				return nil
			}
			v = list[i]
		}
	}
	return v
}

// menuItem is the item of the main menu's menu (0 File, 1 View) labelled label,
// looked up in submenus too.
func menuItem(t *testing.T, w *window, menu int, label string) *fyne.MenuItem {
	t.Helper()
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if strings.Trim(it.Label, " \u200e") == label { // padded in a right-to-left menu
				return it
			}
			if it.ChildMenu != nil {
				if f := find(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	it := find(w.win.MainMenu().Items[menu].Items)
	if it == nil || it.Action == nil {
		t.Fatalf("no menu item %q", label)
	}
	return it
}

// The texts of the proposal, long enough to be what A.7 asks for.
const (
	e2eInterest1 = "Operators, vendors and regulators are planning the migration of their networks to post-quantum cryptography now."
	e2eInterest2 = " The algorithms are standardized and products ship, but no agreed migration practice exists across networks."
)

func TestE2EWriteProposalFromScratch(t *testing.T) {
	a := test.NewTempApp(t)
	t.Cleanup(func() { useFyneLanguage(forms.English) })
	today := func() forms.Date { return e2eToday }
	w := newTestWindow(t, a, Options{Today: today})
	p := &proposer{t: t, w: w}
	ui := w.ui

	// File → New.
	menuItem(t, w, 0, ui.T("ui.menu.new")).Action()
	if w.sess.Draft().FocusGroup.Name != "" || len(w.sess.Draft().Supporters) != 0 || w.sess.Dirty() || w.current != forms.StepContribution {
		t.Fatalf("File → New: name %q, %d supporters, dirty %v, step %s",
			w.sess.Draft().FocusGroup.Name, len(w.sess.Draft().Supporters), w.sess.Dirty(), w.current)
	}
	if got, want := w.win.Title(), ui.T("ui.title.untitled")+" — fgdraft"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	for _, s := range forms.Steps() {
		if s != forms.StepReview && w.sess.Count(s).Errors == 0 {
			t.Errorf("a blank draft has no error on step %s", s)
		}
	}
	if !p.has("criteria.support") || !p.panelShows("cover.required") {
		t.Fatal("the findings panel does not list what a blank draft lacks")
	}

	// 1. The contribution's cover.
	coverErrors := w.sess.Count(forms.StepContribution).Errors
	p.fill([]edit{
		{"contribution.parentGroup.kind", "groupKind.study-group"},
		{"contribution.parentGroup.number", "17"},
		{"contribution.route", "route.meeting"},
		{"contribution.meeting.place", "Geneva"},
		{"contribution.meeting.start", "2027-04-13"},
		{"contribution.meeting.end", "2027-04-22"},
		{"contribution.studyPeriod", "2025-2028"},
		{"contribution.questions", tapAdd},
		{"contribution.questions[0]", "Q6/17"},
		{"contribution.title", "Proposal to establish a focus group on quantum-safe network migration"},
		{"contribution.source", "Republic of Korea, France, Hanbit Networks"},
		{"contribution.submissionDate", "2027-01-20"},
		{"contribution.keywords", tapAdd},
		{"contribution.keywords[0]", "post-quantum cryptography"},
		{"contribution.abstract", "This contribution proposes a focus group on migrating networks to quantum-safe cryptography."},
	})
	if !strings.HasPrefix(w.win.Title(), "• ") {
		t.Errorf("typing did not mark the draft unsaved: title %q", w.win.Title())
	}
	if p.has("cover.required") || p.panelShows("cover.required") {
		t.Errorf("cover.required stays after typing the cover: %v", findingOf(w, "cover.required").Fields)
	}
	if got := w.sess.Count(forms.StepContribution).Errors; got >= coverErrors {
		t.Errorf("Contribution errors %d → %d after typing the cover", coverErrors, got)
	}
	// A contact whose e-mail address is still being typed does not count.
	p.fill([]edit{
		{"contribution.contacts", tapAdd},
		{"contribution.contacts[0].name", "Kim Min-jun"},
		{"contribution.contacts[0].organization", "Ministry of Science and ICT"},
		{"contribution.contacts[0].country", "KR"},
		{"contribution.contacts[0].tel", "+82 2 1234 5678"},
		{"contribution.contacts[0].email", "minjun.kim@example"},
	})
	if !p.panelShows("cover.contact") || w.sess.Marks()["contribution.contacts[0].email"] != a7.Error {
		t.Errorf("an address without a domain: cover.contact shown %v, e-mail mark %v",
			p.panelShows("cover.contact"), w.sess.Marks()["contribution.contacts[0].email"])
	}
	p.fill([]edit{{"contribution.contacts[0].email", ".kr"}})
	if p.has("cover.contact") || p.panelShows("cover.contact") {
		t.Errorf("cover.contact stays with a complete contact: %v", findingOf(w, "cover.contact").Fields)
	}
	p.complete(forms.StepContribution)

	// 2. The terms of reference.
	p.next(forms.StepTerms)
	termsErrors := w.sess.Count(forms.StepTerms).Errors
	p.fill([]edit{
		{"focusGroup.name", "Focus Group on Quantum-Safe Network Migration"},
		{"focusGroup.acronym", "FG-QSM"},
		{"focusGroup.background", "Quantum computers will break the public-key cryptography that networks rely on."},
		{"focusGroup.scope", "Study migration strategies, inventories and crypto-agility for operator networks."},
		{"focusGroup.actionPlan", "Collect use cases, survey deployments, draft the roadmap and hand it to SG17."},
		{"focusGroup.deliverables", tapAdd},
		{"focusGroup.deliverables[0].title", "Migration roadmap for operator networks"},
		{"focusGroup.deliverables[0].type", "deliverableType.roadmap"},
		{"focusGroup.deliverables[0].due", "2027-12-01"},
		{"focusGroup.deliverables[0].targetGroup", "SG17"},
		{"focusGroup.parentRelationship", "The roadmap feeds the security Questions of SG17."},
		{"focusGroup.relationships", tapAdd},
		{"focusGroup.relationships[0].body", "ETSI TC CYBER"},
		{"focusGroup.relationships[0].description", "Liaison on quantum-safe cryptography."},
		{"focusGroup.interest", e2eInterest1},
	})
	if !p.has("criteria.interest") {
		t.Error("one sentence of interest is accepted as substantive")
	}
	p.fill([]edit{{"focusGroup.interest", e2eInterest2}})
	if p.has("criteria.interest") || p.panelShows("criteria.interest") {
		t.Error("criteria.interest stays after two full sentences")
	}
	// Another study group affected: its chair must be consulted.
	p.fill([]edit{
		{"focusGroup.affectedGroups", tapAdd},
		{"focusGroup.affectedGroups[0].number", "13"},
	})
	if !p.has("parent.consultation") {
		t.Error("no parent.consultation warning for SG13 not consulted")
	}
	p.fill([]edit{
		{"focusGroup.affectedGroups[0].chairConsulted", tick},
		{"focusGroup.urgency", "Data harvested today can be decrypted once large quantum computers exist."},
		{"focusGroup.whyNotStudyGroups", "The work spans several Questions and needs non-members' expertise."},
		{"focusGroup.alternatives", "A correspondence group could not involve the operators and vendors needed."},
		{"focusGroup.implications.strategic", tick},
		{"focusGroup.implications.statement", "Only ITU-T members take part."},
		{"focusGroup.workingLanguage", "English"},
		{"focusGroup.financing", "Meetings are hosted by members; no extra ITU budget is needed."},
		{"focusGroup.administrativeSupport", "TSB provides secretariat support within its existing resources."},
	})
	if p.has("parent.consultation") {
		t.Error("parent.consultation stays after ticking the consultation")
	}
	if got := w.sess.Count(forms.StepTerms).Errors; got >= termsErrors {
		t.Errorf("Terms errors %d → %d", termsErrors, got)
	}
	p.complete(forms.StepTerms)

	// 3. The gap analysis: ITU-T work alone is not enough.
	p.next(forms.StepGaps)
	p.fill([]edit{
		{"gapAnalysis.entries", tapAdd},
		{"gapAnalysis.entries[0].body", "ITU-T SG17"},
		{"gapAnalysis.entries[0].kind", "bodyKind.itu-t"},
		{"gapAnalysis.entries[0].work", "Recommendations on security architecture."},
		{"gapAnalysis.entries[0].coverage", "coverage.partial"},
		{"gapAnalysis.entries[0].gap", "No guidance on migrating deployed networks."},
	})
	if f := findingOf(w, "criteria.no-duplication"); f.Rule == "" || f.Params["NoOther"] != 1 {
		t.Errorf("with ITU-T work only: criteria.no-duplication %+v, want one asking for other SDOs", f)
	}
	p.fill([]edit{
		{"gapAnalysis.entries", tapAdd},
		{"gapAnalysis.entries[1].body", "IETF PQUIP"},
		{"gapAnalysis.entries[1].kind", "bodyKind.sdo"},
		{"gapAnalysis.entries[1].work", "Protocol profiles for post-quantum algorithms."},
		{"gapAnalysis.entries[1].coverage", "coverage.partial"},
		{"gapAnalysis.entries[1].gap", "No operator-wide migration plan."},
		{"gapAnalysis.summary", "Existing work covers algorithms and protocols, not the migration of networks."},
	})
	if p.has("criteria.no-duplication") || p.panelShows("criteria.no-duplication") {
		t.Error("criteria.no-duplication stays with ITU-T and SDO entries")
	}
	p.complete(forms.StepGaps)

	// 4. Supporters: each counts once committed; the criterion is met by the
	// fourth committed member from a fourth country, not by a fourth member.
	p.next(forms.StepSupporters)
	s := w.formFor(forms.StepSupporters).(*supportersStep)
	for i, sup := range []struct {
		entity, category, country string
		members, countries        int
	}{
		{"Ministry of Science and ICT", "category.member-state", "KR", 1, 1},
		{"Hanbit Networks", "category.sector-member", "FR", 2, 2},
		{"Kyoto University", "category.academia", "JP", 3, 3},
		{"Orange Labs", "category.sector-member", "FR", 4, 3}, // a country already counted
		{"Ministry of Communications", "category.member-state", "BR", 5, 4},
	} {
		row := "supporters[" + strconv.Itoa(i) + "]"
		p.fill([]edit{
			{"supporters", tapAdd},
			{row + ".entity", sup.entity},
			{row + ".category", sup.category},
			{row + ".country", sup.country},
			{row + ".contact", "contact" + strconv.Itoa(i) + "@example.org"},
		})
		if !strings.Contains(s.notCounted.Text(), sup.entity+" (not committed)") {
			t.Errorf("%s not committed yet: not-counted note %q", sup.entity, s.notCounted.Text())
		}
		p.fill([]edit{{row + ".committed", tick}})
		want := fmt.Sprintf("%d of 4 committed ITU members, from %d of 4 countries", sup.members, sup.countries)
		if sup.members >= 4 && sup.countries >= 4 {
			want = fmt.Sprintf("%d committed ITU members from %d countries: A.7 asks for at least 4 from 4.", sup.members, sup.countries)
		}
		if s.count.Text != want {
			t.Errorf("after %s: count %q, want %q", sup.entity, s.count.Text, want)
		}
		if met := sup.countries >= 4; p.has("criteria.support") == met || p.panelShows("criteria.support") == met {
			t.Errorf("after %s (%d members, %d countries): criteria.support listed %v",
				sup.entity, sup.members, sup.countries, p.has("criteria.support"))
		}
		if s.notCounted.Visible() {
			t.Errorf("after %s: not-counted note %q", sup.entity, s.notCounted.Text())
		}
	}
	p.fill([]edit{
		{"leadership.chair.name", "Lee Ji-won"},
		{"leadership.chair.organization", "Hanbit Networks"},
		{"leadership.chair.category", "category.sector-member"},
		{"leadership.chair.country", "KR"},
		{"leadership.viceChairs", tapAdd},
		{"leadership.viceChairs[0].name", "Claire Martin"},
		{"leadership.viceChairs[0].organization", "Kyoto University"},
		{"leadership.viceChairs[0].category", "category.academia"},
		{"leadership.viceChairs[0].country", "JP"},
	})
	p.complete(forms.StepSupporters)

	// 5. The timeline, drawn as it is typed.
	p.next(forms.StepTimeline)
	if !p.has("tor.timeline") {
		t.Error("no tor.timeline finding before the timeline is typed")
	}
	p.fill([]edit{
		{"timeline.start", "2027-05-03"},
		{"timeline.durationMonths", "9"},
		{"timeline.meetings", tapAdd},
		{"timeline.meetings[0].place", "Geneva"},
		{"timeline.meetings[0].start", "2027-06-14"},
		{"timeline.meetings[0].end", "2027-06-16"},
		{"timeline.meetings", tapAdd},
		{"timeline.meetings[1].place", "Seoul"},
		{"timeline.meetings[1].start", "2027-09-06"},
		{"timeline.meetings[1].end", "2027-09-08"},
		{"timeline.parentMeetings", tapAdd},
		{"timeline.parentMeetings[0].place", "Geneva"},
		{"timeline.parentMeetings[0].start", "2027-09-20"},
		{"timeline.parentMeetings[0].end", "2027-09-29"},
		{"timeline.parentMeetings", tapAdd},
		{"timeline.parentMeetings[1].place", "Geneva"},
		{"timeline.parentMeetings[1].start", "2028-01-17"},
		{"timeline.parentMeetings[1].end", "2028-01-26"},
	})
	tl := w.formFor(forms.StepTimeline).(*timelineStep)
	if n := tl.chart.data.marks(chartMeeting); n != 2 {
		t.Errorf("the chart draws %d focus-group meetings, want 2", n)
	}
	if n := tl.chart.data.marks(chartDeliverable); n != 1 {
		t.Errorf("the chart draws %d deliverables, want 1", n)
	}
	p.complete(forms.StepTimeline)

	// 6. Review: nothing blocks filing.
	p.next(forms.StepReview)
	for _, st := range forms.Steps() {
		p.complete(st)
	}
	for _, f := range a7.Validate(w.sess.Draft(), a7.Options{Today: w.today()}) {
		if f.Severity == a7.Error {
			t.Errorf("error left: %s %v", f.Rule, f.Fields)
		}
	}
	if got, want := w.review.status.Text(), ui.T("ui.review.ready"); got != want {
		t.Errorf("review status %q, want %q", got, want)
	}
	if !strings.HasPrefix(w.summary.Text, ui.T("ui.summary.ready")) {
		t.Errorf("summary %q", w.summary.Text)
	}
	if t.Failed() {
		t.FailNow()
	}

	// Save As.
	path := filepath.Join(t.TempDir(), "FG-QSM.json")
	if !w.files.saveTo(path) {
		t.Fatal("save failed")
	}
	if got := w.win.Title(); got != "FG-QSM.json — fgdraft" || w.sess.Dirty() {
		t.Errorf("after saving: title %q, dirty %v", got, w.sess.Dirty())
	}

	// Reopened in a new window, everything typed is there.
	w2 := newTestWindow(t, a, Options{Draft: path, Today: today})
	if w2.sess.Dirty() || strings.Contains(w2.win.Title(), "•") || w2.sess.Total().Errors != 0 {
		t.Errorf("reopened: dirty %v, title %q, %d errors", w2.sess.Dirty(), w2.win.Title(), w2.sess.Total().Errors)
	}
	if !reflect.DeepEqual(w2.sess.Draft(), w.sess.Draft()) {
		t.Error("the reopened draft differs from the one typed")
	}
	p.verify(w2)

	// The interface in Chinese, then in Arabic: nothing typed is lost.
	saved := w2.sess.Draft().Clone()
	for _, l := range []forms.Lang{forms.Chinese, forms.Arabic} {
		w2.showStep(forms.StepSupporters)
		// View is the third menu (File, Edit, View) in the left-to-right interface it is chosen from.
		menuItem(t, w2, 2, w2.cat.In(l).LanguageName(l)).Action()
		if w2.ui.Lang() != l || w2.dir().rtl != l.RTL() {
			t.Fatalf("interface in %s, rtl %v, want %s", w2.ui.Lang(), w2.dir().rtl, l)
		}
		if got, want := w2.stepRows[forms.StepTerms].name.Text, w2.visual(w2.ui.T("step.terms")); got != want {
			t.Errorf("%s: terms step named %q, want %q", l, got, want)
		}
		if w2.current != forms.StepSupporters || w2.sess.Dirty() || !reflect.DeepEqual(w2.sess.Draft(), saved) {
			t.Errorf("%s: step %s, dirty %v, draft unchanged %v", l, w2.current, w2.sess.Dirty(), reflect.DeepEqual(w2.sess.Draft(), saved))
		}
		sup := w2.formFor(forms.StepSupporters).(*supportersStep)
		want := uiText(w2.ui, w2.ui.T("editor.support.countMet", map[string]any{
			"Members": 5, "Countries": 4, "NeedMembers": 4, "NeedCountries": 4}))
		if sup.count.Text != want {
			t.Errorf("%s: count %q, want %q", l, sup.count.Text, want)
		}
		if w2.sess.Total().Errors != 0 {
			t.Errorf("%s: %d errors", l, w2.sess.Total().Errors)
		}
		p.verify(w2)
	}

	// Export in English from the review step (the interface still in Arabic).
	w2.showStep(forms.StepReview)
	w2.review.langSel.SetSelected(w2.ui.LanguageName(forms.English))
	if w2.sess.DocLang() != forms.English {
		t.Fatalf("document language %s", w2.sess.DocLang())
	}
	dir := t.TempDir()
	langs := []forms.Lang{w2.sess.DocLang()}
	var res []exportResult
	w2.exports.confirmUntranslated(langs, func() {
		pdfOnly := []export.Format{export.PDF}
		w2.exports.confirmReplace(dir, langs, pdfOnly, func() { res = w2.exports.runExport(w2.sess.Draft().Clone(), dir, langs, pdfOnly, w2.today(), nil) })
	})
	if overlay(w2) != nil {
		t.Error("a dialog stopped the export of an English draft into an empty folder")
	}
	if len(res) != 1 || res[0].err != nil {
		t.Fatalf("export: %+v", res)
	}
	if want := filepath.Join(dir, export.FileName(w2.sess.Draft(), forms.English, export.PDF)); res[0].path != want {
		t.Errorf("exported to %s, want %s", res[0].path, want)
	}
	data, err := os.ReadFile(res[0].path)
	if err != nil || !strings.HasPrefix(string(data), "%PDF") {
		t.Errorf("%s is not a PDF (%v)", res[0].path, err)
	}
	if w2.sess.Dirty() {
		t.Error("exporting marked the draft unsaved")
	}
}

// A space typed where a prose field wraps its line stays where it was typed.
// Fyne 2.7.1's word-wrapping Entry alone would leave the cursor before such a
// space and glue the next word to the previous one ("quantum computersexist. ");
// wrapEntry puts the cursor back after it.
func TestE2EProseKeepsSpaceTypedAtWrapPoint(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	text := strings.TrimSpace(strings.Repeat("Data harvested today can be decrypted once large quantum computers exist, "+
		"so operators must plan the migration of their networks now. ", 4))
	// The wrap points move with the width of the window: one of them falls
	// on a typed space.
	for width := float32(700); width <= 1100; width += 50 {
		h.win.Resize(fyne.NewSize(width, 700))
		h.retype("focusGroup.urgency", text)
		if got := h.env.draft.FocusGroup.Urgency; got != text {
			i := 0
			for i < len(got) && i < len(text) && got[i] == text[i] {
				i++
			}
			from := max(0, i-30)
			t.Fatalf("window %v wide: typed “…%s…”, the draft has “…%s…”",
				width, text[from:min(len(text), i+20)], got[from:min(len(got), i+20)])
		}
	}
}
