package forms

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// What a field of the proposer's says, decided in one place: whether it is
// blank (Blank), whether it holds a placeholder or filler instead of content
// (Filler), and whether it says something (Present). The A.7 rules, the
// document builder and the GUI ask these; nothing else decides what "empty"
// or "a placeholder" means.

// Blank reports whether s shows nothing: it holds only white space and
// format characters (zero-width space, joiners, byte-order mark …).
func Blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// Present reports whether s says something: it is not blank and not a
// placeholder or filler (see Filler), whatever the field's role. A field
// whose role asks for more uses Says.
func Present(s string) bool { return !Blank(s) && Filler(s, RoleName) == NoFiller }

// Says reports whether s is content enough for a field of the given role:
// not blank, no placeholder, no filler, not too little (see Role).
func Says(s string, role Role) bool { return !Blank(s) && Filler(s, role) == NoFiller }

// Role is how much a field must say to be more than a placeholder. The
// thresholds count letters and digits only (spaces and punctuation say
// nothing); a Han, kana or Hangul character weighs 2.5 letters, as Chinese
// and Japanese say in one character what alphabetic scripts say in two or
// three.
type Role int

// Roles, from the least demanding to the most. The documented thresholds:
const (
	// RoleName: a person's or entity's name, a title, a keyword, a place
	// (fields of kind name or line): at least 2 letters or 1 CJK character
	// ("Li", "AI", "王").
	RoleName Role = iota
	// RoleText: prose that states something (kind prose): at least 8
	// letters or 4 CJK characters ("Confirmed", "由成员承办"); "Yes", "OK"
	// and "见上" are too little.
	RoleText
	// RoleArgument: prose that must argue a case (the statement of interest,
	// the urgent market need, the statement that no other body works on the
	// topic): about 100 characters, spaces not counted, or two sentences of
	// 60 (about 40 Chinese characters). Unlike the others, this threshold
	// counts punctuation too, as the statement of interest always has.
	RoleArgument
)

// RoleOf is the role of a field of the given kind, unless a rule asks more
// of it: prose states something, names and lines name something; the other
// kinds (codes, countries, phone numbers, e-mail addresses) are not free
// text and have no role (ok is false).
func RoleOf(k FieldKind) (r Role, ok bool) {
	switch k {
	case KindProse:
		return RoleText, true
	case KindName, KindLine:
		return RoleName, true
	}
	return 0, false
}

// FillerKind says why a text is not content.
type FillerKind int

// Kinds of filler.
const (
	NoFiller    FillerKind = iota
	Placeholder            // a known placeholder ("TBD", "N/A", "…", "-", "待定"), or no letter or digit at all
	Repetition             // one character or word repeated ("xxxxxx", "TBD. TBD. TBD.", "abcabcabc")
	LoremIpsum             // lorem ipsum anywhere in the text
	TooLittle              // too little for the field's role
)

// Weights of the substance thresholds, in half letters.
const (
	letterWeight = 2
	cjkWeight    = 5
	// Thresholds per role (see Role).
	nameWeight         = 4
	textWeight         = 16
	argumentWeight     = 200 // 100 characters
	twoSentencesWeight = 120 // 60 characters in at least two sentences
)

// Filler tells whether s, a field of the given role, holds a placeholder or
// filler instead of content, and which. A blank text is no filler (it is
// blank: see Blank). The whole text is read, however long: lorem ipsum after
// a real sentence is found.
func Filler(s string, role Role) FillerKind {
	if Blank(s) {
		return NoFiller
	}
	a := analyse(s)
	switch {
	case a.letters == 0:
		return Placeholder
	case placeholders[a.norm] || a.words > 0 && a.placeholderWords == a.words:
		return Placeholder
	case strings.Contains(a.norm, "loremipsum") || strings.Contains(a.norm, "dolorsitamet"):
		return LoremIpsum
	case a.repeated():
		return Repetition
	}
	switch role {
	case RoleName:
		if a.weight < nameWeight {
			return TooLittle
		}
	case RoleText:
		if a.weight < textWeight {
			return TooLittle
		}
	case RoleArgument:
		if a.charWeight < argumentWeight && (a.sentences < 2 || a.charWeight < twoSentencesWeight) {
			return TooLittle
		}
	}
	return NoFiller
}

// textAnalysis is what Filler reads off a text in one pass.
type textAnalysis struct {
	norm             string // letters and digits only, NFKC, lower case
	letters          int    // letters and digits
	weight           int    // letters and digits, in half letters (see Role)
	charWeight       int    // every character but spaces, in half letters
	words            int    // runs of letters and digits
	placeholderWords int    // words that are placeholders on their own
	sentences        int    // sentences of at least three letters
}

func analyse(s string) textAnalysis {
	s = norm.NFKC.String(s)
	var a textAnalysis
	var b, word strings.Builder
	b.Grow(len(s))
	inSentence := 0
	endWord := func() {
		if word.Len() == 0 {
			return
		}
		a.words++
		if placeholders[word.String()] {
			a.placeholderWords++
		}
		word.Reset()
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			b.WriteRune(r)
			word.WriteRune(r)
			a.letters++
			inSentence++
			w := letterWeight
			if isCJK(r) {
				w = cjkWeight
			}
			a.weight += w
			a.charWeight += w
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
			// Vowel marks and format characters belong to the word they are in.
		default:
			endWord()
			if !unicode.IsSpace(r) {
				a.charWeight += letterWeight
			}
			if isSentenceEnd(r) {
				if inSentence >= 3 {
					a.sentences++
				}
				inSentence = 0
			}
		}
	}
	endWord()
	if inSentence >= 3 {
		a.sentences++ // a last sentence without a full stop
	}
	a.norm = b.String()
	return a
}

// repeated reports whether the letters of the text are one unit repeated:
// one letter three times or more ("xxx", "———" has no letters and is a
// placeholder already), two letters "xx", "хх" of the usual filler letters,
// or a longer unit at least three times ("tbdtbdtbd", "abcabcabc"). Two
// repetitions of a longer unit are names ("Lulu", "丽丽").
func (a textAnalysis) repeated() bool {
	rs := []rune(a.norm)
	n := len(rs)
	if n == 2 && rs[0] == rs[1] {
		switch rs[0] {
		case 'x', 'y', 'z', 'a', 'х':
			return true
		}
		return false
	}
	if n < 3 {
		return false
	}
	for unit := 1; unit*3 <= n; unit++ {
		if n%unit != 0 {
			continue
		}
		periodic := true
		for i := unit; i < n; i++ {
			if rs[i] != rs[i-unit] {
				periodic = false
				break
			}
		}
		if periodic {
			return true
		}
	}
	return false
}

// placeholders are texts (NFKC, lower case, letters and digits only) that
// hold a place instead of saying something, in the six languages.
var placeholders = map[string]bool{
	// English
	"tbd": true, "tbc": true, "tba": true, "todo": true, "fixme": true, "na": true, "nd": true,
	"none": true, "nil": true, "null": true, "test": true, "text": true, "placeholder": true,
	"pending": true, "unknown": true, "notapplicable": true, "notavailable": true,
	"tobedefined": true, "tobedetermined": true, "tobecompleted": true, "tobeconfirmed": true,
	"tobeprovided": true, "tobeadded": true, "tobewritten": true, "tobedecided": true,
	"tobeannounced": true, "inserttexthere": true, "texthere": true,
	// French
	"àcompléter": true, "àdéfinir": true, "àpréciser": true, "àconfirmer": true,
	"àdéterminer": true, "àvenir": true, "néant": true, "sansobjet": true, "nonapplicable": true,
	"nc": true,
	// Spanish
	"pordefinir": true, "porcompletar": true, "pordeterminar": true, "porconfirmar": true,
	"pendiente": true, "noaplica": true, "nodisponible": true, "ninguno": true,
	// Russian
	"уточняется": true, "будетуточнено": true, "будетдобавлено": true, "будетопределено": true,
	"нетданных": true, "нд": true, "нет": true, "неприменимо": true, "тбд": true,
	"уточнить": true, "заполнить": true,
	// Chinese
	"待定": true, "待补充": true, "待填写": true, "待完善": true, "待确认": true, "略": true,
	"无": true, "暂无": true, "不适用": true, "此处填写": true, "未定": true,
	// Arabic (vowel marks are left out: "يُحدد لاحقاً" is "يحددلاحقا")
	"يحددلاحقا": true, "سيحددلاحقا": true, "قيدالإعداد": true, "لاينطبق": true,
	"غيرمتوفر": true, "لايوجد": true,
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '؟', '；', ';':
		return true
	}
	return false
}

// isCJK reports whether r is a Han, kana or Hangul character.
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// Quote is how a finding names the text it found, for the reader to
// recognise it: trimmed, and cut after 24 characters.
func Quote(s string) string {
	s = strings.TrimSpace(s)
	const most = 24
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	rs := []rune(s)
	return strings.TrimSpace(string(rs[:most])) + "…"
}
