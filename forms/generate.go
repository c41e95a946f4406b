package forms

// The JSON Schema of a draft file is generated from the model: its types,
// json and fg tags, the constants of its enums and limits, and the doc
// comments of its fields. Run `go generate ./forms` after changing any of them.
//go:generate go run ./internal/schemagen -dir . -o ../docs/draft.schema.json
