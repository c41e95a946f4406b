package a7

import (
	"slices"
	"strconv"
	"strings"

	"fgdraft/forms"
)

// Checks of the terms of reference (A.7 clause 2.2) and of the deliverables
// (clause 8).

// tor.deliverables: at least one deliverable with a title or a type; and
// every title given is a title, not a placeholder (one finding per such
// deliverable, on its title; params Number, Title).
func checkDeliverablesPresent(c *checker) {
	ds := c.p.FocusGroup.Deliverables
	if !slices.ContainsFunc(ds, func(d forms.Deliverable) bool { return forms.Present(d.Title) || d.Type != "" }) {
		c.add(forms.Paths(forms.FGDeliverables), nil)
	}
	for i := range ds {
		f := forms.DeliverableTitle.At(i)
		if ok, quote := says(ds[i].Title, f.Path()); !ok && quote != "" {
			c.add(forms.Paths(f), withPlaceholder(deliverableParams(i, &ds[i]), quote))
		}
	}
}

// tor.timeline: start date and duration. Fields: the missing ones.
func checkTimelinePresent(c *checker) {
	var fields []string
	if c.p.Timeline.Start.IsZero() {
		fields = append(fields, forms.TimelineStart.Path())
	}
	if c.p.Timeline.DurationMonths <= 0 {
		fields = append(fields, forms.TimelineDurationMonths.Path())
	}
	if fields != nil {
		c.add(fields, nil)
	}
}

// The lifetime A.7 clause 2.2 expects: "should not exceed 9 to 12 months",
// "generally 9 to 12 months".
const (
	MaxDurationMonths     = 12
	AdvisedDurationMonths = 9
)

// tor.duration: an error above 12 months; from 10 to 12 months, inside the
// range A.7 gives, only an info that an extension needs a parent-group
// decision. Params: Count (the duration in months), Max (12), Hard (1 above
// 12 months).
func checkDuration(c *checker) {
	n := c.p.Timeline.DurationMonths
	switch {
	case n > MaxDurationMonths:
		c.addAs(Error, "", forms.Paths(forms.TimelineDurationMonths), map[string]any{"Count": n, "Max": MaxDurationMonths, "Hard": 1})
	case n > AdvisedDurationMonths:
		c.addAs(Info, "", forms.Paths(forms.TimelineDurationMonths), map[string]any{"Count": n, "Max": MaxDurationMonths, "Hard": 0})
	}
}

// tor.relationships: at least one relationship naming a body, or the
// explicit statement that there are none; and no relationship row that holds
// only placeholders (one finding per such row, on the fields at fault;
// params Number).
func checkRelationships(c *checker) {
	rs := c.p.FocusGroup.Relationships
	if !c.p.FocusGroup.NoRelationships && !slices.ContainsFunc(rs, func(r forms.Relationship) bool { return forms.Present(r.Body) }) {
		c.add(forms.Paths(forms.FGRelationships, forms.FGNoRelationships), nil)
	}
	for i := range rs {
		var fields []string
		placeholder := ""
		for _, f := range []forms.Field[string]{forms.RelationshipBody.At(i), forms.RelationshipDescription.At(i)} {
			if ok, quote := says(f.Get(c.p), f.Path()); !ok && quote != "" {
				fields = append(fields, f.Path())
				if placeholder == "" {
					placeholder = quote
				}
			}
		}
		if fields != nil {
			c.add(fields, withPlaceholder(map[string]any{"Number": i + 1}, placeholder))
		}
	}
}

// deliverableParams are the params every deliverable finding has: Number
// (1-based) and Title (may be empty).
func deliverableParams(i int, d *forms.Deliverable) map[string]any {
	return map[string]any{"Number": i + 1, "Title": strings.TrimSpace(d.Title)}
}

func validDeliverableType(t forms.DeliverableType) bool {
	for _, x := range forms.DeliverableTypes() {
		if t == x {
			return true
		}
	}
	return false
}

// deliverable.type: each deliverable has a known type; "other" is named.
func checkDeliverableType(c *checker) {
	for i := range c.p.FocusGroup.Deliverables {
		d := &c.p.FocusGroup.Deliverables[i]
		switch {
		case !validDeliverableType(d.Type):
			c.add(forms.Paths(forms.DeliverableTypeField.At(i)), deliverableParams(i, d))
		case d.Type == forms.OtherDeliverable:
			f := forms.DeliverableOtherType.At(i)
			if ok, quote := says(d.OtherType, f.Path()); !ok {
				c.add(forms.Paths(f), withPlaceholder(deliverableParams(i, d), quote))
			}
		}
	}
}

// deliverable.within-duration: each due date is given and falls within the
// lifetime. Params: Number, Title, Due (zero when missing), Start, End (zero
// when the lifetime is not known: then only a missing due date is reported).
func checkDeliverableWithinDuration(c *checker) {
	t := &c.p.Timeline
	end := t.End()
	for i := range c.p.FocusGroup.Deliverables {
		d := &c.p.FocusGroup.Deliverables[i]
		missing := d.Due.IsZero()
		if !missing && (end.IsZero() || inLifetime(t, d.Due)) {
			continue
		}
		params := deliverableParams(i, d)
		params["Due"] = d.Due
		params["Start"] = t.Start
		params["End"] = end
		fields := forms.Paths(forms.DeliverableDue.At(i))
		if !missing {
			fields = append(fields, forms.TimelineStart.Path(), forms.TimelineDurationMonths.Path())
		}
		c.add(fields, params)
	}
}

// deliverable.submission-deadline: a deliverable due later than 28 days before
// the next parent meeting (the first starting on or after its due date)
// misses that meeting. Params: Number, Title, Due, Deadline (meeting − 28
// days), Meeting (its start).
func checkDeliverableHandOver(c *checker) {
	if len(c.p.FocusGroup.Deliverables) == 0 || len(c.p.Timeline.ParentMeetings) == 0 {
		return
	}
	pm := c.p.Timeline.ParentMeetings
	order := meetingOrder(pm)
	for i := range c.p.FocusGroup.Deliverables {
		d := &c.p.FocusGroup.Deliverables[i]
		if d.Due.IsZero() {
			continue
		}
		for _, j := range order {
			s := pm[j].Start
			if s.Before(d.Due) {
				continue
			}
			if deadline := HandOverDeadline(s); d.Due.After(deadline) {
				params := deliverableParams(i, d)
				params["Due"] = d.Due
				params["Deadline"] = deadline
				params["Meeting"] = s
				c.add(forms.Paths(forms.DeliverableDue.At(i), forms.ParentMeetingStart.At(j)), params)
			}
			break
		}
	}
}

// deliverable.target-group: all deliverables go to the parent group
// (clause 8); never an error. A deliverable that names another group gets an
// info: the parent shares it with that group as soon as possible. One that
// names none gets an info too: the parent coordinates where it goes
// (Appendix I.2 3)). For a proposal to TSAG, TSAG and the study group it is
// asked to designate both count as the parent. Params: Number, Title, Group
// (as written; empty when none is named).
func checkDeliverableTarget(c *checker) {
	parent, fgParent := c.p.Contribution.ParentGroup, c.p.FocusGroupParent()
	for i := range c.p.FocusGroup.Deliverables {
		d := &c.p.FocusGroup.Deliverables[i]
		target := strings.TrimSpace(d.TargetGroup)
		params := deliverableParams(i, d)
		params["Group"] = target
		field := forms.Paths(forms.DeliverableTargetGroup.At(i))
		switch {
		case forms.Blank(target):
			params["Group"] = ""
			c.add(field, params)
		case !parent.IsZero() && !NamesGroup(target, parent) && !NamesGroup(target, fgParent):
			c.add(field, params)
		}
	}
}

// NamesGroup reports whether s, as a proposer writes a group's name, names g
// (see ParseGroupName).
func NamesGroup(s string, g forms.Group) bool {
	parsed, ok := ParseGroupName(s)
	return ok && parsed.Kind == g.Kind && (g.Kind == forms.TSAG || g.Number > 0 && parsed.Number == g.Number)
}

// ParseGroupName reads a group's name as proposers write it, in any of the
// six languages, with or without spaces and "ITU-T": "SG17", "SG 17", "ITU-T
// SG17", "Study Group 17", "17", "CE 17", "ИК17", "第17研究组", "لجنة
// الدراسات 17" name study group 17; "TSAG", "GCNT", "GANT", "КГСЭ" (in any
// case) name TSAG. ok is false for anything else, which is then another
// body's name, printed as written.
func ParseGroupName(s string) (g forms.Group, ok bool) {
	s = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	s = strings.TrimPrefix(s, "ITU-T")
	switch s {
	case "TSAG", "GCNT", "GANT", "КГСЭ":
		return forms.Group{Kind: forms.TSAG}, true
	}
	for _, form := range [][2]string{
		{"", ""}, {"SG", ""}, {"STUDYGROUP", ""}, {"CE", ""}, {"ИК", ""}, {"第", "研究组"}, {"", "研究组"}, {"لجنةالدراسات", ""},
	} {
		rest, found := strings.CutPrefix(s, form[0])
		if !found {
			continue
		}
		if rest, found = strings.CutSuffix(rest, form[1]); !found {
			continue
		}
		if n, err := strconv.Atoi(rest); err == nil && n > 0 && rest[0] != '+' {
			return forms.Group{Kind: forms.StudyGroup, Number: n}, true
		}
	}
	return forms.Group{}, false
}

// deliverable.recommendation-form: for each deliverable meant to become a
// Recommendation or Supplement. Params: Number, Title.
func checkRecommendationForm(c *checker) {
	for i := range c.p.FocusGroup.Deliverables {
		d := &c.p.FocusGroup.Deliverables[i]
		if d.BecomesRecommendation() {
			c.add(forms.Paths(forms.DeliverableTypeField.At(i)), deliverableParams(i, d))
		}
	}
}
