/** Entries per block an arena hands views out of. */
const BLOCK = 1 << 15;

/**
 * Hands out typed arrays as views into shared blocks. Performance (issue
 * 13): a typed array of its own per text (tens of thousands in a big round)
 * costs a backing store each, allocated and freed outside the heap, and
 * was the better part of reading the replies and weighing their features;
 * a view costs an object only. A block lives as long as any view into it,
 * so an arena suits arrays that live about as long as each other (the
 * texts of one round until it is fitted). A view is filled with zeros.
 */
export class TypedArena {
  private ints = new Int32Array(0);
  private intsUsed = 0;
  private floats = new Float64Array(0);
  private floatsUsed = 0;

  /** Room for `n` integers. */
  int32(n: number): Int32Array {
    if (this.intsUsed + n > this.ints.length) {
      this.ints = new Int32Array(Math.max(BLOCK, n));
      this.intsUsed = 0;
    }
    const at = this.intsUsed;
    this.intsUsed = at + n;
    return this.ints.subarray(at, at + n);
  }

  /** Room for `n` numbers. */
  float64(n: number): Float64Array {
    if (this.floatsUsed + n > this.floats.length) {
      this.floats = new Float64Array(Math.max(BLOCK, n));
      this.floatsUsed = 0;
    }
    const at = this.floatsUsed;
    this.floatsUsed = at + n;
    return this.floats.subarray(at, at + n);
  }
}
