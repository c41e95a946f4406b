package draftfile

import (
	"encoding/json"
	"strconv"
)

// Problem names why a draft file was refused, so that an interface can
// say it in its own language (locales renders it); Error keeps the English
// wording of the CLI. Code compares problems, never the text.
type Problem string

// Why a draft file is refused.
const (
	CannotOpen       Problem = "cannot-open"        // the operating system refused; Detail says why
	NotFound         Problem = "not-found"          // no such file (any more)
	NoPermission     Problem = "no-permission"      // the user may not read it
	NotRegular       Problem = "not-regular"        // a named pipe, a device, a folder
	TooLarge         Problem = "too-large"          // Count bytes, Limit at most
	Empty            Problem = "empty"              // nothing but white space
	NotUTF8          Problem = "not-utf8"           // at the position of the first bad byte
	Syntax           Problem = "syntax"             // not JSON at the position
	Truncated        Problem = "truncated"          // the JSON ends early
	DuplicateMember  Problem = "duplicate-member"   // Value is a member name twice in one object
	TooDeep          Problem = "too-deep"           // lists and objects nested more than Limit levels
	ControlChar      Problem = "control-char"       // a line break or tab inside a string, not escaped
	BadEscape        Problem = "bad-escape"         // a backslash escape JSON does not have
	NotObject        Problem = "not-object"         // the file holds Got, not an object
	NoFormat         Problem = "no-format"          // no "format" member: not an fgdraft file
	NewerFormat      Problem = "newer-format"       // Version is newer than this program reads
	UnknownFormat    Problem = "unknown-format"     // Version is no format fgdraft ever wrote
	WrongType        Problem = "wrong-type"         // Expected, Got
	BadDate          Problem = "bad-date"           // Got is not a date YYYY-MM-DD
	BadValue         Problem = "bad-value"          // Value is not one of Allowed
	BadLanguage      Problem = "bad-language"       // Value is not one of Allowed languages
	NotTextField     Problem = "not-text-field"     // Value is not the path of a free-text field
	NumberRange      Problem = "number-range"       // Got is not a whole number from 0 to Limit
	TooManyItems     Problem = "too-many-items"     // Count items, Limit at most
	StringTooLong    Problem = "string-too-long"    // Count characters, Limit at most
	UnknownField     Problem = "unknown-field"      // Field; Suggestion, More
	NotFormat        Problem = "not-format"         // a contribution whose content is not its Format
	BadContainer     Problem = "bad-container"      // a PDF or Word file that cannot be read; Detail
	BadCharacter     Problem = "bad-character"      // Value the character (U+001B), at character Count of the text
	ChangedSinceRead Problem = "changed-since-read" // another writer replaced the file since it was read
	TooComplex       Problem = "too-complex"        // a PDF that costs more than Limit of Value ("inflated", "objects", "depth") to search
	Internal         Problem = "internal"           // a bug: no decoder for a type
)

// Value names the kind of JSON value a field expects.
type Value string

// The kinds of value a draft's fields take.
const (
	ValueString  Value = "string"
	ValueBool    Value = "bool"
	ValueInteger Value = "integer"
	ValueList    Value = "list"
	ValueObject  Value = "object"
	ValueID      Value = "id"     // a draft ID: letters, digits, '.', '_', '-'
	ValueFormat  Value = "format" // the format version number
)

// Params are the particulars of a Problem; which are set depends
// on the problem (see its comment).
type Params struct {
	Expected   Value
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
