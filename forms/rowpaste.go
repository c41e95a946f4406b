package forms

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Rows pasted from a spreadsheet: a spreadsheet copies a range as text, one
// row a line and a tab between cells, and quotes a cell that holds a tab, a
// line break or a quote ("a ""b"""). This file reads such text into the
// items of a list of the draft (supporters, gap-analysis entries): the first
// line, when it is a header, names the columns (by a label in any language
// the caller offers, or by the field's name in the draft file); without one,
// the cells fill the columns in order. Nothing the user pasted is dropped in
// silence: a cell that is no value of its field is kept as text and given a
// reason, a cell no column takes is reported.

// PasteColumn is one column of a table that takes pasted rows.
type PasteColumn struct {
	// Field is the field's name in the draft file ("entity", "country"):
	// a header may name the column by it.
	Field string
	// Names are the other names a header may give the column: its label
	// in each interface language.
	Names []string
	// Required columns are marked when a pasted cell leaves them empty.
	Required bool
	// Read turns a cell's text into the field's value; ok is false when
	// the text is no value of the field. Nil: the text is the value.
	Read func(text string) (value string, ok bool)
}

// PasteProblem says why a cell was not taken as it is.
type PasteProblem int

const (
	// PasteEmpty: a required cell is empty.
	PasteEmpty PasteProblem = iota + 1
	// PasteInvalid: the text is no value of the column's field (no
	// country, no category); the cell keeps the text.
	PasteInvalid
	// PasteNoColumn: the cell is in a column the table does not have (a
	// header that names no field, or more cells than columns).
	PasteNoColumn
)

// PastedCell is one cell of a pasted row, in the column it was matched to.
type PastedCell struct {
	Text    string // as pasted, white space around it trimmed
	Value   string // the field's value (Read's), "" when the text is none
	Problem PasteProblem
}

// PastedRow is one pasted line: a cell for every column of the table, in
// the order of the columns, and the cells no column took.
type PastedRow struct {
	Line  int // the line of the pasted text it came from, from 1
	Cells []PastedCell
	// Extra are the non-empty cells of columns the table does not have,
	// with Problem PasteNoColumn.
	Extra []PastedCell
}

// Pasted is what a paste gives: the rows, and whether the first line was
// read as a header (Unmatched: its names that match no column).
type Pasted struct {
	Rows      []PastedRow
	Header    bool
	Unmatched []string
}

// Problems counts the cells of every row that have a problem.
func (p Pasted) Problems() int {
	n := 0
	for _, r := range p.Rows {
		for _, c := range r.Cells {
			if c.Problem != 0 {
				n++
			}
		}
		n += len(r.Extra)
	}
	return n
}

// maxPasteCells bounds what one paste reads: text from outside is hostile,
// and no list of a proposal is near this size.
const maxPasteCells = 100_000

// ReadPasted reads text copied from a spreadsheet into rows of the columns.
// Blank lines are skipped; a last line break adds no row.
func ReadPasted(text string, cols []PasteColumn) Pasted {
	lines := splitTSV(text)
	var out Pasted
	if len(lines) == 0 {
		return out
	}
	// pos[i] is the column cell i fills, -1 for none.
	pos, header, unmatched := matchHeader(lines[0].cells, cols)
	start := 0
	if header {
		out.Header, out.Unmatched, start = true, unmatched, 1
	}
	for _, l := range lines[start:] {
		row := PastedRow{Line: l.line, Cells: make([]PastedCell, len(cols))}
		for i, text := range l.cells {
			text = strings.TrimSpace(text)
			col := -1
			if i < len(pos) {
				col = pos[i]
			}
			if col < 0 {
				if text != "" {
					row.Extra = append(row.Extra, PastedCell{Text: text, Problem: PasteNoColumn})
				}
				continue
			}
			row.Cells[col] = readCell(cols[col], text)
		}
		for i, c := range cols {
			if c.Required && row.Cells[i].Text == "" {
				row.Cells[i].Problem = PasteEmpty
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

func readCell(c PasteColumn, text string) PastedCell {
	cell := PastedCell{Text: text, Value: text}
	if text == "" || c.Read == nil {
		return cell
	}
	v, ok := c.Read(text)
	cell.Value = v
	if !ok {
		cell.Problem = PasteInvalid
	}
	return cell
}

// matchHeader tells whether the first line is a header and which column
// each of its cells names. It is a header when half or more of its
// non-empty cells, and at least one, name a column; a line that is not
// fills the columns in order.
func matchHeader(first []string, cols []PasteColumn) (pos []int, header bool, unmatched []string) {
	names := map[string]int{}
	for i, c := range cols {
		names[foldName(c.Field)] = i
		for _, n := range c.Names {
			if k := foldName(n); k != "" {
				if _, taken := names[k]; !taken {
					names[k] = i
				}
			}
		}
	}
	pos = make([]int, len(first))
	matched, nonEmpty := 0, 0
	used := map[int]bool{}
	for i, cell := range first {
		pos[i] = -1
		k := foldName(cell)
		if k == "" {
			continue
		}
		nonEmpty++
		if c, ok := names[k]; ok && !used[c] {
			pos[i], used[c] = c, true
			matched++
		} else {
			unmatched = append(unmatched, strings.TrimSpace(cell))
		}
	}
	if matched > 0 && 2*matched >= nonEmpty {
		return pos, true, unmatched
	}
	pos = make([]int, len(first))
	for i := range pos {
		pos[i] = -1
		if i < len(cols) {
			pos[i] = i
		}
	}
	return pos, false, nil
}

var nameFold = cases.Fold()

// foldName is the form under which two spellings of a header are one:
// NFKC, case folded, white space and the punctuation spreadsheets add
// ("Country:", "* Entity") left out.
func foldName(s string) string {
	s = nameFold.String(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == ':' || r == '：' || r == '*' || r == '_' || r == '-':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tsvLine is one line of a tab-separated text and its line number.
type tsvLine struct {
	line  int
	cells []string
}

// splitTSV splits tab-separated text into lines of cells as spreadsheets
// write it: a tab between cells; LF, CR LF or CR between lines; a cell
// that starts with a double quote runs to the next lone quote and may hold
// tabs, line breaks and doubled quotes. Blank lines are dropped. At most
// maxPasteCells cells are read.
func splitTSV(s string) []tsvLine {
	var lines []tsvLine
	var cells []string
	var cell strings.Builder
	line, cellLine, count := 1, 1, 0
	endCell := func() {
		cells = append(cells, cell.String())
		cell.Reset()
		count++
	}
	endLine := func() {
		endCell()
		blank := true
		for _, c := range cells {
			if strings.TrimSpace(c) != "" {
				blank = false
			}
		}
		if !blank {
			lines = append(lines, tsvLine{line: cellLine, cells: cells})
		}
		cells = nil
	}
	atStart := true // at the start of a cell
	for i := 0; i < len(s) && count < maxPasteCells; i++ {
		ch := s[i]
		if atStart && ch == '"' {
			// A quoted cell: up to the closing quote; "" is one quote.
			j := i + 1
			for j < len(s) {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						cell.WriteByte('"')
						j += 2
						continue
					}
					break
				}
				if s[j] == '\n' {
					line++
				}
				cell.WriteByte(s[j])
				j++
			}
			i = j // at the closing quote (or the end)
			atStart = false
			continue
		}
		atStart = false
		switch ch {
		case '\t':
			endCell()
			atStart = true
		case '\r', '\n':
			if ch == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			endLine()
			line++
			cellLine = line
			atStart = true
		default:
			cell.WriteByte(ch)
		}
	}
	if count < maxPasteCells && (cell.Len() > 0 || len(cells) > 0) {
		endLine()
	}
	return lines
}

// WriteTSV writes rows as tab-separated text a spreadsheet reads back: a
// cell that holds a tab, a line break or a double quote, or starts with
// one, is quoted; lines end with CR LF, as spreadsheets copy them.
func WriteTSV(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteByte('\t')
			}
			if strings.ContainsAny(c, "\t\r\n\"") {
				b.WriteByte('"')
				b.WriteString(strings.ReplaceAll(c, `"`, `""`))
				b.WriteByte('"')
			} else {
				b.WriteString(c)
			}
		}
		b.WriteString("\r\n")
	}
	return b.String()
}
