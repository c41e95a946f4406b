package forms

// routeFields are the fields that belong to one establishment route (A.7
// 2.1.1, 2.1.2): the parent meeting that is to decide, or the posting for
// four weeks of comments and the urgent market need that justifies it.
var routeFields = map[string]Route{
	ContribMeetingPlace.Path():     AtMeeting,
	ContribMeetingStart.Path():     AtMeeting,
	ContribMeetingEnd.Path():       AtMeeting,
	ContribPostingDate.Path():      BetweenMeetings,
	ContribUrgentMarketNeed.Path(): BetweenMeetings,
}

// Applies tells whether field h means something for p's establishment
// route: the parent meeting's place and dates only at a meeting, the
// posting date and the urgent market need only between meetings; while no
// route is chosen, neither. Every other field applies to both. The wizard
// enables a field by it, the rules check a route's fields by it and the
// document prints them by it, so the three cannot disagree.
func Applies(p *Proposal, h FieldPath) bool {
	route, ok := routeFields[h.Path()]
	return !ok || p.Contribution.Route == route
}
