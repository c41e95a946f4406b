package forms

import "strconv"

// Typed handles on the fields of the model. A field path written as a string
// ("focusGroup.scope") compiles however it is misspelt; a handle
// (FGScope, GapEntryGap.At(i)) does not, and it knows both its path, which
// findings, translations, XLIFF units and draft files keep using unchanged,
// and where its value lives in a Proposal. TestHandlesMatchTheModel checks
// every handle against the model by reflection: its path names a real field
// and its accessor reaches exactly that field, and every field of the model
// has a handle.

// FieldPath is anything that names one field of a proposal by its path.
type FieldPath interface {
	Path() string
}

// Paths lists the paths of fields, in the order given: the Fields of a finding.
func Paths(fields ...FieldPath) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Path()
	}
	return out
}

// Field is a handle on one field of a proposal, outside any list or on one
// item of a list (ItemField.At): its path and its value of type T.
type Field[T any] struct {
	path string
	ref  func(p *Proposal) *T
}

// Path is the field's path, as in the draft file: "focusGroup.scope",
// "gapAnalysis.entries[2].gap".
func (f Field[T]) Path() string { return f.path }

// Ref is where the field's value lives in p, for an entry bound to it. For an
// item of a list it panics when p has no such item, like an index out of range.
func (f Field[T]) Ref(p *Proposal) *T { return f.ref(p) }

// Bind is the field in whichever proposal draft returns when it is called,
// the shape of an entry's getter: an entry bound once keeps following the
// open draft when another one replaces it.
func (f Field[T]) Bind(draft func() *Proposal) func() *T {
	return func() *T { return f.ref(draft()) }
}

// Get is the field's value in p.
func (f Field[T]) Get(p *Proposal) T { return *f.ref(p) }

// Set replaces the field's value in p.
func (f Field[T]) Set(p *Proposal, v T) { *f.ref(p) = v }

// ItemField is a handle on one field of every item of a list, or on the items
// themselves of a list of plain values (Keyword): At(i) is item i's field.
type ItemField[T any] struct {
	list string // path of the list: "gapAnalysis.entries"
	name string // field of the item: "gap"; empty for a list of plain values
	ref  func(p *Proposal, i int) *T
}

// At is the field of item i: GapEntryGap.At(2) is "gapAnalysis.entries[2].gap".
func (f ItemField[T]) At(i int) Field[T] {
	path := f.list + "[" + strconv.Itoa(i) + "]"
	if f.name != "" {
		path += "." + f.name
	}
	return Field[T]{path: path, ref: func(p *Proposal) *T { return f.ref(p, i) }}
}

// Pattern is the path with empty brackets for the item, as FieldDecl.Pattern
// writes it: "gapAnalysis.entries[].gap".
func (f ItemField[T]) Pattern() string {
	if f.name == "" {
		return f.list + "[]"
	}
	return f.list + "[]." + f.name
}

// LabelKey is the key of the field's label in the message files, the same for
// every item: "gapAnalysis.entries.gap" (see LabelKey).
func (f ItemField[T]) LabelKey() string { return LabelKey(f.Pattern()) }

func field[T any](path string, ref func(p *Proposal) *T) Field[T] {
	return Field[T]{path: path, ref: ref}
}

func itemField[T any](list, name string, ref func(p *Proposal, i int) *T) ItemField[T] {
	return ItemField[T]{list: list, name: name, ref: ref}
}

// The draft.
var (
	DraftID       = field("id", func(p *Proposal) *string { return &p.ID })
	DraftLanguage = field("language", func(p *Proposal) *Lang { return &p.Language })
)

// The cover of the contribution.
var (
	ContribParentGroupKind   = field("contribution.parentGroup.kind", func(p *Proposal) *GroupKind { return &p.Contribution.ParentGroup.Kind })
	ContribParentGroupNumber = field("contribution.parentGroup.number", func(p *Proposal) *int { return &p.Contribution.ParentGroup.Number })
	ContribRoute             = field("contribution.route", func(p *Proposal) *Route { return &p.Contribution.Route })
	ContribMeetingPlace      = field("contribution.meeting.place", func(p *Proposal) *string { return &p.Contribution.Meeting.Place })
	ContribMeetingStart      = field("contribution.meeting.start", func(p *Proposal) *Date { return &p.Contribution.Meeting.Start })
	ContribMeetingEnd        = field("contribution.meeting.end", func(p *Proposal) *Date { return &p.Contribution.Meeting.End })
	ContribPostingDate       = field("contribution.postingDate", func(p *Proposal) *Date { return &p.Contribution.PostingDate })
	ContribStudyPeriod       = field("contribution.studyPeriod", func(p *Proposal) *string { return &p.Contribution.StudyPeriod })
	ContribQuestions         = field("contribution.questions", func(p *Proposal) *[]string { return &p.Contribution.Questions })
	ContribSource            = field("contribution.source", func(p *Proposal) *string { return &p.Contribution.Source })
	ContribTitle             = field("contribution.title", func(p *Proposal) *string { return &p.Contribution.Title })
	ContribContacts          = field("contribution.contacts", func(p *Proposal) *[]Contact { return &p.Contribution.Contacts })
	ContribKeywords          = field("contribution.keywords", func(p *Proposal) *[]string { return &p.Contribution.Keywords })
	ContribAbstract          = field("contribution.abstract", func(p *Proposal) *string { return &p.Contribution.Abstract })
	ContribSubmissionDate    = field("contribution.submissionDate", func(p *Proposal) *Date { return &p.Contribution.SubmissionDate })
	ContribUrgentMarketNeed  = field("contribution.urgentMarketNeed", func(p *Proposal) *string { return &p.Contribution.UrgentMarketNeed })

	Question            = itemField("contribution.questions", "", func(p *Proposal, i int) *string { return &p.Contribution.Questions[i] })
	Keyword             = itemField("contribution.keywords", "", func(p *Proposal, i int) *string { return &p.Contribution.Keywords[i] })
	ContactName         = itemField("contribution.contacts", "name", func(p *Proposal, i int) *string { return &p.Contribution.Contacts[i].Name })
	ContactOrganization = itemField("contribution.contacts", "organization", func(p *Proposal, i int) *string { return &p.Contribution.Contacts[i].Organization })
	ContactCountry      = itemField("contribution.contacts", "country", func(p *Proposal, i int) *string { return &p.Contribution.Contacts[i].Country })
	ContactTel          = itemField("contribution.contacts", "tel", func(p *Proposal, i int) *string { return &p.Contribution.Contacts[i].Tel })
	ContactEmail        = itemField("contribution.contacts", "email", func(p *Proposal, i int) *string { return &p.Contribution.Contacts[i].Email })
)

// The terms of reference of the focus group.
var (
	FGName                   = field("focusGroup.name", func(p *Proposal) *string { return &p.FocusGroup.Name })
	FGAcronym                = field("focusGroup.acronym", func(p *Proposal) *string { return &p.FocusGroup.Acronym })
	FGBackground             = field("focusGroup.background", func(p *Proposal) *string { return &p.FocusGroup.Background })
	FGScope                  = field("focusGroup.scope", func(p *Proposal) *string { return &p.FocusGroup.Scope })
	FGActionPlan             = field("focusGroup.actionPlan", func(p *Proposal) *string { return &p.FocusGroup.ActionPlan })
	FGDeliverables           = field("focusGroup.deliverables", func(p *Proposal) *[]Deliverable { return &p.FocusGroup.Deliverables })
	FGParentRelationship     = field("focusGroup.parentRelationship", func(p *Proposal) *string { return &p.FocusGroup.ParentRelationship })
	FGRelationships          = field("focusGroup.relationships", func(p *Proposal) *[]Relationship { return &p.FocusGroup.Relationships })
	FGNoRelationships        = field("focusGroup.noRelationships", func(p *Proposal) *bool { return &p.FocusGroup.NoRelationships })
	FGAffectedGroups         = field("focusGroup.affectedGroups", func(p *Proposal) *[]AffectedGroup { return &p.FocusGroup.AffectedGroups })
	FGMultiGroupMandate      = field("focusGroup.multiGroupMandate", func(p *Proposal) *bool { return &p.FocusGroup.MultiGroupMandate })
	FGDesignatedParentKind   = field("focusGroup.designatedParent.kind", func(p *Proposal) *GroupKind { return &p.FocusGroup.DesignatedParent.Kind })
	FGDesignatedParentNumber = field("focusGroup.designatedParent.number", func(p *Proposal) *int { return &p.FocusGroup.DesignatedParent.Number })
	FGUrgency                = field("focusGroup.urgency", func(p *Proposal) *string { return &p.FocusGroup.Urgency })
	FGInterest               = field("focusGroup.interest", func(p *Proposal) *string { return &p.FocusGroup.Interest })
	FGWhyNotStudyGroups      = field("focusGroup.whyNotStudyGroups", func(p *Proposal) *string { return &p.FocusGroup.WhyNotStudyGroups })
	FGAlternatives           = field("focusGroup.alternatives", func(p *Proposal) *string { return &p.FocusGroup.Alternatives })
	FGImplicationsPolicy     = field("focusGroup.implications.policy", func(p *Proposal) *bool { return &p.FocusGroup.Implications.Policy })
	FGImplicationsStrategic  = field("focusGroup.implications.strategic", func(p *Proposal) *bool { return &p.FocusGroup.Implications.Strategic })
	FGImplicationsStatement  = field("focusGroup.implications.statement", func(p *Proposal) *string { return &p.FocusGroup.Implications.Statement })
	FGWorkingLanguage        = field("focusGroup.workingLanguage", func(p *Proposal) *string { return &p.FocusGroup.WorkingLanguage })
	FGFinancing              = field("focusGroup.financing", func(p *Proposal) *string { return &p.FocusGroup.Financing })
	FGAdminSupport           = field("focusGroup.administrativeSupport", func(p *Proposal) *string { return &p.FocusGroup.AdminSupport })

	DeliverableTitle                  = itemField("focusGroup.deliverables", "title", func(p *Proposal, i int) *string { return &p.FocusGroup.Deliverables[i].Title })
	DeliverableTypeField              = itemField("focusGroup.deliverables", "type", func(p *Proposal, i int) *DeliverableType { return &p.FocusGroup.Deliverables[i].Type })
	DeliverableOtherType              = itemField("focusGroup.deliverables", "otherType", func(p *Proposal, i int) *string { return &p.FocusGroup.Deliverables[i].OtherType })
	DeliverableDue                    = itemField("focusGroup.deliverables", "due", func(p *Proposal, i int) *Date { return &p.FocusGroup.Deliverables[i].Due })
	DeliverableTargetGroup            = itemField("focusGroup.deliverables", "targetGroup", func(p *Proposal, i int) *string { return &p.FocusGroup.Deliverables[i].TargetGroup })
	DeliverableIntendedRecommendation = itemField("focusGroup.deliverables", "intendedRecommendation", func(p *Proposal, i int) *string { return &p.FocusGroup.Deliverables[i].IntendedRecommendation })
	RelationshipBody                  = itemField("focusGroup.relationships", "body", func(p *Proposal, i int) *string { return &p.FocusGroup.Relationships[i].Body })
	RelationshipDescription           = itemField("focusGroup.relationships", "description", func(p *Proposal, i int) *string { return &p.FocusGroup.Relationships[i].Description })
	AffectedGroupNumber               = itemField("focusGroup.affectedGroups", "number", func(p *Proposal, i int) *int { return &p.FocusGroup.AffectedGroups[i].Number })
	AffectedGroupWithinMandate        = itemField("focusGroup.affectedGroups", "withinMandate", func(p *Proposal, i int) *bool { return &p.FocusGroup.AffectedGroups[i].WithinMandate })
	AffectedGroupChairConsulted       = itemField("focusGroup.affectedGroups", "chairConsulted", func(p *Proposal, i int) *bool { return &p.FocusGroup.AffectedGroups[i].ChairConsulted })
)

// The gap analysis.
var (
	GapEntries     = field("gapAnalysis.entries", func(p *Proposal) *[]GapEntry { return &p.GapAnalysis.Entries })
	GapSummary     = field("gapAnalysis.summary", func(p *Proposal) *string { return &p.GapAnalysis.Summary })
	GapNoOtherWork = field("gapAnalysis.noOtherWork", func(p *Proposal) *string { return &p.GapAnalysis.NoOtherWork })

	GapEntryBody     = itemField("gapAnalysis.entries", "body", func(p *Proposal, i int) *string { return &p.GapAnalysis.Entries[i].Body })
	GapEntryKind     = itemField("gapAnalysis.entries", "kind", func(p *Proposal, i int) *BodyKind { return &p.GapAnalysis.Entries[i].Kind })
	GapEntryWork     = itemField("gapAnalysis.entries", "work", func(p *Proposal, i int) *string { return &p.GapAnalysis.Entries[i].Work })
	GapEntryCoverage = itemField("gapAnalysis.entries", "coverage", func(p *Proposal, i int) *Coverage { return &p.GapAnalysis.Entries[i].Coverage })
	GapEntryGap      = itemField("gapAnalysis.entries", "gap", func(p *Proposal, i int) *string { return &p.GapAnalysis.Entries[i].Gap })
)

// The supporters and the nominees for the management.
var (
	SupporterList = field("supporters", func(p *Proposal) *[]Supporter { return &p.Supporters })

	SupporterEntity    = itemField("supporters", "entity", func(p *Proposal, i int) *string { return &p.Supporters[i].Entity })
	SupporterCategory  = itemField("supporters", "category", func(p *Proposal, i int) *Category { return &p.Supporters[i].Category })
	SupporterCountry   = itemField("supporters", "country", func(p *Proposal, i int) *string { return &p.Supporters[i].Country })
	SupporterContact   = itemField("supporters", "contact", func(p *Proposal, i int) *string { return &p.Supporters[i].Contact })
	SupporterCommitted = itemField("supporters", "committed", func(p *Proposal, i int) *bool { return &p.Supporters[i].Committed })
	SupporterNotes     = itemField("supporters", "notes", func(p *Proposal, i int) *string { return &p.Supporters[i].Notes })

	ChairName         = field("leadership.chair.name", func(p *Proposal) *string { return &p.Leadership.Chair.Name })
	ChairOrganization = field("leadership.chair.organization", func(p *Proposal) *string { return &p.Leadership.Chair.Organization })
	ChairCategory     = field("leadership.chair.category", func(p *Proposal) *Category { return &p.Leadership.Chair.Category })
	ChairCountry      = field("leadership.chair.country", func(p *Proposal) *string { return &p.Leadership.Chair.Country })
	ViceChairs        = field("leadership.viceChairs", func(p *Proposal) *[]Nominee { return &p.Leadership.ViceChairs })

	ViceChairName         = itemField("leadership.viceChairs", "name", func(p *Proposal, i int) *string { return &p.Leadership.ViceChairs[i].Name })
	ViceChairOrganization = itemField("leadership.viceChairs", "organization", func(p *Proposal, i int) *string { return &p.Leadership.ViceChairs[i].Organization })
	ViceChairCategory     = itemField("leadership.viceChairs", "category", func(p *Proposal, i int) *Category { return &p.Leadership.ViceChairs[i].Category })
	ViceChairCountry      = itemField("leadership.viceChairs", "country", func(p *Proposal, i int) *string { return &p.Leadership.ViceChairs[i].Country })
)

// The timeline.
var (
	TimelineStart          = field("timeline.start", func(p *Proposal) *Date { return &p.Timeline.Start })
	TimelineDurationMonths = field("timeline.durationMonths", func(p *Proposal) *int { return &p.Timeline.DurationMonths })
	TimelineMeetings       = field("timeline.meetings", func(p *Proposal) *[]Event { return &p.Timeline.Meetings })
	TimelineParentMeetings = field("timeline.parentMeetings", func(p *Proposal) *[]Event { return &p.Timeline.ParentMeetings })

	MeetingPlace       = itemField("timeline.meetings", "place", func(p *Proposal, i int) *string { return &p.Timeline.Meetings[i].Place })
	MeetingStart       = itemField("timeline.meetings", "start", func(p *Proposal, i int) *Date { return &p.Timeline.Meetings[i].Start })
	MeetingEnd         = itemField("timeline.meetings", "end", func(p *Proposal, i int) *Date { return &p.Timeline.Meetings[i].End })
	ParentMeetingPlace = itemField("timeline.parentMeetings", "place", func(p *Proposal, i int) *string { return &p.Timeline.ParentMeetings[i].Place })
	ParentMeetingStart = itemField("timeline.parentMeetings", "start", func(p *Proposal, i int) *Date { return &p.Timeline.ParentMeetings[i].Start })
	ParentMeetingEnd   = itemField("timeline.parentMeetings", "end", func(p *Proposal, i int) *Date { return &p.Timeline.ParentMeetings[i].End })
)
