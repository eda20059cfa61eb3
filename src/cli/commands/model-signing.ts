import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import {
  buildModelBom,
  type DataGateChain,
  readAttestationFiles,
  signModel,
  verifyModel,
  verifyModelDataGate,
  verifyResultToEvent,
} from '../../model/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { cliExitCode, exitCodes, renderCliError } from '../render-error.ts';
import { repeatedFlag } from '../repeated-flag.ts';

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the ${what} ${path}`, { cause: error });
  }
}

/** Ignore paths are given relative to the working directory (like the reference CLI) or to the model. */
function ignorePathsFor(modelPath: string, paths: string[]): string[] {
  return paths.map((path) => {
    const fromCwd = relative(resolve(modelPath), resolve(path));
    return fromCwd.startsWith('..') ? path : fromCwd;
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${bytes} B`;
}

/** A progress bar on stderr when it is a terminal; silent otherwise. */
export function progressBar(label: string): {
  onProgress: (done: number, total: number) => void;
  finish: () => void;
} {
  if (!process.stderr.isTTY) return { onProgress: () => {}, finish: () => {} };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    onProgress(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const fraction = total > 0 ? done / total : 1;
      const width = 30;
      const filled = Math.round(fraction * width);
      const rate = done / 1e9 / Math.max(0.001, (now - started) / 1000);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
          `${formatBytes(done)} / ${formatBytes(total)}  ${rate.toFixed(2)} GB/s `,
      );
    },
    finish() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

const commonArgs = {
  path: { type: 'positional', required: true, description: 'Model directory (or single model file)' },
  signature: { type: 'string', description: 'Signature bundle path (default DIR/model.sig)' },
  'ignore-paths': {
    type: 'string',
    description: 'Path to leave out (repeatable; relative to the working directory or the model)',
  },
  'ignore-git-paths': {
    type: 'boolean',
    default: true,
    description: 'Leave out .git, .gitattributes, .github, .gitignore (default)',
    negativeDescription: 'Include .git, .gitattributes, .github, .gitignore',
  },
  workers: { type: 'string', description: 'Hashing worker threads (default: available cores)' },
  json: { type: 'boolean', description: 'Print the result as JSON' },
} as const;

function workersOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new RampartError('RAMPART_USAGE', `--workers must be a whole number from 1 to 256, got ${value}`);
  }
  return workers;
}

export const sign = defineCommand({
  meta: {
    name: 'sign',
    description: 'Sign a model in the OpenSSF model-signing format (Sigstore bundle, offline key).',
  },
  args: {
    ...commonArgs,
    key: { type: 'string', required: true, description: 'PEM private key (ECDSA P-256/P-384/P-521)' },
    'key-password-env': { type: 'string', description: 'Environment variable holding the key passphrase' },
    'certificate-chain': {
      type: 'string',
      description: 'PEM: signing certificate then intermediates (certificate mode instead of a key hint)',
    },
    method: {
      type: 'enum',
      options: ['files', 'shards'],
      default: 'files',
      description: 'Serialization method',
    },
    'shard-size': {
      type: 'string',
      description: 'Shard size in bytes for --method shards (default 1000000000)',
    },
    'allow-symlinks': { type: 'boolean', description: 'Follow symbolic links that stay inside the model' },
    'dataset-attestation': {
      type: 'string',
      description:
        'Data gate attestation (`rampart data gate --attest`) of a training dataset; repeatable. Recorded, signed, in SIGNATURE.data-gate.json',
    },
  },
  async run({ args, rawArgs }) {
    const modelPath = args.path;
    const attestationPaths = repeatedFlag(rawArgs, 'dataset-attestation');
    const datasetAttestations =
      attestationPaths.length > 0 ? await readAttestationFiles(attestationPaths) : undefined;
    const privateKey = await readInput(args.key, 'private key');
    const passphraseEnv = args['key-password-env'];
    const passphrase = passphraseEnv ? process.env[passphraseEnv] : undefined;
    if (passphraseEnv && passphrase === undefined) {
      throw new RampartError('RAMPART_USAGE', `environment variable ${passphraseEnv} is not set`);
    }
    const shardSize = args['shard-size'] === undefined ? undefined : Number(args['shard-size']);
    const workers = workersOf(args.workers);
    const progress = progressBar('hashing');
    const started = Date.now();
    const result = await signModel(modelPath, {
      privateKey,
      ...(passphrase === undefined ? {} : { passphrase }),
      ...(args.signature ? { signaturePath: args.signature } : {}),
      ...(args['certificate-chain']
        ? { certificateChain: await readInput(args['certificate-chain'], 'certificate chain') }
        : {}),
      ignorePaths: ignorePathsFor(modelPath, repeatedFlag(rawArgs, 'ignore-paths')),
      ignoreGitPaths: args['ignore-git-paths'] !== false,
      method: args.method as 'files' | 'shards',
      ...(shardSize === undefined ? {} : { shardSize }),
      allowSymlinks: Boolean(args['allow-symlinks']),
      ...(workers === undefined ? {} : { workers }),
      ...(datasetAttestations ? { datasetAttestations } : {}),
      onProgress: progress.onProgress,
    }).finally(progress.finish);
    const files = new Set(result.manifest.entries.map((entry) => entry.path)).size;
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify({ signature: result.signaturePath, files, resources: result.manifest.entries.length, keyHint: result.keyHint, extension: result.extension }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(
        `signed ${modelPath}: ${files} files, ${result.manifest.entries.length} resources in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
          `  signature: ${result.signaturePath}\n  key hint:  ${result.keyHint}\n` +
          (result.lineagePath
            ? `  datasets:  ${datasetAttestations!.length} gate attestation(s) recorded in ${result.lineagePath}\n`
            : ''),
      );
      if (result.extension) {
        process.stdout.write(
          '  note: Ed25519 is a Rampart extension; the OpenSSF model_signing tool cannot verify this signature\n',
        );
      }
    }
    process.exitCode = exitCodes.ok;
  },
});

export const verify = defineCommand({
  meta: {
    name: 'verify',
    description: 'Verify a model against its OpenSSF model-signing bundle (exit 0 ok, 1 failed, 2 usage/IO).',
  },
  args: {
    ...commonArgs,
    key: { type: 'string', description: 'PEM public key of the signer' },
    'certificate-chain': { type: 'string', description: 'PEM CA certificate(s) to trust (certificate mode)' },
    'trusted-root': {
      type: 'string',
      description: 'Sigstore trusted_root.json to trust (certificate or keyless bundles, offline)',
    },
    identity: { type: 'string', description: 'Signer identity to require (certificate URI or e-mail)' },
    'identity-provider': { type: 'string', description: 'OIDC issuer of that identity (keyless bundles)' },
    'require-data-gate': {
      type: 'boolean',
      description:
        'Also require the signed dataset lineage: every training dataset gated PASSED, signatures valid, digests matching',
    },
    'data-key': {
      type: 'string',
      description: 'PEM public key trusted to sign data gate attestations (repeatable; default: --key)',
    },
    ...eventOutputArgs,
  },
  async run({ args, rawArgs }) {
    const modelPath = args.path;
    const trusts = [args.key, args['certificate-chain'], args['trusted-root']].filter(Boolean);
    if (trusts.length !== 1) {
      throw new RampartError(
        'RAMPART_USAGE',
        'pass exactly one of --key, --certificate-chain or --trusted-root',
      );
    }
    checkEventOutput(args);
    const requireDataGate = Boolean(args['require-data-gate']);
    if (requireDataGate && !args.key)
      throw new RampartError(
        'RAMPART_USAGE',
        '--require-data-gate checks the dataset lineage with the model key: pass --key',
      );
    const dataKeyPaths = repeatedFlag(rawArgs, 'data-key');
    if (dataKeyPaths.length > 0 && !requireDataGate)
      throw new RampartError('RAMPART_USAGE', '--data-key goes with --require-data-gate');
    const dataKeys = await Promise.all(dataKeyPaths.map((path) => readInput(path, 'data key')));
    const workers = workersOf(args.workers);
    const progress = progressBar('verifying');
    try {
      const verify = requireDataGate
        ? (path: string, options: Parameters<typeof verifyModel>[1]) =>
            verifyModelDataGate(path, { ...options, ...(dataKeys.length > 0 ? { dataKeys } : {}) })
        : verifyModel;
      const result: Awaited<ReturnType<typeof verifyModel>> & { dataGate?: DataGateChain } = await verify(
        modelPath,
        {
          ...(args.key ? { publicKey: await readInput(args.key, 'public key') } : {}),
          ...(args['certificate-chain']
            ? { trustAnchors: await readInput(args['certificate-chain'], 'certificate chain') }
            : {}),
          ...(args['trusted-root']
            ? { trustedRoot: await readInput(args['trusted-root'], 'trusted root') }
            : {}),
          ...(args.identity ? { identity: args.identity } : {}),
          ...(args['identity-provider'] ? { identityIssuer: args['identity-provider'] } : {}),
          ...(args.signature ? { signaturePath: args.signature } : {}),
          ignorePaths: ignorePathsFor(modelPath, repeatedFlag(rawArgs, 'ignore-paths')),
          ignoreGitPaths: args['ignore-git-paths'] !== false,
          ...(workers === undefined ? {} : { workers }),
          onProgress: progress.onProgress,
        },
      ).finally(progress.finish);
      if (args.json) process.stdout.write(`${JSON.stringify({ verified: true, ...result }, null, 2)}\n`);
      else {
        const signer =
          result.signer.kind === 'key'
            ? `key ${result.signer.hint}${result.signer.extension ? ' (Ed25519, Rampart extension)' : ''}`
            : result.signer.identityIssuer !== null
              ? `${result.signer.identity} (identity from ${result.signer.identityIssuer}, certificate issued by ${result.signer.issuer})`
              : `certificate ${result.signer.subject} (issuer ${result.signer.issuer})`;
        process.stdout.write(
          `verified ${modelPath}: ${result.files} files match the signature (${result.format}, ${result.method})\n  signed by ${signer}\n` +
            (result.dataGate
              ? result.dataGate.datasets
                  .map(
                    (dataset) =>
                      `  trained on ${dataset.dataset} (${dataset.rootDigest.slice(0, 12)}…): data gate PASSED ${dataset.gatedAt}\n`,
                  )
                  .join('')
              : ''),
        );
      }
      process.exitCode = exitCodes.ok;
      await outputEvents([verifyResultToEvent(modelPath, result)], args);
    } catch (error) {
      // Codes whose exit code is 1 mean "the model or its signature is not trustworthy": a failed check.
      if (!RampartError.is(error) || cliExitCode(error) !== exitCodes.failed) throw error;
      if (args.json) {
        process.stdout.write(
          `${JSON.stringify({ verified: false, code: error.code, message: error.message, details: error.details ?? null }, null, 2)}\n`,
        );
      }
      process.stderr.write(`${renderCliError(error)}\n`);
      process.exitCode = exitCodes.failed;
      await outputEvents([verifyResultToEvent(modelPath, error)], args);
    }
  },
});

export const bom = defineCommand({
  meta: { name: 'bom', description: 'Write a CycloneDX 1.6 ML-BOM (JSON) for a model directory.' },
  args: {
    path: { type: 'positional', required: true, description: 'Model directory (or single model file)' },
    output: { type: 'string', alias: 'o', description: 'Write the BOM here instead of stdout' },
    scan: {
      type: 'boolean',
      default: true,
      description: 'Include the security scan verdict (default)',
      negativeDescription: 'Leave out the security scan verdict',
    },
  },
  async run({ args }) {
    const progress = progressBar('inventory');
    const document = await buildModelBom(args.path, {
      scan: args.scan !== false,
      onProgress: progress.onProgress,
    }).finally(progress.finish);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (args.output) {
      try {
        await writeFile(args.output, text);
      } catch (error) {
        throw new RampartError('RAMPART_IO', `could not write ${args.output}`, { cause: error });
      }
      process.stderr.write(`wrote ${args.output}: ${document.components.length} components\n`);
    } else process.stdout.write(text);
    process.exitCode = exitCodes.ok;
  },
});
