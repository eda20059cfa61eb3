import { envFromList, shellWords } from './_values.ts';
import type { Report } from './audit-types.ts';
import { auditLaunch } from './model-server.ts';

/** A line of a script (or a unit file's ExecStart) that starts a model server or sets its environment. */
const launchWords =
  /\b(vllm|text-generation-launcher|tritonserver|ollama|OLLAMA_[A-Z]+=|docker\s+run|podman\s+run)\b/;

/** `docker run` options that take the next word as their value. */
const valueFlags = new Set([
  '-v',
  '--volume',
  '--name',
  '--gpus',
  '-w',
  '--workdir',
  '--ipc',
  '--shm-size',
  '--runtime',
  '--network',
  '-u',
  '--user',
  '--entrypoint',
  '--restart',
  '-m',
  '--memory',
  '--cpus',
  '--mount',
  '-l',
  '--label',
  '--device',
  '--env-file',
  '--platform',
  '--pull',
  '--hostname',
  '-h',
]);

/** Whether a text file holds model-server launches worth auditing. */
export function looksLikeLaunchScript(text: string): boolean {
  return launchWords.test(text);
}

/** Model-server launch settings in a shell script: `export K=V`, `K=V command`, `docker run -e K=V image ...`. */
export function auditShellScript(text: string, report: Report): void {
  const env: Record<string, string> = {};
  const reported = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let line = lines[index]!;
    while (line.trimEnd().endsWith('\\') && index + 1 < lines.length)
      line = `${line.trimEnd().slice(0, -1)} ${lines[++index]}`;
    const trimmed = line.replace(/^\s*ExecStart=/, '').trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const words = shellWords(trimmed);
    if (words[0] === 'export') {
      Object.assign(env, envFromList(words.slice(1)));
      continue;
    }
    let first = 0;
    const local: Record<string, string> = { ...env };
    while (first < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[first]!)) {
      Object.assign(local, envFromList([words[first]!]));
      first++;
    }
    if (first === words.length) {
      Object.assign(env, local);
      continue;
    }
    const argv = words.slice(first);
    let image: string | undefined;
    let published = false;
    if ((argv[0] === 'docker' || argv[0] === 'podman') && argv[1] === 'run') {
      for (let position = 2; position < argv.length; position++) {
        const word = argv[position]!;
        if (word === '-e' || word === '--env') Object.assign(local, envFromList([argv[++position] ?? '']));
        else if (word.startsWith('--env=')) Object.assign(local, envFromList([word.slice(6)]));
        else if (word === '-p' || word === '--publish')
          published ||= !/^127\.0\.0\.1:/.test(argv[++position] ?? '');
        else if (word === '--network=host' || (word === '--network' && argv[position + 1] === 'host')) {
          published = true;
          if (word === '--network') position++;
        } else if (valueFlags.has(word)) position++;
        else if (!word.startsWith('-') && image === undefined && /[/:]|^[a-z0-9.-]+$/.test(word)) {
          image = word;
          argv.splice(0, position + 1);
          break;
        }
      }
    }
    for (const problem of auditLaunch({ argv, env: local, published, ...(image ? { image } : {}) })) {
      // An exported variable applies to every later command: report it once, at its first use.
      const key = `${problem.ruleId}:${problem.detail}`;
      if (problem.ruleId.startsWith('model-server.ollama') && reported.has(key)) continue;
      reported.add(key);
      report(problem.ruleId, start + 1, problem.detail);
    }
  }
}
