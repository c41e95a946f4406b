//go:build !unix

package reopen

import "errors"

func syscallMkfifo(string) error { return errors.New("not supported") }
