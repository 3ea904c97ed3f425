// Counts the nodes a value would have if every shared reference (YAML alias) were copied out.

/** Returns the expanded node count, or Infinity once it passes `limit`. Linear in the distinct nodes. */
export function countExpandedNodes(value: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== "object") return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // a cycle counts as unbounded
    let total = 1;
    for (const child of Object.values(node)) {
      total += sizeOf(child);
      if (total > limit) break;
    }
    const size = total > limit ? Infinity : total;
    sizes.set(node, size);
    return size;
  };
  return sizeOf(value);
}
