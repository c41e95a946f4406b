package locales

import "embed"

// files are the message files as translators edit them, for the tests that
// read them as text (the program itself uses the compiled messages).
//
//go:embed *.toml
var files embed.FS
