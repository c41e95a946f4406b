package a7

import (
	"strings"

	"fgdraft/forms"
)

// Checks of leadership and participation (A.7 2.3, 3.1), working procedures
// (3.2–3.6, 4) and the contribution itself.

// leadership.chair: the parent group appoints the chair (2.3); a proposal
// usually names a nominee, who must come from a Member State or a Sector
// Member. A warning when no nominee is named (Fields: the name), an error
// when the nominee named is from another category (Fields: the category).
// Params: Name, NoNominee (1 for the warning).
func checkChair(c *checker) {
	ch := &c.p.Leadership.Chair
	if ok, quote := says(ch.Name, forms.ChairName.Path()); !ok {
		c.addAs(Warning, "", forms.Paths(forms.ChairName), withPlaceholder(map[string]any{"Name": "", "NoNominee": 1}, quote))
		return
	}
	if ch.Category != forms.MemberState && ch.Category != forms.SectorMember {
		c.addAs(Error, "", forms.Paths(forms.ChairCategory), map[string]any{"Name": strings.TrimSpace(ch.Name), "NoNominee": 0})
	}
}

// leadership.vice-chair: at least one vice-chair nominee is named who is
// not the chair nominee (2.3: the parent appoints "a chair and a
// vice-chair", and a vice-chair replaces the chair). A vice-chair whose name
// is the chair's (the same person by forms.EntityKey) gets a finding of its
// own: Fields the vice-chair's and the chair's names; params Chair 1,
// Number (1-based), Name (as the vice-chair row writes it). When no other
// vice-chair is named, and no row repeats the chair, one finding on the
// list: params Chair 0 (and Placeholder when the only name is one).
func checkViceChair(c *checker) {
	chair := ""
	if forms.Present(c.p.Leadership.Chair.Name) {
		chair = forms.EntityKey(c.p.Leadership.Chair.Name)
	}
	named, repeats := false, false
	placeholder := ""
	for i, v := range c.p.Leadership.ViceChairs {
		ok, quote := says(v.Name, forms.ViceChairName.At(i).Path())
		switch {
		case !ok:
			if placeholder == "" {
				placeholder = quote
			}
		case chair != "" && forms.EntityKey(v.Name) == chair:
			repeats = true
			c.add(forms.Paths(forms.ViceChairName.At(i), forms.ChairName),
				map[string]any{"Chair": 1, "Number": i + 1, "Name": strings.TrimSpace(v.Name)})
		default:
			named = true
		}
	}
	if !named && !repeats {
		c.add(forms.Paths(forms.ViceChairs), withPlaceholder(map[string]any{"Chair": 0}, placeholder))
	}
}

// leadership.vice-chair-member: vice-chair nominees are named but none is
// from an ITU member, so none could take over from the chair and a new chair
// would have to be appointed (2.3). Fields: each named nominee's category.
// Params: Count (the nominees named).
func checkViceChairMember(c *checker) {
	var fields []string
	for i := range c.p.Leadership.ViceChairs {
		v := &c.p.Leadership.ViceChairs[i]
		if !forms.Present(v.Name) {
			continue
		}
		if v.Category.IsITUMember() {
			return
		}
		fields = append(fields, forms.ViceChairCategory.At(i).Path())
	}
	if fields != nil {
		c.add(fields, map[string]any{"Count": len(fields)})
	}
}

// participation.members-only: the group has strategic, structural or
// operational implications, yet non-member supporters or nominees are listed.
// Params: Names (the non-members), Count.
func checkMembersOnly(c *checker) {
	if !c.p.FocusGroup.Implications.Strategic {
		return
	}
	fields := forms.Paths(forms.FGImplicationsStrategic)
	var names []string
	for i := range c.p.Supporters {
		s := &c.p.Supporters[i]
		if s.Category == forms.NonMember && !forms.Blank(s.Entity) {
			fields = append(fields, forms.SupporterCategory.At(i).Path())
			names = append(names, strings.TrimSpace(s.Entity))
		}
	}
	if ch := &c.p.Leadership.Chair; ch.Category == forms.NonMember && !ch.IsZero() {
		fields = append(fields, forms.ChairCategory.Path())
		names = append(names, nomineeName(ch))
	}
	for i := range c.p.Leadership.ViceChairs {
		v := &c.p.Leadership.ViceChairs[i]
		if v.Category == forms.NonMember && !v.IsZero() {
			fields = append(fields, forms.ViceChairCategory.At(i).Path())
			names = append(names, nomineeName(v))
		}
	}
	if len(names) > 0 {
		c.add(fields, map[string]any{"Names": names, "Count": len(names)})
	}
}

func nomineeName(n *forms.Nominee) string {
	if s := strings.TrimSpace(n.Name); s != "" {
		return s
	}
	return strings.TrimSpace(n.Organization)
}

// progress.reports: for every parent meeting inside the lifetime, and for
// the first one after it, which receives the final deliverables, the date a
// progress report is due (meeting − 12 days). Params: Date, Meeting, Final (1
// for the meeting after the lifetime). When the lifetime is known but no
// parent meeting is listed, one finding with NoMeetings 1 asks for them.
func checkProgressReports(c *checker) {
	t := &c.p.Timeline
	end := t.End()
	if end.IsZero() {
		return
	}
	if len(t.ParentMeetings) == 0 {
		c.add(forms.Paths(forms.TimelineParentMeetings), map[string]any{"NoMeetings": 1})
		return
	}
	for _, i := range progressMeetings(t) {
		s := t.ParentMeetings[i].Start
		c.add(forms.Paths(forms.ParentMeetingStart.At(i)),
			map[string]any{"Date": SubmissionDeadline(s), "Meeting": s, "Final": b2i(s.After(end))})
	}
}

// meetings.announcement: a focus-group meeting after the first (by date) is
// announced six weeks (42 days) before it starts. The announcement point must
// not fall before the later of the establishment (timeline start) and the
// start of the previous meeting, where the focus group decides its next
// meetings (A.7 3.5: later meetings are decided by the focus group). A
// meeting exactly 42 days after that point is in time: a warning otherwise.
// The first meeting is arranged by the parent group and the chair: an error
// when it starts before the establishment (the group does not exist yet),
// an info when it starts less than six weeks after it. Params: Meeting
// (start), Announce (meeting − 42 days; not for the first meeting), After
// (the reference date), Previous (1 when the reference is the previous
// meeting), First (1 for the first meeting), Before (1 for the error).
func checkAnnouncements(c *checker) {
	t := &c.p.Timeline
	order := meetingOrder(t.Meetings)
	if len(order) > 0 && !t.Start.IsZero() {
		s := t.Meetings[order[0]].Start
		fields := forms.Paths(forms.MeetingStart.At(order[0]))
		switch {
		case s.Before(t.Start):
			c.addAs(Error, "", append(fields, forms.TimelineStart.Path()),
				map[string]any{"Meeting": s, "After": t.Start, "Previous": 0, "First": 1, "Before": 1})
		case AnnouncementDate(s).Before(t.Start):
			c.addAs(Info, "", fields,
				map[string]any{"Meeting": s, "After": t.Start, "Previous": 0, "First": 1, "Before": 0})
		}
	}
	for k := 1; k < len(order); k++ {
		s := t.Meetings[order[k]].Start
		ref, previous := t.Start, 0
		if prev := t.Meetings[order[k-1]].Start; ref.IsZero() || prev.After(ref) {
			ref, previous = prev, 1
		}
		announce := AnnouncementDate(s)
		if announce.Before(ref) {
			c.addAs(Warning, "", forms.Paths(forms.MeetingStart.At(order[k])),
				map[string]any{"Meeting": s, "Announce": announce, "After": ref, "Previous": previous, "First": 0, "Before": 0})
		}
	}
}

// meetings.within-lifetime: every planned focus-group meeting ends by the
// end of the lifetime (start + duration − 1 day); after it the group has
// ended unless the parent group extends it (2.2). A meeting that starts
// before the establishment is meetings.announcement's (the first meeting
// before establishment), not this rule's: one problem, one finding. One
// finding per meeting: Fields the meeting's start and the lifetime's;
// params Number (1-based row), Meeting (start), End (the lifetime's last
// day).
func checkMeetingsWithinLifetime(c *checker) {
	t := &c.p.Timeline
	end := t.End()
	if end.IsZero() {
		return
	}
	for i, m := range t.Meetings {
		last := m.End
		if last.IsZero() || last.Before(m.Start) {
			last = m.Start
		}
		if last.IsZero() || !last.After(end) {
			continue
		}
		c.add(forms.Paths(forms.MeetingStart.At(i), forms.TimelineStart, forms.TimelineDurationMonths),
			map[string]any{"Number": i + 1, "Meeting": m.Start, "End": end})
	}
}

// tor.start: established at the meeting that decides (2.1.1.1), the focus
// group's lifetime cannot start before that meeting's first day: an error.
// A start during the meeting assumes a decision on that day (decisions are
// usually taken at the closing plenary): an info. Between meetings the
// earliest start is route.between-meetings.comments'. Params: Start (the
// lifetime's), Meeting (first day), MeetingEnd (last day; the first day when
// not given), During (1 for the info).
func checkStart(c *checker) {
	co := &c.p.Contribution
	start, first := c.p.Timeline.Start, co.Meeting.Start
	if co.Route != forms.AtMeeting || start.IsZero() || first.IsZero() {
		return
	}
	last := co.Meeting.End
	if last.IsZero() || last.Before(first) {
		last = first
	}
	fields := forms.Paths(forms.TimelineStart, forms.ContribMeetingStart)
	params := map[string]any{"Start": start, "Meeting": first, "MeetingEnd": last}
	switch {
	case start.Before(first):
		params["During"] = 0
		c.addAs(Error, "", fields, params)
	case !start.After(last):
		params["During"] = 1
		c.addAs(Info, "", fields, params)
	}
}

// language.parent: the working language is agreed by the participants, but
// communication with the parent group is in English or another ITU official
// language. Fires when no working language is stated, or when the one stated
// names none of the six official languages. Params: Language (as stated).
func checkWorkingLanguage(c *checker) {
	wl := strings.TrimSpace(c.p.FocusGroup.WorkingLanguage)
	if wl != "" && namesOfficialLanguage(wl) {
		return
	}
	c.add(forms.Paths(forms.FGWorkingLanguage), map[string]any{"Language": wl})
}

// officialLanguageNames are the names (and stems of names) of the six ITU
// languages in the six languages, lower case, as a working-language statement
// may write them.
var officialLanguageNames = [...]string{
	"english", "anglais", "inglés", "ingles", "англ", "英文", "英语", "الإنكليزية", "الإنجليزية", "الانجليزية",
	"french", "français", "francais", "francés", "frances", "француз", "法文", "法语", "الفرنسية",
	"spanish", "espagnol", "español", "espanol", "испан", "西班牙", "الإسبانية", "الاسبانية",
	"russian", "russe", "ruso", "русск", "俄文", "俄语", "الروسية",
	"chinese", "chinois", "chino", "китай", "中文", "汉语", "华语", "الصينية",
	"arabic", "arabe", "árabe", "араб", "阿拉伯", "العربية",
}

func namesOfficialLanguage(s string) bool {
	s = strings.ToLower(s)
	for _, n := range officialLanguageNames {
		if strings.Contains(s, n) {
			return true
		}
	}
	switch s {
	case "en", "fr", "es", "ru", "zh", "ar":
		return true
	}
	return false
}

// cover.required: title, source, parent group, meeting (or the between-meetings
// route) and study period. Fields: the missing ones. Params: Count.
func checkCover(c *checker) {
	co := &c.p.Contribution
	var fields []string
	placeholder := ""
	need := func(f forms.Field[string]) {
		if ok, quote := says(f.Get(c.p), f.Path()); !ok {
			fields = append(fields, f.Path())
			if placeholder == "" {
				placeholder = quote
			}
		}
	}
	need(forms.ContribTitle)
	need(forms.ContribSource)
	switch pg := co.ParentGroup; {
	case pg.Kind == forms.TSAG:
	case pg.Kind == forms.StudyGroup && pg.Number > 0:
	case pg.Kind == forms.StudyGroup:
		fields = append(fields, forms.ContribParentGroupNumber.Path())
	default:
		fields = append(fields, forms.ContribParentGroupKind.Path())
	}
	switch co.Route {
	case forms.BetweenMeetings:
	case forms.AtMeeting:
		if co.Meeting.Start.IsZero() {
			fields = append(fields, forms.ContribMeetingStart.Path())
		}
		need(forms.ContribMeetingPlace)
	default:
		fields = append(fields, forms.ContribRoute.Path())
	}
	need(forms.ContribStudyPeriod)
	if fields != nil {
		c.add(fields, withPlaceholder(map[string]any{"Count": len(fields)}, placeholder))
	}
}

// cover.contact: at least one contact with name, organization, country and a
// well-formed e-mail. When none is complete, an error whose Fields name what
// each contact lacks (or the contacts list when there is none). Then, complete
// contact or not, a warning on every contact whose e-mail is given but is not
// an address, since the cover prints it as it is. Params of the warning:
// Number (1-based), Email.
func checkContact(c *checker) {
	contacts := c.p.Contribution.Contacts
	var fields []string
	complete := false
	placeholder := ""
	for i := range contacts {
		k := &contacts[i]
		n := len(fields)
		for _, f := range []forms.Field[string]{forms.ContactName.At(i), forms.ContactOrganization.At(i)} {
			if ok, quote := says(f.Get(c.p), f.Path()); !ok {
				fields = append(fields, f.Path())
				if placeholder == "" {
					placeholder = quote
				}
			}
		}
		if forms.Blank(k.Country) {
			fields = append(fields, forms.ContactCountry.At(i).Path())
		}
		if !wellFormedEmail(k.Email) {
			fields = append(fields, forms.ContactEmail.At(i).Path())
		}
		if len(fields) == n {
			complete = true
			break
		}
	}
	if !complete {
		if len(contacts) == 0 {
			fields = forms.Paths(forms.ContribContacts)
		}
		c.add(fields, withPlaceholder(nil, placeholder))
	}
	for i := range contacts {
		if e := strings.TrimSpace(contacts[i].Email); e != "" && !wellFormedEmail(e) {
			c.addAs(Warning, "", forms.Paths(forms.ContactEmail.At(i)), map[string]any{"Number": i + 1, "Email": e})
		}
	}
}

// translation.missing: exporting in a language other than the draft's, the
// non-empty free-text fields with no translation into it; and, in a second
// finding with Stale set, those whose translation was made before their text
// changed (it would be printed as it is). Params: Count, Language (the export
// language), Steps (the count per wizard step: a whole draft has some eighty
// fields, too many to list in a sentence), Stale (1).
func checkTranslations(c *checker) {
	lang := c.opt.ExportLang
	if lang == "" || lang == c.p.Language || !lang.Valid() {
		return
	}
	var missing, stale []string
	for _, f := range c.p.TextFields() {
		switch _, st := c.p.TranslationOf(f, lang); st {
		case forms.Untranslated:
			missing = append(missing, f.Path)
		case forms.Stale:
			stale = append(stale, f.Path)
		}
	}
	if len(missing) > 0 {
		c.add(missing, map[string]any{"Count": len(missing), "Language": lang, "Steps": countPerStep(missing)})
	}
	if len(stale) > 0 {
		c.add(stale, map[string]any{"Count": len(stale), "Language": lang, "Steps": countPerStep(stale), "Stale": 1})
	}
}
