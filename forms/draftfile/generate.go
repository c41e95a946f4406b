package draftfile

// The JSON Schema of a draft file is generated from the model (package
// forms: its types, json and fg tags, the constants of its enums and the doc
// comments of its fields) and the limits of this package. Run
// `go generate ./...` after changing any of them.
//go:generate go run ../internal/schemagen -dir .. -o ../../docs/draft.schema.json

// The bundled examples are kept in the canonical form of today's model.
//go:generate go run ../internal/reencode ../../assets/example.json ../../examples/*.json
