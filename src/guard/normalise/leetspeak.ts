const leet: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** The letter a leetspeak character stands for, or undefined. */
export function foldLeet(character: string): string | undefined {
  return leet[character];
}

export function isLeetCharacter(character: string): boolean {
  return leet[character] !== undefined;
}
