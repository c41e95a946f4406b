package forms

// The JSON Schema of a draft file is generated from the model: its types,
// json and fg tags, the constants of its enums and limits, and the doc
// comments of its fields. Run `go generate ./forms` after changing any of them.
//go:generate go run ./internal/schemagen -dir . -o ../docs/draft.schema.json

// The reference of the rules, docs/rules.md and docs/rules.LANG.md, is
// generated from the rule catalogue and the texts of locales/ruledoc.LANG.toml.
//go:generate go run ./internal/rulesdoc -dir ../docs

// The typed field handles (handles_gen.go) are generated from the model's
// json and handle tags.
//go:generate go run ./internal/handlegen -dir .

// The bundled examples are kept in the canonical form of today's model.
//go:generate go run ./internal/reencode ../assets/example.json ../examples/*.json
