//go:build !unix

package regularfile

// openNonBlocking is not needed where named pipes cannot be opened by path
// as files.
const openNonBlocking = 0
