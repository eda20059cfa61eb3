import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellWords } from './_values.ts';
import { parseLocatedYaml } from './_yaml-lines.ts';
import { auditFinding } from './audit-types.ts';
import { auditCompose } from './compose.ts';
import { auditDockerfile, parseDockerfile } from './dockerfile.ts';
import { auditGatewayConfig } from './gateway-config.ts';
import { auditKubernetesObject } from './kubernetes.ts';
import { auditLaunch } from './model-server.ts';
import { auditShellScript } from './shell-script.ts';

/** Every finding a reader reports must name a catalogue rule (auditFinding throws otherwise). */
const collect = () => {
  const findings: string[] = [];
  return {
    findings,
    report: (ruleId: string, line: number | undefined, detail: string) => {
      findings.push(auditFinding('file', ruleId, line, detail).ruleId);
    },
  };
};

const dockerLine = fc.oneof(
  fc.string(),
  fc
    .tuple(
      fc.constantFrom('FROM', 'USER', 'ENV', 'ARG', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'from'),
      fc.string(),
      fc.boolean(),
    )
    .map(([keyword, rest, continued]) => `${keyword} ${rest}${continued ? ' \\' : ''}`),
);

/** Arbitrary JSON-like values shaped loosely like the files the audit reads. */
const loose = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'services',
        'image',
        'ports',
        'environment',
        'command',
        'spec',
        'template',
        'containers',
        'routes',
        'server',
        'admin',
        'host',
        'guard',
        'env',
        'args',
        'securityContext',
        'x',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

describe('audit readers never throw on hostile input', () => {
  it('Dockerfiles: any text parses; line numbers stay inside the file', () => {
    fc.assert(
      fc.property(fc.array(dockerLine, { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const { report } = collect();
        auditDockerfile(text, report);
        for (const instruction of parseDockerfile(text)) {
          expect(instruction.line).toBeGreaterThanOrEqual(1);
          expect(instruction.line).toBeLessThanOrEqual(lines.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shell scripts and launch settings: any words', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 }), (text, env) => {
        const { report } = collect();
        auditShellScript(`${text}\nvllm serve ${text}\ndocker run ${text}`, report);
        auditLaunch({ argv: shellWords(text), env, image: text });
      }),
      { numRuns: 300 },
    );
  });

  it('values without a prototype (a hostile YAML `__proto__` key) are read, not thrown on', () => {
    // Found by the property below: String() throws on an object with a null prototype.
    const bare = Object.create(null) as Record<string, unknown>;
    const { report, findings } = collect();
    const document = { value: null, line: () => 1 };
    expect(() =>
      auditCompose({ ...document, value: { services: { a: { environment: [bare], image: bare } } } }, report),
    ).not.toThrow();
    expect(() =>
      auditKubernetesObject(
        { ...document, value: { apiVersion: 'v1', kind: bare, metadata: { name: bare } } },
        report,
      ),
    ).not.toThrow();
    expect(Array.isArray(findings)).toBe(true);
  });

  it('YAML shaped like compose, manifests or gateway configs: any structure', () => {
    fc.assert(
      fc.property(loose, fc.constantFrom('compose', 'kubernetes', 'gateway'), (value, kind) => {
        const { report } = collect();
        const document = { value, line: () => 1 };
        if (kind === 'compose') auditCompose({ ...document, value: { services: { a: value } } }, report);
        else if (kind === 'kubernetes')
          auditKubernetesObject(
            {
              ...document,
              value: { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: value } } },
            },
            report,
          );
        else auditGatewayConfig(document, report);
      }),
      { numRuns: 300 },
    );
  });

  it('the YAML reader either parses or throws a plain Error (reported as a file error)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseLocatedYaml(text);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 300 },
    );
  });
});
