// Counts per group for a report that streams: for each group (numbered 0, 1, 2… in the order
// first seen) how many were counted and how many of those were hits (screened and passed, or
// decided and met). A typed array while most numbers are in use, a map once few are (one
// criterion seen for a handful of 100,000 groups): memory follows what was counted, never
// groups × criteria, and no object per group.

/** How much of a dense array may stand empty before the counts move to a map. */
const SPARSE_BELOW = 1 / 4

export class SlotCounts {
  #dense: Uint32Array | null = new Uint32Array(32)
  #index: Map<number, number> | null = null
  #sparse = new Uint32Array(0)
  #used = 0

  /** Groups counted at least once. */
  get used(): number {
    return this.#used
  }

  /** Counts one more for `slot`, and one more hit when `hit`. */
  count(slot: number, hit: boolean): void {
    let at = this.#at(slot)
    if (at < 0) at = this.#add(slot)
    const store = this.#dense ?? this.#sparse
    store[at]!++
    if (hit) store[at + 1]!++
  }

  /** How many were counted for `slot`. */
  n(slot: number): number {
    const at = this.#at(slot)
    return at < 0 ? 0 : (this.#dense ?? this.#sparse)[at]!
  }

  /** How many of those were hits. */
  hits(slot: number): number {
    const at = this.#at(slot)
    return at < 0 ? 0 : (this.#dense ?? this.#sparse)[at + 1]!
  }

  /** Where the pair of `slot` is stored, or -1 when it has none yet. */
  #at(slot: number): number {
    if (this.#dense) return 2 * slot + 1 < this.#dense.length && this.#dense[2 * slot]! > 0 ? 2 * slot : -1
    return this.#index!.get(slot) ?? -1
  }

  #add(slot: number): number {
    this.#used++
    if (this.#dense) {
      if (2 * slot + 1 < this.#dense.length) return 2 * slot
      const length = Math.max(this.#dense.length * 2, 2 * (slot + 1))
      if (length <= 1024 || this.#used >= (length / 2) * SPARSE_BELOW) {
        const grown = new Uint32Array(length)
        grown.set(this.#dense)
        this.#dense = grown
        return 2 * slot
      }
      this.#toSparse()
    }
    const index = this.#index!
    const at = 2 * index.size
    if (at + 1 >= this.#sparse.length) {
      const grown = new Uint32Array(Math.max(32, this.#sparse.length * 2))
      grown.set(this.#sparse)
      this.#sparse = grown
    }
    index.set(slot, at)
    return at
  }

  #toSparse(): void {
    const dense = this.#dense!
    const index = new Map<number, number>()
    const sparse = new Uint32Array(Math.max(32, 4 * this.#used))
    for (let s = 0; 2 * s < dense.length; s++) {
      if (!dense[2 * s]) continue
      const at = 2 * index.size
      sparse[at] = dense[2 * s]!
      sparse[at + 1] = dense[2 * s + 1]!
      index.set(s, at)
    }
    this.#dense = null
    this.#index = index
    this.#sparse = sparse
  }
}
