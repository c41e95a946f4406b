package forms

import (
	"strconv"
	"strings"
)

// Checks of the establishment criteria (A.7 clause 2.1) and of which group
// decides (2.1 a/b).

// criteria.interest: the statement of strong interest and urgent need is
// present and substantive (see substantive for what that means).
func checkInterest(c *checker) {
	if !substantive(c.p.FocusGroup.Interest) {
		empty := 0
		if strings.TrimSpace(c.p.FocusGroup.Interest) == "" {
			empty = 1
		}
		c.add([]string{"focusGroup.interest"}, map[string]any{"Empty": empty})
	}
}

// criteria.no-duplication: the gap analysis has at least one complete entry
// on ITU-T study-group work and one on other SDOs, forums or consortia. An
// entry is complete with a body, a kind, the work it covers and the gap that
// remains; every incomplete entry gets its own finding naming the missing
// fields. Params: NoITUT, NoOther (1 when that side is missing) or Number,
// Body (an incomplete entry).
func checkNoDuplication(c *checker) {
	itut, other := false, false
	for i := range c.p.GapAnalysis.Entries {
		e := &c.p.GapAnalysis.Entries[i]
		var fields []string
		if !present(e.Body) {
			fields = append(fields, item("gapAnalysis.entries", i, "body"))
		}
		if !validBodyKind(e.Kind) {
			fields = append(fields, item("gapAnalysis.entries", i, "kind"))
		}
		if !present(e.Work) {
			fields = append(fields, item("gapAnalysis.entries", i, "work"))
		}
		if !present(e.Gap) {
			fields = append(fields, item("gapAnalysis.entries", i, "gap"))
		}
		if len(fields) > 0 {
			c.add(fields, map[string]any{"Number": i + 1, "Body": strings.TrimSpace(e.Body)})
			continue
		}
		if e.Kind == ITUTStudyGroup {
			itut = true
		} else {
			other = true
		}
	}
	if !itut || !other {
		c.add([]string{"gapAnalysis.entries"}, map[string]any{"NoITUT": b2i(!itut), "NoOther": b2i(!other)})
	}
}

func validBodyKind(k BodyKind) bool {
	switch k {
	case ITUTStudyGroup, OtherSDO, Forum, Consortium:
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
// fully. One finding per such entry. Params: Number, Body.
func checkCoveredElsewhere(c *checker) {
	for i := range c.p.GapAnalysis.Entries {
		e := &c.p.GapAnalysis.Entries[i]
		if e.Coverage == CoverageFull {
			c.add([]string{item("gapAnalysis.entries", i, "coverage"), item("gapAnalysis.entries", i, "gap")},
				map[string]any{"Number": i + 1, "Body": strings.TrimSpace(e.Body)})
		}
	}
}

// criteria.support: see CountSupport. When the criterion is not met: an
// error with params Members, Countries (counted), NonMembers, Uncommitted,
// NoCountry, Repeats (numbers not counted), Merged (the 1-based numbers of the
// repeated rows) and Count, the number of committed ITU members from new
// countries still needed; fields: the supporters list, then the fields that
// kept each supporter from counting. Then, met or not, a warning on each
// repeated row's entity: params Row, Of (1-based), Entity, and Count 1 (the
// message is a plural one).
func checkSupport(c *checker) {
	s := CountSupport(c.p)
	if !s.Met() {
		fields := make([]string, 0, 1+len(s.NonMembers)+len(s.Uncommitted)+len(s.NoCountry)+len(s.Repeats))
		fields = append(fields, "supporters")
		for _, i := range s.NonMembers {
			fields = append(fields, item("supporters", i, "category"))
		}
		for _, i := range s.Uncommitted {
			fields = append(fields, item("supporters", i, "committed"))
		}
		for _, i := range s.NoCountry {
			fields = append(fields, item("supporters", i, "country"))
		}
		merged := make([]string, len(s.Repeats))
		for k, r := range s.Repeats {
			fields = append(fields, item("supporters", r.Row, "entity"))
			merged[k] = strconv.Itoa(r.Row + 1)
		}
		c.add(fields, map[string]any{
			"Count":       s.Missing(),
			"Members":     len(s.Members),
			"Countries":   len(s.Countries),
			"NonMembers":  len(s.NonMembers),
			"Uncommitted": len(s.Uncommitted),
			"NoCountry":   len(s.NoCountry),
			"Repeats":     len(s.Repeats),
			"Merged":      merged,
			"Required":    MinSupporters,
		})
	}
	for _, r := range s.Repeats {
		c.addAs(Warning, "", []string{item("supporters", r.Row, "entity")}, map[string]any{
			"Count":  1,
			"Row":    r.Row + 1,
			"Of":     r.Of + 1,
			"Entity": strings.TrimSpace(c.p.Supporters[r.Row].Entity),
		})
	}
}

// criteria.other-mechanisms: why no other mechanism can handle the topic better.
func checkOtherMechanisms(c *checker) {
	if !present(c.p.FocusGroup.Alternatives) {
		c.add([]string{"focusGroup.alternatives"}, nil)
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
// The model separates the two facts: FocusGroup.AffectedGroups lists other
// study groups that may be affected (to consult, with ChairConsulted recording
// the consultation), and FocusGroup.MultiGroupMandate says the topic falls
// within more than one study group's mandate, or that it is in doubt whether
// it falls solely within the parent's. Hence:
//
//   - parent.multi-group (error): addressed to a study group while
//     MultiGroupMandate is set; it must be addressed to TSAG.
//   - parent.consultation (warning): addressed to a study group, not a
//     multi-group topic, and some listed affected group's chair has not been
//     consulted (the parent's own number and invalid numbers are ignored).

// parent.multi-group. Params: Parent (the study group's number), Groups (the
// numbers of the parent and the other affected study groups, or empty when
// no other is listed). Numbers, not names:
// each language names study groups its own way (SG17, CE 17, ИК17, 第17研究组).
func checkMultiGroup(c *checker) {
	pg := c.p.Contribution.ParentGroup
	if pg.Kind != StudyGroup || !c.p.FocusGroup.MultiGroupMandate {
		return
	}
	groups := []string{strconv.Itoa(pg.Number)}
	for _, g := range c.p.FocusGroup.AffectedGroups {
		if g.Number > 0 && g.Number != pg.Number {
			groups = append(groups, strconv.Itoa(g.Number))
		}
	}
	if len(groups) == 1 {
		groups = []string{}
	}
	c.add([]string{"contribution.parentGroup.kind", "focusGroup.multiGroupMandate"},
		map[string]any{"Parent": pg.Number, "Groups": groups})
}

// parent.consultation. Params: Parent, Groups (numbers of the groups whose
// chair was not consulted), Count.
func checkConsultation(c *checker) {
	pg := c.p.Contribution.ParentGroup
	if pg.Kind != StudyGroup || c.p.FocusGroup.MultiGroupMandate {
		return
	}
	var fields, groups []string
	for i, g := range c.p.FocusGroup.AffectedGroups {
		if g.Number > 0 && g.Number != pg.Number && !g.ChairConsulted {
			fields = append(fields, item("focusGroup.affectedGroups", i, "chairConsulted"))
			groups = append(groups, strconv.Itoa(g.Number))
		}
	}
	if len(groups) > 0 {
		c.add(fields, map[string]any{"Parent": pg.Number, "Groups": groups, "Count": len(groups)})
	}
}
