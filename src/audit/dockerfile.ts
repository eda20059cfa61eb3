import { isLiteralValue, isSecretName, isUnpinnedImage, shellWords } from './_values.ts';
import type { Report } from './audit-types.ts';
import { auditLaunch } from './model-server.ts';

/** One Dockerfile instruction with its 1-based starting line. */
export interface DockerInstruction {
  keyword: string;
  arguments: string;
  line: number;
}

/** Split a Dockerfile into instructions, joining `\` continuations and dropping comments. */
export function parseDockerfile(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending: DockerInstruction | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (pending === undefined && (line === '' || line.startsWith('#'))) return;
    if (pending !== undefined && line.startsWith('#')) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1) : line;
    if (pending === undefined) {
      const match = /^(\S+)\s*(.*)$/.exec(body);
      pending = { keyword: (match?.[1] ?? '').toUpperCase(), arguments: match?.[2] ?? '', line: index + 1 };
    } else pending.arguments += ` ${body}`;
    if (!continued) {
      instructions.push(pending);
      pending = undefined;
    }
  });
  if (pending) instructions.push(pending);
  return instructions;
}

/** CMD/ENTRYPOINT arguments: JSON array (exec form) or shell form. */
function commandWords(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON: Docker runs it in a shell
    }
  }
  return shellWords(trimmed);
}

/** ENV/ARG pairs: `KEY=value KEY2=value2` or the legacy `KEY value`. */
function pairs(keyword: string, text: string): Array<[string, string | undefined]> {
  if (keyword === 'ENV' && !/^\S+=/.test(text.trim())) {
    const [key, ...rest] = text.trim().split(/\s+/);
    return [[key ?? '', rest.join(' ')]];
  }
  return shellWords(text).map((word) => {
    const equals = word.indexOf('=');
    return equals < 0 ? [word, undefined] : [word.slice(0, equals), word.slice(equals + 1)];
  });
}

/** Risky settings in a Dockerfile; the user, healthcheck and launch checks look at the final stage. */
export function auditDockerfile(text: string, report: Report): void {
  const instructions = parseDockerfile(text);
  const stages: DockerInstruction[][] = [];
  const stageNames = new Set<string>();
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      stages.push([]);
      const words = shellWords(instruction.arguments).filter((word) => !word.startsWith('--'));
      const image = words[0] ?? '';
      if (!stageNames.has(image.toLowerCase()) && isUnpinnedImage(image))
        report('dockerfile.unpinned-image', instruction.line, `FROM ${image}`);
      const asIndex = words.findIndex((word) => word.toUpperCase() === 'AS');
      if (asIndex > 0 && words[asIndex + 1]) stageNames.add(words[asIndex + 1]!.toLowerCase());
    }
    stages[stages.length - 1]?.push(instruction);
    if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
      for (const [key, value] of pairs(instruction.keyword, instruction.arguments)) {
        if (isSecretName(key) && value !== undefined && isLiteralValue(value))
          report('dockerfile.secret-in-env', instruction.line, `${instruction.keyword} ${key}`);
      }
    }
    if (
      instruction.keyword === 'ADD' &&
      /(^|\s)https?:\/\//.test(instruction.arguments) &&
      !/--checksum=/.test(instruction.arguments)
    )
      report(
        'dockerfile.add-url',
        instruction.line,
        `ADD ${instruction.arguments.split(/\s+/).find((word) => /^https?:/.test(word))}`,
      );
    if (
      instruction.keyword === 'RUN' &&
      /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/.test(instruction.arguments)
    )
      report('dockerfile.pipe-to-shell', instruction.line, 'RUN curl|wget ... | sh');
  }
  const final = stages[stages.length - 1] ?? [];
  const fromLine = final[0]?.line;
  const user = final.filter((instruction) => instruction.keyword === 'USER').pop();
  const userName = user?.arguments.trim().split(':')[0];
  if (!user || userName === 'root' || userName === '0')
    report(
      'dockerfile.root-user',
      user?.line ?? fromLine,
      user ? `USER ${user.arguments.trim()}` : 'no USER in the final stage',
    );
  if (
    !final.some(
      (instruction) =>
        instruction.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(instruction.arguments.trim()),
    )
  )
    report('dockerfile.no-healthcheck', fromLine, 'no HEALTHCHECK in the final stage');
  const env: Record<string, string> = {};
  for (const instruction of final) {
    if (instruction.keyword === 'ENV')
      for (const [key, value] of pairs('ENV', instruction.arguments))
        if (value !== undefined) env[key] = value;
  }
  const entrypoint = final.filter((instruction) => instruction.keyword === 'ENTRYPOINT').pop();
  const command = final.filter((instruction) => instruction.keyword === 'CMD').pop();
  const argv = [...commandWords(entrypoint?.arguments ?? ''), ...commandWords(command?.arguments ?? '')];
  const image = shellWords(final[0]?.arguments ?? '').find((word) => !word.startsWith('--'));
  for (const problem of auditLaunch({ argv, env, ...(image ? { image } : {}) }))
    report(problem.ruleId, (command ?? entrypoint ?? final[0])?.line, problem.detail);
}
