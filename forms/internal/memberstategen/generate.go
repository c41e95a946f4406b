package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The files read and written, relative to the repository's root.
const (
	StatesFile      = "forms/memberstate/states.tsv"
	TerritoriesFile = "forms/memberstate/territories.tsv"
	TableFile       = "forms/memberstate/table_gen.go"
	NamesFile       = "locales/countries_gen.go"
)

// MemberStateCount is how many Member States ITU has; a states file with
// another number of rows is a mistake.
const MemberStateCount = 194

// langs are the languages of the name columns, in their order.
var langs = [6]string{"ar", "zh", "en", "fr", "ru", "es"}

// place is one row of either source file.
type place struct {
	code  string
	state string // for a territory: its Member State, "" for none
	names [6]string
}

// Write generates both tables and writes them under root.
func Write(root string) error {
	table, names, err := Generate(root)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(root, TableFile), table, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, NamesFile), names, 0o644)
}

// Generate reads the source files under root and returns the Go source of
// the rules' table and of the names table.
func Generate(root string) (table, names []byte, err error) {
	states, err := readStates(filepath.Join(root, StatesFile))
	if err != nil {
		return nil, nil, err
	}
	territories, err := readTerritories(filepath.Join(root, TerritoriesFile), states)
	if err != nil {
		return nil, nil, err
	}
	if table, err = tableSource(states, territories); err != nil {
		return nil, nil, err
	}
	if names, err = namesSource(states, territories); err != nil {
		return nil, nil, err
	}
	return table, names, nil
}

// readRows reads the tab-separated rows of a source file, skipping comments
// and blank lines, each with its line number.
func readRows(path string) ([][]string, []int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var rows [][]string
	var lines []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
		lines = append(lines, n)
	}
	return rows, lines, sc.Err()
}

// validCode reports whether code is two upper-case ASCII letters.
func validCode(code string) bool {
	return len(code) == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z'
}

// readNames checks and copies six names.
func readNames(cols []string) ([6]string, error) {
	var out [6]string
	for i, n := range cols {
		if n != strings.TrimSpace(n) || n == "" {
			return out, fmt.Errorf("%s name %q is empty or has spaces around it", langs[i], n)
		}
		out[i] = n
	}
	return out, nil
}

func readStates(path string) ([]place, error) {
	rows, lines, err := readRows(path)
	if err != nil {
		return nil, err
	}
	out := make([]place, 0, len(rows))
	for i, cols := range rows {
		if len(cols) != 7 || !validCode(cols[0]) {
			return nil, fmt.Errorf("%s:%d: want a two-letter code and six names, tab-separated", path, lines[i])
		}
		names, err := readNames(cols[1:])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, lines[i], err)
		}
		if i > 0 && out[i-1].code >= cols[0] {
			return nil, fmt.Errorf("%s:%d: %s is out of order or repeated", path, lines[i], cols[0])
		}
		out = append(out, place{code: cols[0], names: names})
	}
	if len(out) != MemberStateCount {
		return nil, fmt.Errorf("%s: %d Member States, want %d", path, len(out), MemberStateCount)
	}
	return out, nil
}

func readTerritories(path string, states []place) ([]place, error) {
	rows, lines, err := readRows(path)
	if err != nil {
		return nil, err
	}
	isState := func(code string) bool {
		_, ok := slices.BinarySearchFunc(states, code, func(p place, c string) int { return strings.Compare(p.code, c) })
		return ok
	}
	out := make([]place, 0, len(rows))
	for i, cols := range rows {
		if (len(cols) != 2 && len(cols) != 8) || !validCode(cols[0]) {
			return nil, fmt.Errorf("%s:%d: want a two-letter code, a Member State or \"-\", and no names or six", path, lines[i])
		}
		t := place{code: cols[0], state: cols[1]}
		switch {
		case isState(t.code):
			return nil, fmt.Errorf("%s:%d: %s is a Member State", path, lines[i], t.code)
		case t.state == "-":
			t.state = ""
		case !isState(t.state):
			return nil, fmt.Errorf("%s:%d: %s is not a Member State", path, lines[i], t.state)
		}
		if i > 0 && out[i-1].code >= t.code {
			return nil, fmt.Errorf("%s:%d: %s is out of order or repeated", path, lines[i], t.code)
		}
		if len(cols) == 8 {
			if t.names, err = readNames(cols[2:]); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, lines[i], err)
			}
		} else if t.names, err = cldrNames(t.code); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, lines[i], err)
		}
		out = append(out, t)
	}
	return out, nil
}

// cldrNames are CLDR's names of a territory that the source file does not
// name itself.
func cldrNames(code string) ([6]string, error) {
	var out [6]string
	r, err := language.ParseRegion(code)
	if err != nil {
		return out, fmt.Errorf("%s: %w", code, err)
	}
	for i, l := range langs {
		if out[i] = display.Regions(language.MustParse(l)).Name(r); out[i] == "" {
			return out, fmt.Errorf("%s: CLDR has no %s name; give the six names in the file", code, l)
		}
	}
	return out, nil
}

func tableSource(states, territories []place) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by forms/internal/memberstategen from states.tsv and territories.tsv; DO NOT EDIT.\n\npackage memberstate\n\n")
	b.WriteString("// memberStates are the ISO 3166-1 alpha-2 codes of the ITU Member States, sorted.\n")
	b.WriteString("var memberStates = [...]string{\n")
	for i, s := range states {
		if i%12 == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(&b, "%q,", s.code)
		if i%12 == 11 || i == len(states)-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
	b.WriteString("// territories are the other codes of places, sorted, each with the Member\n// State it belongs to (\"\" for none).\n")
	b.WriteString("var territories = [...]territory{\n")
	for _, t := range territories {
		fmt.Fprintf(&b, "\t{%q, %q},\n", t.code, t.state)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

func namesSource(states, territories []place) ([]byte, error) {
	all := append(slices.Clone(states), territories...)
	slices.SortFunc(all, func(a, b place) int { return strings.Compare(a.code, b.code) })
	var b bytes.Buffer
	b.WriteString("// Code generated by forms/internal/memberstategen from forms/memberstate/states.tsv and territories.tsv; DO NOT EDIT.\n\npackage locales\n\n")
	b.WriteString("// countryNames are the names of the ITU Member States and of the territories\n")
	b.WriteString("// by ISO 3166-1 alpha-2 code, in the languages of countryColumn; sorted by code.\n")
	b.WriteString("var countryNames = [...]countryRow{\n")
	for _, p := range all {
		fmt.Fprintf(&b, "\t{%q, [6]string{", p.code)
		for i, n := range p.names {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", n)
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n\n")
	b.WriteString("// countryColumn is the column of lang in countryNames, -1 for none.\nfunc countryColumn(lang string) int {\n\tswitch lang {\n")
	for i, l := range langs {
		fmt.Fprintf(&b, "\tcase %q:\n\t\treturn %d\n", l, i)
	}
	b.WriteString("\t}\n\treturn -1\n}\n")
	return format.Source(b.Bytes())
}
