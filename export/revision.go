package export

import (
	"errors"
	"path/filepath"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
	"fgdraft/text"
)

// A revision of a filed contribution is exported with its changes marked:
// the text of each field as the filed version printed it, compared word by
// word with the field's text now, list items and table rows added or
// removed as wholes. MarkRevision computes the marks on the two documents
// (the filed draft's and the draft's, built in one language for one day),
// so that what is marked is exactly what the reader sees change; the
// renderers draw them (DOCX: tracked changes, PDF: ITU's revision marks).

// Change says how a revision changed a piece of the document against the
// filed version.
type Change int8

// Changes.
const (
	Unchanged Change = iota
	Inserted
	Deleted
)

// Span is a piece of a paragraph's text and how the revision changed it.
type Span struct {
	Text   string
	Change Change
}

// Revised is the revision marks of a paragraph or a list item: Change when
// the whole paragraph was inserted or deleted, Spans the text piece by
// piece (a deleted paragraph's spans are all deleted, an inserted one's
// inserted).
type Revised struct {
	Change Change
	Spans  []Span
}

// Marked tells whether r marks anything.
func (r *Revised) Marked() bool {
	if r == nil {
		return false
	}
	if r.Change != Unchanged {
		return true
	}
	for _, s := range r.Spans {
		if s.Change != Unchanged {
			return true
		}
	}
	return false
}

// HasRevisionMarks tells whether any block of doc carries a revision mark.
func (doc *Document) HasRevisionMarks() bool {
	found := false
	var walk func(ss []Section)
	walk = func(ss []Section) {
		for _, s := range ss {
			for _, b := range s.Blocks {
				switch b := b.(type) {
				case Paragraph:
					found = found || b.Rev.Marked()
				case List:
					for i := range b.Revs {
						found = found || b.Revs[i].Marked()
					}
				case Table:
					for _, c := range b.RowChanges {
						found = found || c != Unchanged
					}
				}
			}
			walk(s.Sub)
		}
	}
	walk(doc.Sections)
	return found || doc.Cover.Rev.marked() || contactsMarked(doc.Cover.Contacts)
}

// MarkRevision returns cur with revision marks against prev, the filed
// version's document: in each section (matched by ID) the paragraphs and
// list items of each field compared with the same field's in prev (those
// equal kept, those that differ compared word by word when one replaces
// another, those only in prev put back as deleted), and the rows of each
// table with the rows of the table at the same place in prev, and the
// paragraphs the document writes itself one to one with prev's (when the
// section has as many). Headings, the cover and charts are cur's, unmarked.
func MarkRevision(prev, cur Document) Document {
	old := map[string]*Section{}
	var index func(ss []Section)
	index = func(ss []Section) {
		for i := range ss {
			old[ss[i].ID] = &ss[i]
			index(ss[i].Sub)
		}
	}
	index(prev.Sections)
	cur.Sections = markSections(cur.Sections, old)
	cur.Cover = markCover(prev.Cover, cur.Cover)
	return cur
}

// coverValues are the cover's values printed from a field, by path.
func coverValues(c Cover) map[string]string {
	out := map[string]string{}
	add := func(l Labelled) {
		if l.Field != "" {
			out[l.Field] = l.Value
		}
	}
	for _, l := range c.Fields {
		add(l)
	}
	add(c.Abstract)
	return out
}

// markValue marks value against was, the same field's value on the filed
// cover (ok false when it printed none): free text word by word, a value
// printed as typed whole. One mark per paragraph.
func markValue(field, was string, ok bool, value string) []Revised {
	if k, _ := forms.KindOf(field); k == forms.KindProse || k == forms.KindLine {
		var before, now []unit
		if ok {
			for _, p := range strings.Split(was, "\n\n") {
				before = append(before, unit{text: p})
			}
		}
		for _, p := range strings.Split(value, "\n\n") {
			now = append(now, unit{text: p})
		}
		var out []Revised
		for _, u := range compareUnits(before, now) {
			out = append(out, u.rev)
		}
		return out
	}
	r := Revised{Spans: []Span{{value, Inserted}}}
	if ok && was != "" {
		r.Spans = []Span{{was, Deleted}, {value, Inserted}}
	}
	return []Revised{r}
}

// contactRoles are the lines of a contact in the order the builder
// prints them; the country's name is the line without a field.
var contactRoles = []string{"name", "organization", "", "tel", "email"}

// lineRole is which line of a contact l is: its field's last name, ""
// for the country.
func lineRole(l Labelled) string {
	if i := strings.LastIndexByte(l.Field, '.'); i >= 0 {
		return l.Field[i+1:]
	}
	return ""
}

// markContacts marks the contacts against the filed ones: contacts equal
// kept; between two kept, a filed and a current one of the same person
// (samePerson, or the only two there) paired and compared line by line (a
// line changed marked as markValue marks it, the country's name whole; a
// line added inserted; a line removed put back deleted), the others
// deleted or inserted whole, a removed one where it stood.
func markContacts(prev, cur []Contact) []Contact {
	key := func(ct Contact) string {
		var b strings.Builder
		for _, l := range ct.Lines {
			b.WriteString(l.Label + "\x1f" + l.Value + "\x1e")
		}
		return b.String()
	}
	ok, ck := make([]string, len(prev)), make([]string, len(cur))
	for i := range prev {
		ok[i] = key(prev[i])
	}
	for i := range cur {
		ck[i] = key(cur[i])
	}
	whole := func(ct Contact, c Change) Contact {
		ct.Change, ct.Revs = c, nil
		for _, l := range ct.Lines {
			ct.Revs = append(ct.Revs, Revised{Change: c, Spans: []Span{{l.Value, c}}})
		}
		if c == Deleted {
			// the filed contact's lines are no field of the draft now
			lines := make([]Labelled, len(ct.Lines))
			for i, l := range ct.Lines {
				lines[i] = Labelled{Label: l.Label, Value: l.Value}
			}
			ct.Lines = lines
		}
		return ct
	}
	var out []Contact
	var gapOld, gapCur []Contact
	flush := func() {
		// a contact is a person: a filed and a current contact are one
		// when they share a name, a phone number or an e-mail address, or
		// when they are the only two between the same kept ones
		pair := make([]int, len(gapCur))
		used := make([]bool, len(gapOld))
		for j := range gapCur {
			pair[j] = -1
			for i := range gapOld {
				if !used[i] && samePerson(gapOld[i], gapCur[j]) {
					pair[j], used[i] = i, true
					break
				}
			}
		}
		if len(gapOld) == 1 && len(gapCur) == 1 {
			pair[0], used[0] = 0, true
		}
		// in the filed order: a removed contact where it stood
		next := 0
		deleteUpTo := func(end int) {
			for ; next < end; next++ {
				if !used[next] {
					out = append(out, whole(gapOld[next], Deleted))
				}
			}
		}
		for j, ct := range gapCur {
			if i := pair[j]; i >= 0 {
				deleteUpTo(i)
				next = max(next, i+1)
				out = append(out, markContact(gapOld[i], ct))
				continue
			}
			out = append(out, whole(ct, Inserted))
		}
		deleteUpTo(len(gapOld))
		gapOld, gapCur = nil, nil
	}
	for _, op := range align(ok, ck) {
		switch op.change {
		case Unchanged:
			flush()
			out = append(out, cur[op.cur])
		case Deleted:
			gapOld = append(gapOld, prev[op.old])
		case Inserted:
			gapCur = append(gapCur, cur[op.cur])
		}
	}
	flush()
	return out
}

// samePerson tells whether two contacts share a name, a phone number or an
// e-mail address.
func samePerson(a, b Contact) bool {
	for _, la := range a.Lines {
		for _, lb := range b.Lines {
			if r := lineRole(la); r != "" && r != "organization" && r == lineRole(lb) && strings.EqualFold(la.Value, lb.Value) {
				return true
			}
		}
	}
	return false
}

// markContact marks the lines of contact cur against the filed contact
// old it replaces.
func markContact(old, cur Contact) Contact {
	byRole := func(ct Contact) map[string]Labelled {
		m := map[string]Labelled{}
		for _, l := range ct.Lines {
			m[lineRole(l)] = l
		}
		return m
	}
	was, now := byRole(old), byRole(cur)
	out := Contact{Label: cur.Label}
	for _, role := range contactRoles {
		o, hadIt := was[role]
		n, hasIt := now[role]
		switch {
		case hasIt && hadIt && o.Value == n.Value:
			out.Lines = append(out.Lines, n)
			out.Revs = append(out.Revs, Revised{Spans: []Span{{n.Value, Unchanged}}})
		case hasIt:
			marks := markValue(n.Field, o.Value, hadIt, n.Value)
			if n.Field == "" || len(marks) != 1 {
				// the country's name, or a line in paragraphs: whole
				marks = markValue("", o.Value, hadIt, n.Value)
			}
			out.Lines = append(out.Lines, n)
			out.Revs = append(out.Revs, marks[0])
		case hadIt:
			out.Lines = append(out.Lines, Labelled{Label: o.Label, Value: o.Value})
			out.Revs = append(out.Revs, Revised{Change: Deleted, Spans: []Span{{o.Value, Deleted}}})
		}
	}
	return out
}

// markCover marks the cover's values printed from a field against the
// filed cover's: free text (the title, the source, the abstract, a
// contact's organization) word by word, its paragraphs aligned as a
// field's in the body; a value printed as typed (a contact's name, phone
// or e-mail), which a word of does not change alone, deleted and inserted
// whole; a value the filed cover did not print inserted. The keywords are
// compared as a list: each kept, deleted (put back with its old text) or
// inserted whole. What the document makes (the number, the meeting) is
// the revision's, unmarked.
func markCover(prev, cur Cover) Cover {
	old := coverValues(prev)
	rev := &CoverRevision{Values: map[string][]Revised{}}
	for field, value := range coverValues(cur) {
		if was, ok := old[field]; !ok || was != value {
			rev.Values[field] = markValue(field, was, ok, value)
		}
	}
	cur.Contacts = markContacts(prev.Contacts, cur.Contacts)
	ok, ck := make([]string, len(prev.KeywordList)), make([]string, len(cur.KeywordList))
	for i, k := range prev.KeywordList {
		ok[i] = k.Value
	}
	for i, k := range cur.KeywordList {
		ck[i] = k.Value
	}
	var list []Labelled
	for _, op := range align(ok, ck) {
		switch op.change {
		case Deleted:
			// a keyword no longer in the draft has no field to mark
			list = append(list, Labelled{Value: ok[op.old]})
			rev.Keywords = append(rev.Keywords, Revised{Change: Deleted, Spans: []Span{{ok[op.old], Deleted}}})
		case Inserted:
			list = append(list, cur.KeywordList[op.cur])
			rev.Keywords = append(rev.Keywords, Revised{Change: Inserted, Spans: []Span{{ck[op.cur], Inserted}}})
		default:
			list = append(list, cur.KeywordList[op.cur])
			rev.Keywords = append(rev.Keywords, Revised{Spans: []Span{{ck[op.cur], Unchanged}}})
		}
	}
	cur.KeywordList = list
	if !rev.marked() && !contactsMarked(cur.Contacts) {
		return cur
	}
	cur.Rev = rev
	return cur
}

// marked tells whether r marks anything.
func (r *CoverRevision) marked() bool {
	if r == nil {
		return false
	}
	for _, rs := range r.Values {
		for i := range rs {
			if rs[i].Marked() {
				return true
			}
		}
	}
	for i := range r.Keywords {
		if r.Keywords[i].Marked() {
			return true
		}
	}
	return false
}

// contactsMarked tells whether any contact carries a revision mark.
func contactsMarked(cs []Contact) bool {
	for i := range cs {
		for j := range cs[i].Lines {
			if cs[i].LineMark(j) != nil {
				return true
			}
		}
	}
	return false
}

func markSections(ss []Section, old map[string]*Section) []Section {
	out := make([]Section, len(ss))
	for i, s := range ss {
		var before []Block
		if o := old[s.ID]; o != nil {
			before = o.Blocks
		}
		s.Blocks = markBlocks(before, s.Blocks)
		s.Sub = markSections(s.Sub, old)
		out[i] = s
	}
	return out
}

// unit is a paragraph or a list item of a field.
type unit struct {
	text    string
	item    bool // a list item
	ordered bool
	rev     Revised
}

// fieldUnits flattens a field's blocks into paragraphs and items.
func fieldUnits(blocks []Block, field string) []unit {
	var out []unit
	for _, b := range blocks {
		switch b := b.(type) {
		case Paragraph:
			if b.Field == field {
				out = append(out, unit{text: b.Text})
			}
		case List:
			if b.Field == field {
				for _, it := range b.Items {
					out = append(out, unit{text: it, item: true, ordered: b.Ordered})
				}
			}
		}
	}
	return out
}

func blockField(b Block) string {
	switch b := b.(type) {
	case Paragraph:
		return b.Field
	case List:
		return b.Field
	}
	return ""
}

// markBlocks marks the blocks of one section against the same section's
// blocks in the filed version.
func markBlocks(before, blocks []Block) []Block {
	var out []Block
	done := map[string]bool{}
	tables, oldTables := 0, tablesOf(before)
	// the paragraphs the document writes itself (counts, dates of the
	// draft put in sentences) are compared one to one when the section
	// has as many as before
	fixed, oldFixed := 0, fixedParagraphs(before)
	if len(oldFixed) != len(fixedParagraphs(blocks)) {
		oldFixed = nil
	}
	for _, b := range blocks {
		if t, ok := b.(Table); ok {
			var o *Table
			if tables < len(oldTables) {
				o = &oldTables[tables]
			}
			tables++
			out = append(out, markTable(o, t))
			continue
		}
		field := blockField(b)
		if p, ok := b.(Paragraph); ok && field == "" {
			if fixed < len(oldFixed) && oldFixed[fixed].Text != p.Text && !strings.Contains(p.Text, "\n\n") {
				p.Rev = &Revised{Spans: wordDiff(oldFixed[fixed].Text, p.Text)}
			}
			fixed++
			out = append(out, p)
			continue
		}
		if field == "" {
			out = append(out, b)
			continue
		}
		if done[field] {
			continue // the field's blocks were all written with its first
		}
		done[field] = true
		units := compareUnits(fieldUnits(before, field), fieldUnits(blocks, field))
		out = append(out, regroup(units, field)...)
	}
	return out
}

// fixedParagraphs are the paragraphs of blocks that come from no field.
func fixedParagraphs(blocks []Block) []Paragraph {
	var out []Paragraph
	for _, b := range blocks {
		if p, ok := b.(Paragraph); ok && p.Field == "" {
			out = append(out, p)
		}
	}
	return out
}

func tablesOf(blocks []Block) []Table {
	var out []Table
	for _, b := range blocks {
		if t, ok := b.(Table); ok {
			out = append(out, t)
		}
	}
	return out
}

// compareUnits aligns a field's old and new paragraphs on those equal;
// between two equal ones, the old and new that differ are compared word by
// word pairwise, the rest deleted or inserted whole.
func compareUnits(old, cur []unit) []unit {
	ot, ct := make([]string, len(old)), make([]string, len(cur))
	for i, u := range old {
		ot[i] = u.text
	}
	for i, u := range cur {
		ct[i] = u.text
	}
	var out []unit
	var gapOld, gapCur []unit
	flush := func() {
		n := min(len(gapOld), len(gapCur))
		for i := range n {
			u := gapCur[i]
			u.rev = Revised{Spans: wordDiff(gapOld[i].text, u.text)}
			out = append(out, u)
		}
		for _, u := range gapOld[n:] {
			u.rev = Revised{Change: Deleted, Spans: []Span{{u.text, Deleted}}}
			out = append(out, u)
		}
		for _, u := range gapCur[n:] {
			u.rev = Revised{Change: Inserted, Spans: []Span{{u.text, Inserted}}}
			out = append(out, u)
		}
		gapOld, gapCur = nil, nil
	}
	for _, op := range align(ot, ct) {
		switch op.change {
		case Unchanged:
			flush()
			u := cur[op.cur]
			u.rev = Revised{Spans: []Span{{u.text, Unchanged}}}
			out = append(out, u)
		case Deleted:
			gapOld = append(gapOld, old[op.old])
		case Inserted:
			gapCur = append(gapCur, cur[op.cur])
		}
	}
	flush()
	return out
}

// regroup makes blocks of marked units again: paragraphs, and runs of
// items as lists.
func regroup(units []unit, field string) []Block {
	var out []Block
	for i := 0; i < len(units); {
		u := units[i]
		if !u.item {
			rev := u.rev
			out = append(out, Paragraph{Text: revisedText(rev), Field: field, Rev: &rev})
			i++
			continue
		}
		l := List{Ordered: u.ordered, Field: field}
		for ; i < len(units) && units[i].item && units[i].ordered == u.ordered; i++ {
			l.Items = append(l.Items, revisedText(units[i].rev))
			l.Revs = append(l.Revs, units[i].rev)
		}
		out = append(out, l)
	}
	return out
}

// revisedText is the text a paragraph shows with its marks: the new text,
// and for a deleted paragraph the old one.
func revisedText(r Revised) string {
	var b strings.Builder
	for _, s := range r.Spans {
		if s.Change != Deleted || r.Change == Deleted {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// Shown is the text r shows with its marks: the new text, and for a
// deleted paragraph the old one.
func (r Revised) Shown() string { return revisedText(r) }

// Accepted is the text of r with its changes accepted, Rejected with them
// rejected: the revision's and the filed version's.
func (r Revised) Accepted() string { return r.text(Deleted) }

// Rejected is the text of r with its changes rejected.
func (r Revised) Rejected() string { return r.text(Inserted) }

func (r Revised) text(drop Change) string {
	var b strings.Builder
	for _, s := range r.Spans {
		if s.Change != drop {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// markTable marks t's rows against old's: rows equal kept, the others
// inserted or deleted whole.
func markTable(old *Table, t Table) Table {
	if old == nil {
		return t
	}
	key := func(row []string) string { return strings.Join(row, "\x1f") }
	ok, ck := make([]string, len(old.Rows)), make([]string, len(t.Rows))
	for i, r := range old.Rows {
		ok[i] = key(r)
	}
	for i, r := range t.Rows {
		ck[i] = key(r)
	}
	ops := align(ok, ck)
	changed := false
	for _, op := range ops {
		changed = changed || op.change != Unchanged
	}
	if !changed {
		return t
	}
	rows := make([][]string, 0, len(ops))
	changes := make([]Change, 0, len(ops))
	var fields [][]string // the cells' field paths, row by row as the rows
	for _, op := range ops {
		switch op.change {
		case Deleted:
			rows = append(rows, old.Rows[op.old])
			fields = append(fields, rowFields(old, op.old))
		default:
			rows = append(rows, t.Rows[op.cur])
			fields = append(fields, rowFields(&t, op.cur))
		}
		changes = append(changes, op.change)
	}
	t.Rows, t.RowChanges = rows, changes
	if t.Fields != nil || old.Fields != nil {
		t.Fields = fields
	}
	return t
}

// rowFields are the field paths of row r's cells, nil when t has none.
func rowFields(t *Table, r int) []string {
	if r < len(t.Fields) {
		return t.Fields[r]
	}
	return nil
}

// alignOp is one step of an alignment: an element kept (old and cur
// index), deleted (old) or inserted (cur).
type alignOp struct {
	change   Change
	old, cur int
}

// align is the text layer's alignment of old and cur (text.AlignTokens)
// in the changes of a revision.
func align(old, cur []string) []alignOp {
	steps := text.AlignTokens(old, cur)
	ops := make([]alignOp, len(steps))
	for k, st := range steps {
		change := Unchanged
		switch st.Op {
		case text.Deleted:
			change = Deleted
		case text.Inserted:
			change = Inserted
		}
		ops[k] = alignOp{change, st.Old, st.New}
	}
	return ops
}

// wordDiff compares two texts word by word (text.WordTokens): the spans
// of cur's text and old's deleted words, in reading order.
func wordDiff(old, cur string) []Span {
	a, b := text.WordTokens(old), text.WordTokens(cur)
	var out []Span
	add := func(s string, c Change) {
		if k := len(out) - 1; k >= 0 && out[k].Change == c {
			out[k].Text += s
			return
		}
		out = append(out, Span{s, c})
	}
	for _, op := range align(a, b) {
		switch op.change {
		case Deleted:
			add(a[op.old], Deleted)
		default:
			add(b[op.cur], op.change)
		}
	}
	return out
}

// CheckRevisionBase says, in ui's language, why the draft filed (read from
// the file at path) cannot be the version a revision of cur is compared
// with, or nil when it can: a file of another draft (another ID) would mark
// all of cur as changed, and a draft at MaxRevision has no next number.
// The command line and the GUI refuse with the same words.
func CheckRevisionBase(ui *locales.Localizer, path string, filed, cur *forms.Proposal) error {
	name := filepath.Base(path)
	if filed.ID != cur.ID {
		acronym := filed.FocusGroup.Acronym
		if acronym == "" {
			acronym = filed.ID
		}
		return errors.New(ui.T("ui.revision.otherDraft", map[string]any{"File": name, "Acronym": acronym}))
	}
	if filed.Contribution.Revision >= draftfile.MaxRevision {
		return errors.New(ui.T("ui.revision.last", map[string]any{"File": name, "Revision": filed.Contribution.Revision}))
	}
	return nil
}
