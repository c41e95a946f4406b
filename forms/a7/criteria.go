package a7

import (
	"strconv"
	"strings"

	"fgdraft/forms"
)

// Checks of the establishment criteria (A.7 clause 2.1) and of which group
// decides (2.1 a/b).

// criteria.no-duplication: the gap analysis has at least one complete entry
// on ITU-T study-group work and one on other SDOs, forums or consortia, or
// (for the second) a substantive statement that no body outside ITU-T works
// on the topic. An entry is complete with a body, a kind, the work it covers
// and the gap that remains; every incomplete entry gets its own finding
// naming the missing fields. Params: NoITUT, NoOther (1 when that side is
// missing), WeakStatement (1 when the no-other-work statement is given but
// is a placeholder or too short) or Number, Body (an incomplete entry).
func checkNoDuplication(c *checker) {
	itut, other := false, false
	for i := range c.p.GapAnalysis.Entries {
		e := &c.p.GapAnalysis.Entries[i]
		var fields []string
		placeholder := ""
		need := func(text string, f forms.Field[string]) {
			if ok, quote := says(text, f.Path()); !ok {
				fields = append(fields, f.Path())
				if placeholder == "" {
					placeholder = quote
				}
			}
		}
		need(e.Body, forms.GapEntryBody.At(i))
		if !validBodyKind(e.Kind) {
			fields = append(fields, forms.GapEntryKind.At(i).Path())
		}
		need(e.Work, forms.GapEntryWork.At(i))
		need(e.Gap, forms.GapEntryGap.At(i))
		if len(fields) > 0 {
			c.add(fields, withPlaceholder(map[string]any{"Number": i + 1, "Body": strings.TrimSpace(e.Body)}, placeholder))
			continue
		}
		if e.Kind == forms.ITUTStudyGroup {
			itut = true
		} else {
			other = true
		}
	}
	statement := c.p.GapAnalysis.NoOtherWork
	weak := 0
	placeholder := ""
	if !other {
		ok, quote := says(statement, forms.GapNoOtherWork.Path(), forms.RoleArgument)
		switch {
		case ok:
			other = true
		case !forms.Blank(statement):
			weak, placeholder = 1, quote
		}
	}
	if !itut || !other {
		fields := forms.Paths(forms.GapEntries)
		if weak == 1 {
			fields = append(fields, forms.GapNoOtherWork.Path())
		}
		c.add(fields, withPlaceholder(map[string]any{"NoITUT": b2i(!itut), "NoOther": b2i(!other), "WeakStatement": weak}, placeholder))
	}
}

func validBodyKind(k forms.BodyKind) bool {
	switch k {
	case forms.ITUTStudyGroup, forms.OtherSDO, forms.Forum, forms.Consortium:
		return true
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// criteria.covered-elsewhere: an entry says existing work covers the topic
// fully. One finding per such entry: an error for ITU-T work (duplication
// within ITU-T, while all four criteria must be fully met, 2.1), a warning
// for another body (the proposal must say how the focus group complements
// it). Params: Number, Body, ITUT (1 for an ITU-T entry).
func checkCoveredElsewhere(c *checker) {
	for i := range c.p.GapAnalysis.Entries {
		e := &c.p.GapAnalysis.Entries[i]
		if e.Coverage != forms.CoverageFull {
			continue
		}
		sev := Warning
		if e.Kind == forms.ITUTStudyGroup {
			sev = Error
		}
		c.addAs(sev, "", forms.Paths(forms.GapEntryCoverage.At(i), forms.GapEntryGap.At(i)),
			map[string]any{"Number": i + 1, "Body": strings.TrimSpace(e.Body), "ITUT": b2i(e.Kind == forms.ITUTStudyGroup)})
	}
}

// criteria.support: see CountSupport. When the criterion is not met: an
// error with params Members, Countries (counted), NonMembers, Uncommitted,
// NoCountry, BadCountry (a country of no Member State), Placeholders,
// Repeats (numbers not counted), Placeholder (the first placeholder naming a
// supporter, quoted), Merged (the 1-based numbers of the
// repeated rows) and Count, the number of committed ITU members from new
// countries still needed; fields: the supporters list, then the fields that
// kept each supporter from counting. Then, met or not, a warning on each
// repeated row's entity: params Row, Of (1-based), Entity, Near 0, and Count
// 1 (the message is a plural one); and a warning on each near duplicate
// (NearDuplicates) naming both rows: the same params with Near 1 and Other,
// the earlier row's entity.
func checkSupport(c *checker) {
	s := CountSupport(c.p)
	if !s.Met() {
		fields := make([]string, 0, 1+len(s.NonMembers)+len(s.Uncommitted)+len(s.NoCountry)+len(s.BadCountry)+len(s.Placeholders)+len(s.Repeats))
		fields = append(fields, forms.Supporters.Path())
		for _, i := range s.NonMembers {
			fields = append(fields, forms.SupporterCategory.At(i).Path())
		}
		for _, i := range s.Uncommitted {
			fields = append(fields, forms.SupporterCommitted.At(i).Path())
		}
		for _, i := range s.NoCountry {
			fields = append(fields, forms.SupporterCountry.At(i).Path())
		}
		for _, i := range s.BadCountry {
			fields = append(fields, forms.SupporterCountry.At(i).Path())
		}
		placeholder := ""
		for _, i := range s.Placeholders {
			fields = append(fields, forms.SupporterEntity.At(i).Path())
			if placeholder == "" {
				placeholder = forms.Quote(c.p.Supporters[i].Entity)
			}
		}
		merged := make([]string, len(s.Repeats))
		for k, r := range s.Repeats {
			fields = append(fields, forms.SupporterEntity.At(r.Row).Path())
			merged[k] = strconv.Itoa(r.Row + 1)
		}
		c.add(fields, withPlaceholder(map[string]any{
			"Count":        s.Missing(),
			"Members":      len(s.Members),
			"Countries":    len(s.Countries),
			"NonMembers":   len(s.NonMembers),
			"Uncommitted":  len(s.Uncommitted),
			"NoCountry":    len(s.NoCountry),
			"BadCountry":   len(s.BadCountry),
			"Placeholders": len(s.Placeholders),
			"Repeats":      len(s.Repeats),
			"Merged":       merged,
			"Required":     MinSupporters,
		}, placeholder))
	}
	for _, r := range s.Repeats {
		c.addAs(Warning, "", forms.Paths(forms.SupporterEntity.At(r.Row)), map[string]any{
			"Count":  1,
			"Row":    r.Row + 1,
			"Of":     r.Of + 1,
			"Entity": strings.TrimSpace(c.p.Supporters[r.Row].Entity),
			"Near":   0,
		})
	}
	for _, r := range NearDuplicates(c.p) {
		c.addAs(Warning, "", forms.Paths(forms.SupporterEntity.At(r.Row), forms.SupporterEntity.At(r.Of)), map[string]any{
			"Count":  1,
			"Row":    r.Row + 1,
			"Of":     r.Of + 1,
			"Entity": strings.TrimSpace(c.p.Supporters[r.Row].Entity),
			"Other":  strings.TrimSpace(c.p.Supporters[r.Of].Entity),
			"Near":   1,
		})
	}
}

// How the parent-group rules read A.7 clause 2.1 a) and b).
//
// a) A topic within the mandate of one study group: that group may establish
// the focus group and be its parent, provided its chair consults the other
// study groups that may be affected; when there is any doubt that the topic
// falls solely within its mandate, TSAG decides.
// b) A topic within the mandate of more than one study group: TSAG
// establishes the group and becomes or designates the parent.
//
// The proposer lists the other study groups the topic concerns
// (FocusGroup.AffectedGroups) and says for each whether the topic falls
// within its mandate (WithinMandate) or only affects its work, in which case
// ChairConsulted records the consultation. FocusGroup.MultiGroupMandate says
// the topic falls within more than one mandate, or that it is in doubt
// whether it falls solely within the parent's, without naming the groups.
// Hence:
//
//   - parent.multi-group (error): addressed to a study group while
//     MultiGroupMandate is set or a listed group is marked WithinMandate; it
//     must be addressed to TSAG.
//   - parent.consultation (warning): addressed to a study group, not a
//     multi-group topic, and some listed affected group's chair has not been
//     consulted (the parent's own number and invalid numbers are ignored).
//   - parent.designation (warning): addressed to TSAG, and the proposal does
//     not say whether TSAG is to be the parent or which study group it is
//     asked to designate.

// otherGroup reports whether g names a study group other than the parent.
func otherGroup(g forms.AffectedGroup, parent forms.Group) bool {
	return g.Number > 0 && !(parent.Kind == forms.StudyGroup && g.Number == parent.Number)
}

// multiGroupTopic reports whether the proposer has said the topic falls
// within more than one study group's mandate (or that it is in doubt).
func multiGroupTopic(p *forms.Proposal) bool {
	if p.FocusGroup.MultiGroupMandate {
		return true
	}
	for _, g := range p.FocusGroup.AffectedGroups {
		if g.WithinMandate && otherGroup(g, p.Contribution.ParentGroup) {
			return true
		}
	}
	return false
}

// parent.multi-group. Params: Parent (the study group's number), Groups (the
// numbers of the parent and of the other study groups marked as having the
// topic within their mandate, or empty when none is marked). Numbers, not
// names: each language names study groups its own way (SG17, CE 17, ИК17,
// 第17研究组). Fields: the parent group, then the marks that make the topic a
// multi-group one.
func checkMultiGroup(c *checker) {
	pg := c.p.Contribution.ParentGroup
	if pg.Kind != forms.StudyGroup || !multiGroupTopic(c.p) {
		return
	}
	fields := forms.Paths(forms.ContribParentGroupKind)
	if c.p.FocusGroup.MultiGroupMandate {
		fields = append(fields, forms.FGMultiGroupMandate.Path())
	}
	groups := []string{strconv.Itoa(pg.Number)}
	for i, g := range c.p.FocusGroup.AffectedGroups {
		if g.WithinMandate && otherGroup(g, pg) {
			fields = append(fields, forms.AffectedGroupWithinMandate.At(i).Path())
			groups = append(groups, strconv.Itoa(g.Number))
		}
	}
	if len(groups) == 1 {
		groups = []string{}
	}
	c.add(fields, map[string]any{"Parent": pg.Number, "Groups": groups})
}

// parent.consultation. Params: Parent, Groups (numbers of the groups whose
// work is affected and whose chair was not consulted), Count.
func checkConsultation(c *checker) {
	pg := c.p.Contribution.ParentGroup
	if pg.Kind != forms.StudyGroup || multiGroupTopic(c.p) {
		return
	}
	var fields, groups []string
	for i, g := range c.p.FocusGroup.AffectedGroups {
		if otherGroup(g, pg) && !g.ChairConsulted {
			fields = append(fields, forms.AffectedGroupChairConsulted.At(i).Path())
			groups = append(groups, strconv.Itoa(g.Number))
		}
	}
	if len(groups) > 0 {
		c.add(fields, map[string]any{"Parent": pg.Number, "Groups": groups, "Count": len(groups)})
	}
}

// parent.designation: addressed to TSAG, the proposal says whether TSAG is to
// be the parent group or which study group it is asked to designate. Params:
// NoNumber (1 when a study group is chosen without its number).
func checkDesignation(c *checker) {
	if c.p.Contribution.ParentGroup.Kind != forms.TSAG {
		return
	}
	switch d := c.p.FocusGroup.DesignatedParent; {
	case d.Kind == forms.TSAG, d.Kind == forms.StudyGroup && d.Number > 0:
	case d.Kind == forms.StudyGroup:
		c.add(forms.Paths(forms.FGDesignatedParentNumber), map[string]any{"NoNumber": 1})
	default:
		c.add(forms.Paths(forms.FGDesignatedParentKind), map[string]any{"NoNumber": 0})
	}
}
