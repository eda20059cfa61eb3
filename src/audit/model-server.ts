import { flagValue, hasFlag, isLoopback } from './_values.ts';

/** How a model server is started: its arguments, environment and (when known) image. */
export interface LaunchSettings {
  argv: readonly string[];
  env: Readonly<Record<string, string>>;
  image?: string;
  /** Ports are published beyond the container (compose `ports`, docker -p). */
  published?: boolean;
}

/** A risky model-server setting: the rule id and what exactly was seen. */
export interface LaunchProblem {
  ruleId: string;
  detail: string;
}

function words(settings: LaunchSettings): string {
  return [settings.image ?? '', ...settings.argv].join(' ');
}

function isVllm(settings: LaunchSettings): boolean {
  const text = words(settings);
  return (
    (/(^|[\s/])vllm(\s|$)/.test(text) && settings.argv.includes('serve')) ||
    text.includes('vllm.entrypoints.openai.api_server') ||
    /(^|\/)vllm\/vllm-openai/.test(settings.image ?? '')
  );
}

function isTgi(settings: LaunchSettings): boolean {
  return (
    words(settings).includes('text-generation-launcher') ||
    /text-generation-inference/.test(settings.image ?? '')
  );
}

function isTriton(settings: LaunchSettings): boolean {
  return (
    settings.argv.some((arg) => /(^|\/)tritonserver$/.test(arg)) || /tritonserver/.test(settings.image ?? '')
  );
}

function isOllama(settings: LaunchSettings): boolean {
  return /(^|\/)ollama\/ollama/.test(settings.image ?? '') || /(^|\/)ollama$/.test(settings.argv[0] ?? '');
}

/** OLLAMA_HOST's host part is every interface ("0.0.0.0", "::", ":11434"). */
function ollamaAllInterfaces(value: string): boolean {
  const host = value.replace(/^https?:\/\//, '').replace(/:\d+$/, '');
  return host === '' || host === '0.0.0.0' || host === '::' || host === '[::]';
}

function disabled(argv: readonly string[], name: string): boolean {
  return /^(false|0|off|no)$/i.test(flagValue(argv, name) ?? '');
}

/** The risky settings of a vLLM, TGI, Triton or Ollama launch; empty for anything else. */
export function auditLaunch(settings: LaunchSettings): LaunchProblem[] {
  const problems: LaunchProblem[] = [];
  const { argv, env } = settings;
  if (hasFlag(argv, '--trust-remote-code'))
    problems.push({ ruleId: 'model-server.trust-remote-code', detail: '--trust-remote-code' });
  if (isVllm(settings)) {
    const host = flagValue(argv, '--host');
    const keyed = hasFlag(argv, '--api-key') || Boolean(env.VLLM_API_KEY);
    if ((host === undefined || !isLoopback(host)) && !keyed)
      problems.push({
        ruleId: 'model-server.vllm-no-api-key',
        detail: `vLLM --host ${host ?? '(all interfaces)'}`,
      });
  }
  if (isTgi(settings)) {
    const host = flagValue(argv, '--hostname') ?? '0.0.0.0';
    if (!isLoopback(host) && !hasFlag(argv, '--api-key') && !env.API_KEY)
      problems.push({
        ruleId: 'model-server.tgi-exposed',
        detail: `text-generation-launcher --hostname ${host}`,
      });
  }
  if (isTriton(settings)) {
    const mode = flagValue(argv, '--model-control-mode');
    const httpOpen = !disabled(argv, '--allow-http') && !hasFlag(argv, '--http-restricted-api');
    const grpcOpen = !disabled(argv, '--allow-grpc') && !hasFlag(argv, '--grpc-restricted-protocol');
    if (mode === 'explicit' && (httpOpen || grpcOpen))
      problems.push({
        ruleId: 'model-server.triton-model-control',
        detail: `tritonserver --model-control-mode=explicit with ${httpOpen ? 'HTTP' : 'gRPC'} unrestricted`,
      });
  }
  const ollamaHost = env.OLLAMA_HOST;
  if (ollamaHost !== undefined && ollamaAllInterfaces(ollamaHost))
    problems.push({ ruleId: 'model-server.ollama-exposed', detail: `OLLAMA_HOST=${ollamaHost}` });
  else if (ollamaHost === undefined && isOllama(settings) && settings.published)
    problems.push({
      ruleId: 'model-server.ollama-exposed',
      detail: 'the ollama/ollama image binds 0.0.0.0:11434 and its port is published',
    });
  if (env.OLLAMA_ORIGINS?.split(',').some((origin) => origin.trim() === '*'))
    problems.push({
      ruleId: 'model-server.ollama-any-origin',
      detail: `OLLAMA_ORIGINS=${env.OLLAMA_ORIGINS}`,
    });
  return problems;
}

/** Whether a launch is one of the model servers the audit knows (vLLM, TGI, Triton, Ollama). */
export function isModelServer(settings: LaunchSettings): boolean {
  return isVllm(settings) || isTgi(settings) || isTriton(settings) || isOllama(settings);
}
