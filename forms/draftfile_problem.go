package forms

import (
	"encoding/json"
	"strconv"
)

// DraftProblem names why a draft file was refused, so that an interface can
// say it in its own language (locales renders it); Error keeps the English
// wording of the CLI. Code compares problems, never the text.
type DraftProblem string

// Why a draft file is refused.
const (
	DraftCannotOpen      DraftProblem = "cannot-open"      // the operating system refused; Detail says why
	DraftNotFound        DraftProblem = "not-found"        // no such file (any more)
	DraftNoPermission    DraftProblem = "no-permission"    // the user may not read it
	DraftNotRegular      DraftProblem = "not-regular"      // a named pipe, a device, a folder
	DraftTooLarge        DraftProblem = "too-large"        // Count bytes, Limit at most
	DraftEmpty           DraftProblem = "empty"            // nothing but white space
	DraftNotUTF8         DraftProblem = "not-utf8"         // at the position of the first bad byte
	DraftSyntax          DraftProblem = "syntax"           // not JSON at the position
	DraftTruncated       DraftProblem = "truncated"        // the JSON ends early
	DraftDuplicateMember DraftProblem = "duplicate-member" // Value is a member name twice in one object
	DraftTooDeep         DraftProblem = "too-deep"         // lists and objects nested more than Limit levels
	DraftControlChar     DraftProblem = "control-char"     // a line break or tab inside a string, not escaped
	DraftBadEscape       DraftProblem = "bad-escape"       // a backslash escape JSON does not have
	DraftNotObject       DraftProblem = "not-object"       // the file holds Got, not an object
	DraftNoFormat        DraftProblem = "no-format"        // no "format" member: not an fgdraft file
	DraftNewerFormat     DraftProblem = "newer-format"     // Version is newer than this program reads
	DraftUnknownFormat   DraftProblem = "unknown-format"   // Version is no format fgdraft ever wrote
	DraftWrongType       DraftProblem = "wrong-type"       // Expected, Got
	DraftBadDate         DraftProblem = "bad-date"         // Got is not a date YYYY-MM-DD
	DraftBadValue        DraftProblem = "bad-value"        // Value is not one of Allowed
	DraftBadLanguage     DraftProblem = "bad-language"     // Value is not one of Allowed languages
	DraftNotTextField    DraftProblem = "not-text-field"   // Value is not the path of a free-text field
	DraftNumberRange     DraftProblem = "number-range"     // Got is not a whole number from 0 to Limit
	DraftTooManyItems    DraftProblem = "too-many-items"   // Count items, Limit at most
	DraftStringTooLong   DraftProblem = "string-too-long"  // Count characters, Limit at most
	DraftUnknownField    DraftProblem = "unknown-field"    // Field; Suggestion, More
	DraftNotFormat       DraftProblem = "not-format"       // a contribution whose content is not its Format
	DraftBadContainer    DraftProblem = "bad-container"    // a PDF or Word file that cannot be read; Detail
	DraftInternal        DraftProblem = "internal"         // a bug: no decoder for a type
)

// DraftValue names the kind of JSON value a field expects.
type DraftValue string

// The kinds of value a draft's fields take.
const (
	ValueString  DraftValue = "string"
	ValueBool    DraftValue = "bool"
	ValueInteger DraftValue = "integer"
	ValueList    DraftValue = "list"
	ValueObject  DraftValue = "object"
	ValueID      DraftValue = "id"     // a draft ID: letters, digits, '.', '_', '-'
	ValueFormat  DraftValue = "format" // the format version number
)

// DraftParams are the particulars of a DraftProblem; which are set depends
// on the problem (see its comment).
type DraftParams struct {
	Expected   DraftValue
	Got        string   // the value found, as JSON: 12, "x", null, […], {…}
	Value      string   // a refused value, member name or path
	Allowed    []string // the values the field takes
	Suggestion string   // the field path probably meant
	More       int      // further unknown fields beside Field
	Count      int64    // bytes, items or characters found
	Limit      int64    // the most allowed
	Version    string   // a format version found
	Format     string   // a contribution's format: "pdf" or "docx"
	Detail     string   // the operating system's or a library's own words, untranslated
}

// jsonShown writes a decoded JSON value for a reader in any language: lists
// and objects as […] and {…}, the rest as JSON.
func jsonShown(v any) string {
	switch v := v.(type) {
	case []any:
		return "[…]"
	case map[string]any:
		return "{…}"
	case string:
		return strconv.Quote(Clip(v))
	case json.Number, float64, bool, nil:
		return describe(v)
	}
	return describe(v)
}
