// Offsets to 1-based line and column, computed from the text itself.

/** The offset each line starts at. */
export function lineStarts(text: string): Int32Array {
  // In a typed array: a plain array of 100,000 numbers is slow to grow and is one more thing to collect.
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (count === starts.length) {
      const larger = new Int32Array(count * 2);
      larger.set(starts);
      starts = larger;
    }
    starts[count++] = i + 1;
  }
  return starts.subarray(0, count);
}

/** Line and column of `offset`, given the line starts of its text. */
export function positionIn(starts: Int32Array, offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
