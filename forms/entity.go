package forms

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// EntityKey is the form of an entity's name under which two spellings name
// the same entity; two rows with equal keys are one entity. The key is:
//
//  1. NFKC: composed and decomposed accents are one ("Telecomunicações" in
//     NFC or NFD), full-width letters are letters ("ＡＢＣ" is "ABC");
//  2. case folded ("STRASSE", "straße" and "strasse" are one);
//  3. without format characters (zero-width space, joiners, byte-order
//     mark, soft hyphen);
//  4. split into words at every character that is not a letter, digit or
//     combining mark, so that punctuation and white space count for nothing
//     ("Co., Ltd", "Co. Ltd." and "Co Ltd" are the same words);
//  5. without the legal forms at its end or start (see legalForms):
//     "Example Co., Ltd.", "Example Inc" and "Example" are one entity;
//     a name that is nothing but legal forms keeps them;
//  6. the words joined without spaces, so that "Deutsche Telekom" and
//     "DeutscheTelekom" are one.
//
// A name that is blank gives the empty key.
func EntityKey(name string) string {
	words := entityWords(name)
	stripped := stripLegalForms(words)
	if len(stripped) == 0 {
		stripped = words
	}
	return strings.Join(stripped, "")
}

var entityFold = cases.Fold()

func entityWords(name string) []string {
	s := entityFold.String(norm.NFKC.String(name))
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cf, r):
			// dropped, inside a word or not
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.Is(unicode.M, r):
			w.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return words
}

// legalForms are the legal forms of companies, as words after EntityKey's
// steps 1 to 4: "S.A.S." is the words "s", "a", "s". Longer forms come first
// so that "s a s" is not read as "s a" and a stray "s".
var legalForms = [][]string{
	{"s", "a", "s"}, {"s", "p", "a"}, {"s", "r", "l"}, {"s", "a", "r", "l"}, {"s", "a", "u"},
	{"s", "a"}, {"b", "v"}, {"n", "v"}, {"k", "k"}, {"a", "g"},
	{"ش", "م", "م"}, {"ش", "م", "ع"}, {"ذ", "م", "م"}, {"ش", "ذ", "م", "م"},
	{"inc"}, {"incorporated"}, {"ltd"}, {"limited"}, {"co"}, {"company"}, {"corp"}, {"corporation"},
	{"gmbh"}, {"ag"}, {"sa"}, {"sas"}, {"sau"}, {"sarl"}, {"srl"}, {"spa"}, {"llc"}, {"llp"}, {"lp"},
	{"plc"}, {"bv"}, {"nv"}, {"oy"}, {"oyj"}, {"ab"}, {"as"}, {"asa"}, {"kk"}, {"pty"}, {"pte"},
	{"ооо"}, {"оао"}, {"зао"}, {"пао"}, {"ао"},
}

// cjkLegalForms are legal forms written without a space before (or, for
// 株式会社, also after) the name: they are cut off the last (first) word.
var cjkLegalForms = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社"}

// stripLegalForms removes legal forms from the end of words, then from the
// start, as long as some word is left.
func stripLegalForms(words []string) []string {
	for {
		n := len(words)
		if n == 0 {
			return words
		}
		if f, ok := legalFormAt(words, true); ok && f < n {
			words = words[:n-f]
			continue
		}
		if f, ok := legalFormAt(words, false); ok && f < n {
			words = words[f:]
			continue
		}
		if cut, ok := trimCJKForm(words[n-1], strings.HasSuffix, strings.TrimSuffix); ok {
			words = append(words[:n-1:n-1], cut)
			continue
		}
		if cut, ok := trimCJKForm(words[0], strings.HasPrefix, strings.TrimPrefix); ok {
			words = append([]string{cut}, words[1:]...)
			continue
		}
		return words
	}
}

// legalFormAt reports whether words end (atEnd) or start with a legal form,
// and how many words it has.
func legalFormAt(words []string, atEnd bool) (int, bool) {
	for _, f := range legalForms {
		if len(f) > len(words) {
			continue
		}
		at := 0
		if atEnd {
			at = len(words) - len(f)
		}
		match := true
		for i, w := range f {
			if words[at+i] != w {
				match = false
				break
			}
		}
		if match {
			return len(f), true
		}
	}
	return 0, false
}

func trimCJKForm(word string, has func(s, affix string) bool, trim func(s, affix string) string) (string, bool) {
	for _, f := range cjkLegalForms {
		if has(word, f) && len(word) > len(f) {
			return trim(word, f), true
		}
	}
	return "", false
}

// NearDuplicate reports whether two entity names that are not the same
// entity (their EntityKeys differ) are spelt so alike that one is probably
// a typing slip for the other: the keys differ by one edit (a letter added,
// left out or changed) when the shorter has at least 5 and fewer than 12
// characters, or by at most two edits when it has 12 or more. Shorter keys
// ("KT", "SKT") are too short to tell a slip from another entity.
func NearDuplicate(a, b string) bool {
	ka, kb := EntityKey(a), EntityKey(b)
	if ka == kb {
		return false
	}
	ra, rb := []rune(ka), []rune(kb)
	shorter := min(len(ra), len(rb))
	if shorter < 5 {
		return false
	}
	most := 1
	if shorter >= 12 {
		most = 2
	}
	if len(ra)-len(rb) > most || len(rb)-len(ra) > most {
		return false
	}
	return editDistance(ra, rb) <= most
}

// editDistance is the Levenshtein distance between two rune strings.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
