/** Every value of a repeatable flag (`--ignore-paths a --ignore-paths b`, or `--ignore-paths=a`). */
export function repeatedFlag(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let index = 0; index < rawArgs.length; index++) {
    const arg = rawArgs[index]!;
    if (arg === `--${name}` && index + 1 < rawArgs.length) values.push(rawArgs[++index]!);
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  }
  return values;
}
