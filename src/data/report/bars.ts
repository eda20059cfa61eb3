const blocks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A one-line histogram of block characters (▁▂▃▄▅▆▇█), tallest = largest count. */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  if (top <= 0) return values.map(() => ' ').join('');
  return values
    .map((value) =>
      value <= 0
        ? ' '
        : blocks[Math.min(blocks.length - 1, Math.floor((value / top) * (blocks.length - 1) + 0.5))],
    )
    .join('');
}

/** A horizontal bar of `width` cells for a share in [0, 1], with eighth-cell precision. */
export function bar(share: number, width = 20): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  const partial = rest > 0 ? ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][rest]! : '';
  return '█'.repeat(full) + partial;
}
