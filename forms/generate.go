package forms

// The typed field handles (handles_gen.go) are generated from the model's
// json and handle tags.
//go:generate go run ./internal/handlegen -dir .
