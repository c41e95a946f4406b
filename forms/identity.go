package forms

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a fresh draft ID: 128 random bits in lower-case hex.
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand.Read does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

// EnsureID gives the proposal a fresh ID when it has none and returns its ID.
// Call it when a new draft is created.
func (p *Proposal) EnsureID() string {
	if p.ID == "" {
		p.ID = NewID()
	}
	return p.ID
}
