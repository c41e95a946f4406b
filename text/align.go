package text

// AlignStep is one step of an alignment of two sequences: an element kept
// (Same, at Old in the old sequence and New in the new), deleted (Old) or
// inserted (New); the index a step has no element in is -1.
type AlignStep struct {
	Op       DiffOp
	Old, New int
}

// maxDiffCells bounds the table an alignment fills (old elements × new
// elements, after their common start and end): beyond it, the differing
// middles are taken as deleted and inserted whole, rather than compared
// at a cost of memory that grows with their product.
const maxDiffCells = 4 << 20

// AlignTokens is a longest common subsequence alignment of old and new, in
// order, deletions before insertions between two kept elements: what a
// word diff (WordDiff), a revision's marks and a table's rows compared
// one by one are made of.
func AlignTokens(old, new []string) []AlignStep {
	n, m := len(old), len(new)
	// the common start and end need no table
	head := 0
	for head < n && head < m && old[head] == new[head] {
		head++
	}
	tail := 0
	for tail < n-head && tail < m-head && old[n-1-tail] == new[m-1-tail] {
		tail++
	}
	var steps []AlignStep
	for i := range head {
		steps = append(steps, AlignStep{Same, i, i})
	}
	a, b := old[head:n-tail], new[head:m-tail]
	if len(a)*len(b) > maxDiffCells {
		for i := range a {
			steps = append(steps, AlignStep{Deleted, head + i, -1})
		}
		for j := range b {
			steps = append(steps, AlignStep{Inserted, -1, head + j})
		}
	} else {
		// lcs[i][j]: the longest common subsequence of a[i:] and b[j:]
		w := len(b) + 1
		lcs := make([]int32, (len(a)+1)*w)
		for i := len(a) - 1; i >= 0; i-- {
			for j := len(b) - 1; j >= 0; j-- {
				if a[i] == b[j] {
					lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
				} else {
					lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
				}
			}
		}
		i, j := 0, 0
		var dels, ins []AlignStep
		flush := func() {
			steps = append(steps, dels...)
			steps = append(steps, ins...)
			dels, ins = nil, nil
		}
		for i < len(a) || j < len(b) {
			switch {
			case i < len(a) && j < len(b) && a[i] == b[j]:
				flush()
				steps = append(steps, AlignStep{Same, head + i, head + j})
				i++
				j++
			case j == len(b) || i < len(a) && lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
				dels = append(dels, AlignStep{Deleted, head + i, -1})
				i++
			default:
				ins = append(ins, AlignStep{Inserted, -1, head + j})
				j++
			}
		}
		flush()
	}
	for k := range tail {
		steps = append(steps, AlignStep{Same, n - tail + k, m - tail + k})
	}
	return steps
}
