// Package forms holds the proposal a proposer fills in: its types, dates and
// languages, the declarations of its fields and a typed handle on each, and
// its free text and translations. Its sub-packages read and write it as a
// draft file (draftfile), check it against Recommendation ITU-T A.7 (a7) and
// exchange its text with translators (xliff). It has no user interface: the
// GUI, the command line and the exporter all work on the same Proposal.
package forms

import "strconv"

// Lang is one of the six official languages of the ITU, as a BCP 47 tag.
type Lang string

// The six ITU languages.
const (
	Arabic  Lang = "ar"
	Chinese Lang = "zh"
	English Lang = "en"
	French  Lang = "fr"
	Russian Lang = "ru"
	Spanish Lang = "es"
)

// Languages lists the six ITU languages in the order ITU documents list them.
func Languages() []Lang { return []Lang{Arabic, Chinese, English, French, Russian, Spanish} }

// Valid reports whether l is one of the six ITU languages.
func (l Lang) Valid() bool {
	for _, x := range Languages() {
		if l == x {
			return true
		}
	}
	return false
}

// RTL reports whether the language is written right to left.
func (l Lang) RTL() bool { return l == Arabic }

// Proposal is everything a proposal to establish a focus group says. Field
// names in JSON are the field paths that findings and translations refer to.
type Proposal struct {
	// ID identifies the draft across saves, copies of the file and XLIFF
	// exchanges (128 random bits in lower-case hex, see NewID). A draft file
	// written without one gets a stable ID derived from its content when it
	// is loaded.
	ID string `json:"id" fg:"id" handle:"DraftID"`
	// Language is the language the proposer writes the free text in.
	Language Lang `json:"language" handle:"DraftLanguage"`
	// The cover of the contribution that carries the proposal.
	Contribution Contribution `json:"contribution" handle:"Contrib"`
	// The terms of reference of the focus group.
	FocusGroup FocusGroup `json:"focusGroup" handle:"FG"`
	// Shows that the focus group would not duplicate existing work.
	GapAnalysis GapAnalysis `json:"gapAnalysis" handle:"Gap"`
	// Entities supporting the establishment.
	Supporters []Supporter `json:"supporters" handle:"Supporter"`
	// Nominees for the management of the focus group.
	Leadership Leadership `json:"leadership" handle:""`
	// When the focus group works and meets.
	Timeline Timeline `json:"timeline"`
	// Translations holds the proposer's free text in other languages:
	// language → field path → translation.
	Translations map[Lang]map[string]Translation `json:"translations,omitempty"`
}

// GroupKind says whether the parent group is a study group or TSAG.
type GroupKind string

// Parent group kinds.
const (
	StudyGroup GroupKind = "study-group"
	TSAG       GroupKind = "tsag"
)

// Group names an ITU-T study group (by number) or TSAG.
type Group struct {
	// study-group or tsag.
	Kind   GroupKind `json:"kind"`
	Number int       `json:"number,omitempty"` // study groups only, e.g. 17 for SG17
}

// IsZero reports whether no group was chosen.
func (g Group) IsZero() bool { return g.Kind == "" }

// Short is the group's usual short name: "SG17" or "TSAG".
func (g Group) Short() string {
	switch g.Kind {
	case TSAG:
		return "TSAG"
	case StudyGroup:
		return "SG" + strconv.Itoa(g.Number)
	}
	return ""
}

// FocusGroupParent is the group that is to be the focus group's parent: the
// group the proposal is addressed to, or, for a proposal asking TSAG to
// designate a study group (FocusGroup.DesignatedParent), that study group.
func (p *Proposal) FocusGroupParent() Group {
	pg := p.Contribution.ParentGroup
	if d := p.FocusGroup.DesignatedParent; pg.Kind == TSAG && d.Kind == StudyGroup && d.Number > 0 {
		return d
	}
	return pg
}

// Route says how the focus group is to be established.
type Route string

// Establishment routes of A.7 clause 2.1.1 and 2.1.2.
const (
	AtMeeting       Route = "meeting"          // decided at a meeting of the parent group
	BetweenMeetings Route = "between-meetings" // decided by the chair after four weeks of comments
)

// Contribution is the cover of the contribution that carries the proposal.
type Contribution struct {
	// The group addressed: a study group (with its number) or TSAG.
	ParentGroup Group `json:"parentGroup"`
	// Title of the contribution.
	Title string `json:"title" fg:"line,translated"`
	// The submitting members.
	Source string `json:"source" fg:"line,translated"`
	// How the group is to be established: at a meeting of the parent group (A.7 2.1.1.1, 2.1.2.1) or between meetings (2.1.1.2, 2.1.2.2).
	Route   Route `json:"route"`
	Meeting Event `json:"meeting"` // the parent meeting that is to decide (route "meeting")
	// Between meetings: the date the proposal is posted for four weeks of comments.
	PostingDate Date   `json:"postingDate"`
	StudyPeriod string `json:"studyPeriod" fg:"code"` // the study period, e.g. "2025-2028"
	// Questions are the Questions the contribution relates to, e.g. "Q6/17".
	Questions []string `json:"questions" fg:"code" handle:"Question"`
	// People to contact about the contribution.
	Contacts []Contact `json:"contacts" handle:"Contact"`
	// Keywords.
	Keywords []string `json:"keywords" fg:"line,translated" handle:"Keyword"`
	// Abstract of the contribution.
	Abstract string `json:"abstract" fg:"prose,translated"`
	// Date the contribution is (to be) submitted; A.7 requires at least 12 calendar days before the meeting.
	SubmissionDate Date `json:"submissionDate"`
	// Revision is the contribution's revision number: 0 for the contribution
	// as first filed, N for its Nth revision ("C xxx Rev.N" on the cover).
	// Each export of a revision (export --revision-of) raises it by one.
	Revision int `json:"revision,omitempty"`
	// UrgentMarketNeed states the urgent market need that makes establishment
	// between meetings, an exceptional route, necessary (A.7 2.1.1.2, 2.1.2.2).
	UrgentMarketNeed string `json:"urgentMarketNeed" fg:"prose,translated"`
}

// Event is a meeting: where and from when to when.
type Event struct {
	// Place.
	Place string `json:"place" fg:"line,translated"`
	// First day.
	Start Date `json:"start"`
	// Last day.
	End Date `json:"end"`
}

// Contact is a person to contact about the contribution.
type Contact struct {
	// Name.
	Name string `json:"name" fg:"name"`
	// Organization.
	Organization string `json:"organization" fg:"line,translated"`
	Country      string `json:"country" fg:"country"` // ISO 3166-1 alpha-2 country code, e.g. "DE"
	// Telephone number.
	Tel string `json:"tel" fg:"phone"`
	// E-mail address.
	Email string `json:"email" fg:"email"`
}

// FocusGroup is what the terms of reference say about the group itself.
type FocusGroup struct {
	// Name of the focus group.
	Name string `json:"name" fg:"line,translated"`
	// Acronym, e.g. "FG-QSM".
	Acronym string `json:"acronym" fg:"code"`
	// Background.
	Background string `json:"background" fg:"prose,translated"`
	Scope      string `json:"scope" fg:"prose,translated"` // scope and objectives
	// Action plan: tasks, in order.
	ActionPlan string `json:"actionPlan" fg:"prose,translated"`
	// Expected deliverables (A.7 clause 8).
	Deliverables []Deliverable `json:"deliverables" handle:"Deliverable"`
	// Relationship of the work to the parent group's work.
	ParentRelationship string `json:"parentRelationship" fg:"prose,translated"`
	// Relationships with other ITU groups, SDOs, forums and consortia.
	Relationships []Relationship `json:"relationships" handle:"Relationship"`
	// NoRelationships states explicitly that no other group or body works on the topic.
	NoRelationships bool `json:"noRelationships"`
	// AffectedGroups are other study groups the topic concerns: each says
	// whether the topic falls within that group's mandate or only affects its work.
	AffectedGroups []AffectedGroup `json:"affectedGroups" handle:"AffectedGroup"`
	// MultiGroupMandate is true when the topic falls within the mandate of more
	// than one study group, or it is in doubt whether it falls solely within the
	// parent's (A.7 clause 2.1 a/b): then TSAG, not a study group, decides.
	// An affected group marked WithinMandate says the same for that group.
	MultiGroupMandate bool `json:"multiGroupMandate"`
	// DesignatedParent applies to a proposal addressed to TSAG: TSAG itself
	// (kind "tsag") is to be the parent group, or the study group TSAG is asked
	// to designate as parent (A.7 2.1 b, 2.1.2.2). Zero: not said.
	DesignatedParent Group `json:"designatedParent"`
	// Urgency of the topic.
	Urgency string `json:"urgency" fg:"prose,translated"`
	// Interest states the industry attention, market maturity and need for
	// international standardization (A.7 clause 2.1, first criterion).
	Interest string `json:"interest" fg:"prose,translated"`
	// Why study groups cannot carry out the activities efficiently.
	WhyNotStudyGroups string `json:"whyNotStudyGroups" fg:"prose,translated"`
	// Alternatives says why another mechanism (a Question, correspondence group,
	// rapporteur group, JCA, another body) cannot handle the topic better.
	Alternatives string `json:"alternatives" fg:"prose,translated"`
	// Implications beyond the technical work.
	Implications Implications `json:"implications"`
	// Working language.
	WorkingLanguage string `json:"workingLanguage" fg:"line,translated"`
	// How meetings are funded (hosting, voluntary arrangements).
	Financing string `json:"financing" fg:"prose,translated"`
	// Administrative support.
	AdminSupport string `json:"administrativeSupport" fg:"prose,translated"`
}

// Implications records what the focus group would mean beyond its technical work.
type Implications struct {
	// Policy is true when the topic has regulatory or policy implications;
	// such a group cannot be established between meetings.
	Policy bool `json:"policy"`
	// Strategic is true when the group has strategic, structural or operational
	// implications for ITU-T; only ITU-T members may then take part.
	Strategic bool `json:"strategic"`
	// Statement on the implications.
	Statement string `json:"statement" fg:"prose,translated"`
}

// DeliverableType is the form a deliverable takes (A.7 clause 8).
type DeliverableType string

// Deliverable types.
const (
	TechnicalSpecification DeliverableType = "technical-specification"
	GapAnalysisReport      DeliverableType = "gap-analysis-report"
	BaseTextRecommendation DeliverableType = "base-text-recommendation"
	BaseTextSupplement     DeliverableType = "base-text-supplement"
	BaseTextTechReport     DeliverableType = "base-text-technical-report"
	PreStandardization     DeliverableType = "pre-standardization-study"
	Roadmap                DeliverableType = "roadmap"
	OtherDeliverable       DeliverableType = "other"
)

// DeliverableTypes lists the types in the order the forms offer them.
func DeliverableTypes() []DeliverableType {
	return []DeliverableType{TechnicalSpecification, GapAnalysisReport, BaseTextRecommendation,
		BaseTextSupplement, BaseTextTechReport, PreStandardization, Roadmap, OtherDeliverable}
}

// Deliverable is an expected output of the focus group.
type Deliverable struct {
	// Title.
	Title string `json:"title" fg:"line,translated"`
	// Form of the deliverable.
	Type      DeliverableType `json:"type" handle:"DeliverableTypeField"`
	OtherType string          `json:"otherType" fg:"line,translated"` // names the type when Type is "other"
	// Due date; must fall within the focus group's lifetime.
	Due Date `json:"due"`
	// TargetGroup is the group meant to take the deliverable up, e.g. "SG17".
	TargetGroup string `json:"targetGroup" fg:"code"`
	// IntendedRecommendation names the Recommendation or Supplement it may become.
	IntendedRecommendation string `json:"intendedRecommendation" fg:"code"`
}

// BecomesRecommendation reports whether the deliverable is meant to become a
// Recommendation or Supplement (and so falls under the Author's guide).
func (d Deliverable) BecomesRecommendation() bool {
	return d.Type == BaseTextRecommendation || d.Type == BaseTextSupplement || d.IntendedRecommendation != ""
}

// Relationship is a link with another ITU group, SDO, forum or consortium.
type Relationship struct {
	// The other group or body.
	Body string `json:"body" fg:"line,translated"`
	// What the relationship is.
	Description string `json:"description" fg:"prose,translated"`
}

// AffectedGroup is another study group the topic concerns.
type AffectedGroup struct {
	// Study group number.
	Number int `json:"number"`
	// WithinMandate is true when the topic falls within this group's mandate
	// (then TSAG decides, A.7 2.1 b), false when it only affects its work
	// (then the parent's chair consults it, 2.1 a).
	WithinMandate bool `json:"withinMandate"`
	// Its chair has been consulted.
	ChairConsulted bool `json:"chairConsulted"`
}

// BodyKind classifies a body in the gap analysis.
type BodyKind string

// Body kinds.
const (
	ITUTStudyGroup BodyKind = "itu-t"
	OtherSDO       BodyKind = "sdo"
	Forum          BodyKind = "forum"
	Consortium     BodyKind = "consortium"
)

// BodyKinds lists the kinds in the order the forms offer them.
func BodyKinds() []BodyKind { return []BodyKind{ITUTStudyGroup, OtherSDO, Forum, Consortium} }

// Coverage says how much of the topic existing work covers.
type Coverage string

// Coverage levels.
const (
	CoverageNone    Coverage = "none"
	CoveragePartial Coverage = "partial"
	CoverageFull    Coverage = "full"
)

// Coverages lists the levels in order.
func Coverages() []Coverage { return []Coverage{CoverageNone, CoveragePartial, CoverageFull} }

// GapAnalysis shows that the focus group would not duplicate existing work.
type GapAnalysis struct {
	// Existing work, one body per entry.
	Entries []GapEntry `json:"entries" handle:"GapEntry"`
	// Summary of the gap analysis.
	Summary string `json:"summary" fg:"prose,translated"`
	// NoOtherWork states, instead of entries on other bodies, that no standards
	// body, forum or consortium outside ITU-T works on the topic, and how that
	// was established.
	NoOtherWork string `json:"noOtherWork" fg:"prose,translated"`
}

// GapEntry is the existing work of one body and the gap it leaves.
type GapEntry struct {
	// The body, e.g. "ITU-T SG17", "ETSI TC CYBER".
	Body string `json:"body" fg:"line,translated"`
	// Kind of body.
	Kind BodyKind `json:"kind"`
	// Its existing work on the topic.
	Work string `json:"work" fg:"prose,translated"`
	// How much of the topic that work covers.
	Coverage Coverage `json:"coverage"`
	// The gap that remains.
	Gap string `json:"gap" fg:"prose,translated"`
}

// Category is an ITU membership category.
type Category string

// Membership categories.
const (
	MemberState  Category = "member-state"
	SectorMember Category = "sector-member"
	Associate    Category = "associate"
	Academia     Category = "academia"
	NonMember    Category = "non-member"
)

// Categories lists the categories in the order the forms offer them.
func Categories() []Category {
	return []Category{MemberState, SectorMember, Associate, Academia, NonMember}
}

// IsITUMember reports whether the category is an ITU membership (anything but non-member).
func (c Category) IsITUMember() bool {
	switch c {
	case MemberState, SectorMember, Associate, Academia:
		return true
	}
	return false
}

// Supporter is an entity named as supporting the establishment.
type Supporter struct {
	// Name of the entity.
	Entity   string   `json:"entity" fg:"line,translated"`
	Category Category `json:"category"`
	Country  string   `json:"country" fg:"country"` // ISO 3166-1 alpha-2 country code, e.g. "DE"
	// Contact (person or e-mail).
	Contact   string `json:"contact" fg:"line"`
	Committed bool   `json:"committed"` // committed to support the group actively
	// Notes.
	Notes string `json:"notes" fg:"prose,translated"`
}

// Leadership holds the nominees for the focus group's management.
type Leadership struct {
	// Chair nominee.
	Chair Nominee `json:"chair"`
	// Vice-chair nominees.
	ViceChairs []Nominee `json:"viceChairs" handle:"ViceChair"`
}

// Nominee is a person proposed for chair or vice-chair.
type Nominee struct {
	// Name.
	Name string `json:"name" fg:"name"`
	// Organization.
	Organization string   `json:"organization" fg:"line,translated"`
	Category     Category `json:"category"`
	Country      string   `json:"country" fg:"country"` // ISO 3166-1 alpha-2 country code, e.g. "DE"
}

// IsZero reports whether nobody was named.
func (n Nominee) IsZero() bool { return n == Nominee{} }

// Timeline is when the focus group works and meets.
type Timeline struct {
	// Start of the focus group's lifetime.
	Start Date `json:"start"`
	// Duration in months (A.7: should not exceed 9 to 12).
	DurationMonths int     `json:"durationMonths"`
	Meetings       []Event `json:"meetings" handle:"Meeting"`             // focus-group meetings
	ParentMeetings []Event `json:"parentMeetings" handle:"ParentMeeting"` // meetings of the parent group
}

// End is the last day of the focus group's lifetime, or the zero Date when
// start or duration is missing.
func (t Timeline) End() Date {
	if t.Start.IsZero() || t.DurationMonths <= 0 {
		return Date{}
	}
	return t.Start.AddMonths(t.DurationMonths).AddDays(-1)
}

// Translation is the proposer's free text of one field in another language.
type Translation struct {
	// The translated text.
	Text string `json:"text"`
	// Source is the source text the translation was made from; when the field's
	// text no longer equals it, the translation is stale.
	Source string `json:"source"`
}
