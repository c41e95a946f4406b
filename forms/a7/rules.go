// Package a7 is the catalogue of rules of Recommendation ITU-T A.7 checked
// against a proposal (docs/rules.md; the rule IDs are a contract) and what
// they compute: Validate gives the Findings, sorted by Severity; the
// deadlines derived from the proposal's dates; the count of supporters; and
// the documentation keys of each rule. Rules never build sentences: a Finding
// carries its rule ID and parameters, which locales renders.
package a7

import (
	"slices"
	"strings"

	"fgdraft/forms"
)

// ClauseA1 is the clause of a rule that rests on Recommendation ITU-T A.1
// rather than A.7 (deadline.translation). Every other clause is an A.7
// clause number; IsA7Clause tells them apart.
const ClauseA1 = "A.1"

// IsA7Clause reports whether clause is a clause of A.7 (it starts with a
// digit) rather than the name of another Recommendation, such as ClauseA1.
func IsA7Clause(clause string) bool { return clause != "" && clause[0] >= '0' && clause[0] <= '9' }

// Rule is one rule of the A.7 catalogue (documented in docs/rules.md).
// The ID is a contract: the CLI prints it, the message files are keyed by it
// ("rule.ID", "ruletitle.ID") and users refer to it.
type Rule struct {
	ID     string
	Clause string // A.7 clause, e.g. "2.1" (or ClauseA1); a finding may name a more precise one
	// Severity is the rule's most serious severity; a finding may be less
	// serious (tor.duration is an error above 12 months and an info from 10 to
	// 12; deadline.contribution also informs of the last permitted date).
	Severity Severity
	check    func(c *checker)
}

// Check runs this one rule against the proposal.
func (r Rule) Check(p *forms.Proposal, opt Options) []Finding {
	c := newChecker(p, opt)
	c.catalogue = catalogue[:]
	c.run(&r)
	return c.out
}

// catalogue is the rule table, in the order of the catalogue's
// specification (docs/rules.md lists it). It is never modified; Catalogue
// hands out copies.
var catalogue = [...]Rule{
	// Establishment criteria (clause 2.1).
	{"criteria.interest", "2.1", Error, requires(mustBeSubstantive, forms.FGInterest).check},
	{"criteria.no-duplication", "2.1", Error, checkNoDuplication},
	{"criteria.covered-elsewhere", "2.1", Error, checkCoveredElsewhere},
	{"criteria.support", "2.1", Error, checkSupport},
	{"supporters.country", "2.1", Error, checkCountries},
	{"criteria.other-mechanisms", "2.1", Error, requires(mustBePresent, forms.FGAlternatives).check},
	// Which group decides (clause 2.1 a/b, 2.1.1, 2.1.2).
	{"parent.multi-group", "2.1 b)", Error, checkMultiGroup},
	{"parent.consultation", "2.1 a)", Warning, checkConsultation},
	{"parent.designation", "2.1 b)", Warning, checkDesignation},
	{"deadline.contribution", "2.1.1.1", Error, checkContributionDeadline},
	{"deadline.translation", ClauseA1, Info, checkTranslationDate},
	{"route.between-meetings.policy", "2.1.1.2", Error, checkBetweenMeetingsPolicy},
	{"route.between-meetings.urgency", "2.1.1.2", Error, checkBetweenMeetingsUrgency},
	{"route.between-meetings.comments", "2.1.1.2", Info, checkBetweenMeetingsComments},
	{"route.revision", "2.1.1.1", Info, checkRevision},
	// Terms of reference (clause 2.2).
	{"tor.scope", "2.2", Error, requires(mustBePresent, forms.FGScope).check},
	{"tor.action-plan", "2.2", Error, requires(mustBePresent, forms.FGActionPlan).check},
	{"tor.deliverables", "2.2", Error, checkDeliverablesPresent},
	{"tor.timeline", "2.2", Error, checkTimelinePresent},
	{"tor.duration", "2.2", Error, checkDuration},
	{"tor.parent-relationship", "2.2", Error, requires(mustBePresent, forms.FGParentRelationship).check},
	{"tor.relationships", "2.2", Error, checkRelationships},
	{"tor.urgency", "2.2", Error, requires(mustBePresent, forms.FGUrgency).check},
	{"tor.why-not-study-groups", "2.2", Error, requires(mustBePresent, forms.FGWhyNotStudyGroups).check},
	// Deliverables (clause 8).
	{"deliverable.type", "8", Error, checkDeliverableType},
	{"deliverable.within-duration", "8", Error, checkDeliverableWithinDuration},
	{"deliverable.submission-deadline", "8", Warning, checkDeliverableHandOver},
	{"deliverable.target-group", "8", Info, checkDeliverableTarget},
	{"deliverable.recommendation-form", "8", Info, checkRecommendationForm},
	// Leadership and participation (clauses 2.3, 3.1).
	{"leadership.chair", "2.3", Error, checkChair},
	{"leadership.vice-chair", "2.3", Warning, checkViceChair},
	{"leadership.vice-chair-member", "2.3", Info, checkViceChairMember},
	{"participation.members-only", "3.1", Warning, checkMembersOnly},
	// Working procedures (clauses 3.5, 3.6, 4–7).
	{"progress.reports", "3.6", Info, checkProgressReports},
	{"meetings.announcement", "3.5", Error, checkAnnouncements},
	{"meetings.within-lifetime", "2.2", Error, checkMeetingsWithinLifetime},
	{"tor.start", "2.1.1.1", Error, checkStart},
	{"financing.stated", "4", Warning, requires(mustBePresent, forms.FGFinancing, forms.FGAdminSupport).check},
	{"language.parent", "3.2", Info, checkWorkingLanguage},
	// The contribution itself.
	{"cover.required", "2.1.1.1", Error, checkCover},
	{"cover.contact", "2.1.1.1", Error, checkContact},
	{"text.placeholder", "2.1.1.1", Warning, checkPlaceholders},
	{"translation.missing", "2.1.1.1", Warning, checkTranslations},
}

// Catalogue lists every rule of the A.7 catalogue in the catalogue's order.
// The slice is a fresh copy: changing it changes nothing else.
func Catalogue() []Rule { return slices.Clone(catalogue[:]) }

// RuleByID returns the rule with the given ID.
func RuleByID(id string) (Rule, bool) {
	for _, r := range catalogue {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Validate checks the proposal against the whole catalogue, then its
// one-line fields (OneLineRuleID: line breaks and bidi controls) and the
// hidden characters of every field (HiddenRuleID) and the bounds of the
// fields the document properties carry (MetadataRuleID). Findings come
// sorted by severity (errors first), then in catalogue order; the findings of
// one rule keep the order the rule gave them (usually field order).
func Validate(p *forms.Proposal, opt Options) []Finding {
	c := newChecker(p, opt)
	c.catalogue = catalogue[:]
	for i := range catalogue {
		c.run(&catalogue[i])
	}
	c.out = append(c.out, checkOneLine(p)...)
	c.out = append(c.out, checkHidden(p)...)
	c.out = append(c.out, checkMetadata(p)...)
	slices.SortStableFunc(c.out, func(a, b Finding) int { return int(b.Severity) - int(a.Severity) })
	return c.out
}

// checker carries what every check needs: the proposal, the options with
// Today resolved, and the findings so far.
type checker struct {
	p     *forms.Proposal
	today forms.Date
	opt   Options
	rule  *Rule
	out   []Finding
	// catalogue is the whole catalogue, for a rule that must know what the
	// others report (text.placeholder). It is set by Validate and Check, not
	// by the rules, which would make the catalogue depend on itself.
	catalogue []Rule
}

func newChecker(p *forms.Proposal, opt Options) *checker {
	if opt.Today.IsZero() {
		opt.Today = forms.Today()
	}
	return &checker{p: p, today: opt.Today, opt: opt, out: make([]Finding, 0, 16)}
}

func (c *checker) run(r *Rule) {
	c.rule = r
	r.check(c)
}

// add records a finding of the running rule with its usual severity and clause.
func (c *checker) add(fields []string, params map[string]any) {
	c.addAs(c.rule.Severity, "", fields, params)
}

// addAs records a finding with a given severity and, when clause is not
// empty, a more precise clause than the rule's.
func (c *checker) addAs(sev Severity, clause string, fields []string, params map[string]any) {
	if clause == "" {
		clause = c.rule.ClauseFor(c.p)
	}
	if params == nil {
		params = map[string]any{}
	}
	c.out = append(c.out, Finding{Rule: c.rule.ID, Severity: sev, Clause: clause, Fields: fields, Params: params})
}

// ClauseFor is the rule's clause for this proposal, the one source of a
// finding's clause wherever it is shown: the catalogue names the clauses of
// establishment by a study group (2.1.1.x); a proposal to TSAG follows the
// matching clauses of establishment by TSAG (2.1.2.x).
func (r Rule) ClauseFor(p *forms.Proposal) string {
	const sg, tsag = "2.1.1.", "2.1.2."
	if p.Contribution.ParentGroup.Kind == forms.TSAG && strings.HasPrefix(r.Clause, sg) {
		return tsag + r.Clause[len(sg):]
	}
	return r.Clause
}
