package a7

// The reference of the rules, docs/rules.md and docs/rules.LANG.md, is
// generated from the rule catalogue and the texts of locales/ruledoc.LANG.toml.
//go:generate go run ../internal/rulesdoc -dir ../../docs
