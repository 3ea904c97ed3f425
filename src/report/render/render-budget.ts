// What one rendering may produce: bounds templates that multiply output without a loop (nested
// partials, each calling the next many times) as well as loops with huge bodies.

/** Characters of output one rendering may produce, counted as partials and loop items finish (about 50 MB). */
export const MAX_OUTPUT_CHARS = 50 * 1024 * 1024;
/** Partials inside partials: ours nest three deep. */
export const MAX_PARTIAL_DEPTH = 32;
/** Partial calls in one rendering, so that partials producing nothing cannot run forever either. */
export const MAX_PARTIAL_CALLS = 2_000_000;

/** A bound was reached; the renderer names the template it was reached in. */
export class RenderLimitError extends Error {
  constructor(
    readonly messageId: string,
    readonly params: Record<string, number>,
  ) {
    super(messageId);
  }
}

export class RenderBudget {
  private chars = 0;
  private partialDepth = 0;
  private partialCalls = 0;
  /** For each block being rendered, the output its finished inner blocks were already charged for. */
  private readonly charged: number[] = [];

  /** Renders a loop item's body, charging its output. */
  item(render: () => string): string {
    return this.charge(render);
  }

  /** Renders a partial, within the depth and call bounds, charging its output. */
  partial(render: () => string): string {
    if (++this.partialCalls > MAX_PARTIAL_CALLS) throw new RenderLimitError("render.tooManyPartials", { limit: MAX_PARTIAL_CALLS });
    if (this.partialDepth >= MAX_PARTIAL_DEPTH) throw new RenderLimitError("render.partialsTooDeep", { limit: MAX_PARTIAL_DEPTH });
    this.partialDepth++;
    try {
      return this.charge(render);
    } finally {
      this.partialDepth--;
    }
  }

  // Only what a block adds beyond its inner blocks is counted, so nesting counts no character twice.
  private charge(render: () => string): string {
    this.charged.push(0);
    let output: string;
    let inner: number;
    try {
      output = render();
    } finally {
      inner = this.charged.pop() ?? 0;
    }
    const length = typeof output === "string" ? output.length : 0;
    this.chars += Math.max(0, length - inner);
    if (this.charged.length > 0) this.charged[this.charged.length - 1] += length;
    if (this.chars > MAX_OUTPUT_CHARS) throw new RenderLimitError("render.outputTooLarge", { limit: MAX_OUTPUT_CHARS / 1024 / 1024 });
    return output;
  }
}
