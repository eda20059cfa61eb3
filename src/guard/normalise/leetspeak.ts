const leet = new Map<number, number>(
  Object.entries({
    '0': 'o',
    '1': 'i',
    '3': 'e',
    '4': 'a',
    '5': 's',
    '7': 't',
    '8': 'b',
    '9': 'g',
    '+': 't',
    '€': 'e',
    '@': 'a',
    $: 's',
    '!': 'i',
    '|': 'l',
  }).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** The letter (UTF-16 unit) a leetspeak character stands for, or undefined. */
export function foldLeet(unit: number): number | undefined {
  return leet.get(unit);
}

export function isLeetCharacter(unit: number): boolean {
  return leet.has(unit);
}
