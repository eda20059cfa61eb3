import { safeJsonParse } from '../../core/index.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';
import { templateFindings } from './jinja-template.ts';

/** Largest JSON config read (tokenizer_config.json with an inline template is small). */
const maxConfigBytes = 16 * 1024 * 1024;
const chatTemplateKey = Buffer.from('"chat_template"');

/** A Hugging Face tokenizer config (JSON) that carries a chat template. */
export function looksLikeTokenizerConfig(head: Uint8Array): boolean {
  let index = 0;
  while (
    index < head.length &&
    (head[index] === 0x20 || head[index] === 0x0a || head[index] === 0x0d || head[index] === 0x09)
  )
    index++;
  return (
    head[index] === 0x7b && Buffer.from(head.buffer, head.byteOffset, head.length).includes(chatTemplateKey)
  );
}

/**
 * transformers renders `chat_template` from tokenizer_config.json with Jinja2 (sandboxed, but
 * servers built on other renderers are not): flag templates that reach Python internals.
 */
export async function scanTokenizerConfig(source: ByteSource): Promise<FormatResult> {
  if (source.size > maxConfigBytes) return { findings: [] };
  const text = new TextDecoder().decode(await source.read(0, source.size));
  let config: unknown;
  try {
    config = safeJsonParse(text, { maxDepth: 64 });
  } catch {
    return { findings: [] };
  }
  const template = (config as { chat_template?: unknown } | null)?.chat_template;
  const templates: Array<{ name: string; text: string }> = [];
  if (typeof template === 'string') templates.push({ name: 'chat_template', text: template });
  else if (Array.isArray(template)) {
    for (const entry of template as Array<{ name?: unknown; template?: unknown }>) {
      if (typeof entry?.template === 'string')
        templates.push({ name: `chat_template[${String(entry.name)}]`, text: entry.template });
    }
  }
  const findings = templateFindings(
    'tokenizer.template-injection',
    templates.map((entry) => ({ ...entry, offset: 0 })),
  );
  return { findings, format: 'tokenizer-config' };
}
