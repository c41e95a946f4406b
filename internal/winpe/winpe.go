// Package winpe reads what a Windows executable tells the system about itself
// — subsystem, icons, application manifest, version information — so that
// `make dist-check` checks both executables of the Windows package on a
// machine that cannot run them.
package winpe

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
)

// Subsystems of the PE optional header (IMAGE_SUBSYSTEM_*).
const (
	SubsystemGUI     uint16 = 2 // no console; the Windows loader opens none
	SubsystemConsole uint16 = 3 // runs in the console it was started from
)

// Resource types (RT_*).
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// Info is what Inspect found.
type Info struct {
	Subsystem uint16
	// IconSizes are the pixel sizes of the images of the first icon group
	// (the one Explorer shows), 256 for a 256×256 image.
	IconSizes []int
	// Icons is the number of RT_ICON images that the icon groups point to
	// and that exist.
	Icons int
	// Manifest is the application manifest (RT_MANIFEST 1), "" when none.
	Manifest string
	// FileVersion and ProductVersion are the fixed version numbers of the
	// version resource (VS_FIXEDFILEINFO), e.g. [0 1 0 1].
	FileVersion, ProductVersion [4]uint16
	// Strings are the version resource's StringFileInfo values, by key
	// ("ProductName", "ProductVersion", …).
	Strings map[string]string
	// Sections are the names of the file's sections (".text", ".rsrc", …).
	Sections []string
}

// Inspect reads the PE file at path.
func Inspect(path string) (Info, error) {
	f, err := pe.Open(path)
	if err != nil {
		return Info{}, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	info, err := inspect(f)
	if err != nil {
		return Info{}, fmt.Errorf("%s: %w", path, err)
	}
	return info, nil
}

func inspect(f *pe.File) (Info, error) {
	var info Info
	switch oh := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		info.Subsystem = oh.Subsystem
	case *pe.OptionalHeader32:
		info.Subsystem = oh.Subsystem
	default:
		return info, errors.New("no optional header: not an executable")
	}
	for _, s := range f.Sections {
		info.Sections = append(info.Sections, s.Name)
	}
	rsrc := f.Section(".rsrc")
	if rsrc == nil {
		return info, errors.New("no resource section (.rsrc)")
	}
	data, err := rsrc.Data()
	if err != nil {
		return info, fmt.Errorf("resource section: %w", err)
	}
	res := resources{data: data, base: rsrc.VirtualAddress}
	entries, err := res.leaves()
	if err != nil {
		return info, err
	}
	icons := map[uint32][]byte{}
	var groups [][]byte
	for _, e := range entries {
		switch e.typ {
		case rtIcon:
			icons[e.name] = e.data
		case rtGroupIcon:
			groups = append(groups, e.data)
		case rtManifest:
			if info.Manifest == "" {
				info.Manifest = string(e.data)
			}
		case rtVersion:
			if err := parseVersion(e.data, &info); err != nil {
				return info, fmt.Errorf("version resource: %w", err)
			}
		}
	}
	for i, g := range groups {
		sizes, ids, err := parseIconGroup(g)
		if err != nil {
			return info, fmt.Errorf("icon group: %w", err)
		}
		if i == 0 {
			info.IconSizes = sizes
		}
		for _, id := range ids {
			if _, ok := icons[uint32(id)]; ok {
				info.Icons++
			}
		}
	}
	return info, nil
}

// leaf is one resource: type, name (numeric ID), and its bytes.
type leaf struct {
	typ, name uint32
	data      []byte
}

// resources is the .rsrc section: a three-level directory (type, name,
// language) whose data entries give addresses relative to the image base.
type resources struct {
	data []byte
	base uint32 // the section's virtual address
}

func (r resources) u16(off uint32) (uint16, error) {
	if int(off)+2 > len(r.data) {
		return 0, fmt.Errorf("offset %#x past the resource section", off)
	}
	return binary.LittleEndian.Uint16(r.data[off:]), nil
}

func (r resources) u32(off uint32) (uint32, error) {
	if int(off)+4 > len(r.data) {
		return 0, fmt.Errorf("offset %#x past the resource section", off)
	}
	return binary.LittleEndian.Uint32(r.data[off:]), nil
}

// dir lists the entries of the directory at off: (id, offset, isDir).
// Named entries (strings instead of IDs) get id 0; fgdraft uses IDs only.
func (r resources) dir(off uint32) ([][3]uint32, error) {
	named, err := r.u16(off + 12)
	if err != nil {
		return nil, err
	}
	ids, err := r.u16(off + 14)
	if err != nil {
		return nil, err
	}
	var out [][3]uint32
	for i := uint32(0); i < uint32(named)+uint32(ids); i++ {
		e := off + 16 + 8*i
		name, err := r.u32(e)
		if err != nil {
			return nil, err
		}
		target, err := r.u32(e + 4)
		if err != nil {
			return nil, err
		}
		id := name
		if name&0x80000000 != 0 {
			id = 0
		}
		isDir := uint32(0)
		if target&0x80000000 != 0 {
			isDir = 1
		}
		out = append(out, [3]uint32{id, target &^ 0x80000000, isDir})
	}
	return out, nil
}

// leaves walks type → name → language and returns every resource.
func (r resources) leaves() ([]leaf, error) {
	types, err := r.dir(0)
	if err != nil {
		return nil, err
	}
	var out []leaf
	for _, t := range types {
		if t[2] == 0 {
			continue
		}
		names, err := r.dir(t[1])
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if n[2] == 0 {
				continue
			}
			langs, err := r.dir(n[1])
			if err != nil {
				return nil, err
			}
			for _, l := range langs {
				if l[2] != 0 {
					continue
				}
				rva, err := r.u32(l[1])
				if err != nil {
					return nil, err
				}
				size, err := r.u32(l[1] + 4)
				if err != nil {
					return nil, err
				}
				start := rva - r.base
				if rva < r.base || uint64(start)+uint64(size) > uint64(len(r.data)) {
					return nil, fmt.Errorf("resource %d/%d lies outside the resource section", t[0], n[0])
				}
				out = append(out, leaf{typ: t[0], name: n[0], data: r.data[start : start+size]})
			}
		}
	}
	return out, nil
}

// parseIconGroup reads a GRPICONDIR: the images' sizes and their RT_ICON IDs.
func parseIconGroup(b []byte) (sizes []int, ids []uint16, err error) {
	if len(b) < 6 {
		return nil, nil, errors.New("too short")
	}
	n := int(binary.LittleEndian.Uint16(b[4:]))
	if len(b) < 6+14*n {
		return nil, nil, fmt.Errorf("%d images announced, room for fewer", n)
	}
	for i := range n {
		e := b[6+14*i:]
		w := int(e[0])
		if w == 0 {
			w = 256 // a width byte of 0 means 256
		}
		sizes = append(sizes, w)
		ids = append(ids, binary.LittleEndian.Uint16(e[12:]))
	}
	return sizes, ids, nil
}

// parseVersion reads a VS_VERSIONINFO block: the fixed file info and the
// strings of its StringFileInfo.
func parseVersion(b []byte, info *Info) error {
	root, err := readBlock(b)
	if err != nil {
		return err
	}
	if root.key != "VS_VERSION_INFO" {
		return fmt.Errorf("root block is %q, not VS_VERSION_INFO", root.key)
	}
	if len(root.value) >= 52 {
		v := root.value
		if binary.LittleEndian.Uint32(v) != 0xFEEF04BD {
			return errors.New("VS_FIXEDFILEINFO has a wrong signature")
		}
		hi, lo := binary.LittleEndian.Uint32(v[8:]), binary.LittleEndian.Uint32(v[12:])
		info.FileVersion = [4]uint16{uint16(hi >> 16), uint16(hi), uint16(lo >> 16), uint16(lo)}
		hi, lo = binary.LittleEndian.Uint32(v[16:]), binary.LittleEndian.Uint32(v[20:])
		info.ProductVersion = [4]uint16{uint16(hi >> 16), uint16(hi), uint16(lo >> 16), uint16(lo)}
	}
	info.Strings = map[string]string{}
	for _, c := range root.children {
		if c.key != "StringFileInfo" {
			continue
		}
		for _, table := range c.children {
			for _, s := range table.children {
				info.Strings[s.key] = utf16String(s.value)
			}
		}
	}
	return nil
}

// block is one node of a version resource: wLength, wValueLength, wType,
// szKey, padding, Value, padding, Children.
type block struct {
	key      string
	value    []byte
	children []block
}

func readBlock(b []byte) (block, error) {
	if len(b) < 6 {
		return block{}, io.ErrUnexpectedEOF
	}
	length := int(binary.LittleEndian.Uint16(b))
	valueLen := int(binary.LittleEndian.Uint16(b[2:]))
	text := binary.LittleEndian.Uint16(b[4:]) == 1
	if length < 6 || length > len(b) {
		return block{}, fmt.Errorf("block length %d out of range", length)
	}
	b = b[:length]
	off := 6
	var key []uint16
	for off+2 <= len(b) {
		c := binary.LittleEndian.Uint16(b[off:])
		off += 2
		if c == 0 {
			break
		}
		key = append(key, c)
	}
	off = align4(off)
	blk := block{key: string(utf16.Decode(key))}
	if text {
		valueLen *= 2 // counted in WCHARs
	}
	if off+valueLen > len(b) {
		return block{}, fmt.Errorf("value of %q past its block", blk.key)
	}
	blk.value = b[off : off+valueLen]
	off = align4(off + valueLen)
	for off+6 <= len(b) {
		c, err := readBlock(b[off:])
		if err != nil {
			return block{}, fmt.Errorf("in %q: %w", blk.key, err)
		}
		blk.children = append(blk.children, c)
		off = align4(off + int(binary.LittleEndian.Uint16(b[off:])))
	}
	return blk, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

func utf16String(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := binary.LittleEndian.Uint16(b[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}
