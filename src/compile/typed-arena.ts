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
  private readonly ints = new Blocks((n) => new Int32Array(n));
  private readonly floats = new Blocks((n) => new Float64Array(n));

  /** Room for `n` integers. */
  int32(n: number): Int32Array {
    return this.ints.take(n);
  }

  /** Room for `n` numbers. */
  float64(n: number): Float64Array {
    return this.floats.take(n);
  }
}

/** One kind of typed array: views out of the current block, a new block when it is full. */
class Blocks<A extends Int32Array | Float64Array> {
  private block: A;
  private used = 0;

  constructor(private readonly make: (n: number) => A) {
    this.block = make(0);
  }

  take(n: number): A {
    if (this.used + n > this.block.length) {
      this.block = this.make(Math.max(BLOCK, n));
      this.used = 0;
    }
    const at = this.used;
    this.used = at + n;
    return this.block.subarray(at, at + n) as A;
  }
}
