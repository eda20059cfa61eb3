import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  denseLayer,
  gguf,
  hdf5Signature,
  joblibArrays,
  kerasZip,
  lambdaLayer,
  maliciousPickle,
  npy,
  onnxModel,
  pickle,
  safetensors,
  savedModel,
  tar,
  torchStateDict,
  torchZip,
  zip,
} from '../../test/support/model-fixtures.ts';
import { detectFormat } from './detect-format.ts';
import { scanFile, scanPaths } from './scan.ts';
import type { ScannedFile } from './scan-types.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-scan-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function scanBytes(name: string, bytes: Uint8Array): Promise<ScannedFile> {
  const path = join(directory, name);
  await writeFile(path, bytes);
  return scanFile(path);
}

const rules = (file: ScannedFile) =>
  file.findings.map((finding) => finding.ruleId).filter((id) => id !== 'pickle.globals');

describe('pickle files', () => {
  it('passes a state dict that imports only allowlisted callables', async () => {
    const file = await scanBytes('state.pkl', torchStateDict());
    expect(file).toMatchObject({ format: 'pickle', verdict: 'clean' });
    expect(file.globals).toEqual([
      'collections.OrderedDict',
      'torch._utils._rebuild_tensor_v2',
      'torch.FloatStorage',
    ]);
  });

  it('calls os.system malicious with the offset of the import', async () => {
    const file = await scanBytes('evil.pkl', maliciousPickle());
    expect(file.verdict).toBe('malicious');
    expect(file.findings[0]).toMatchObject({
      ruleId: 'pickle.dangerous-global',
      location: { offset: 2 },
      frameworks: expect.arrayContaining(['LLM03:2025', 'AML.T0010.003']),
    });
  });

  it('calls an unknown import unsafe', async () => {
    const file = await scanBytes(
      'sk.pkl',
      pickle((p) =>
        p
          .proto(4)
          .text('sklearn.tree')
          .text('DecisionTreeClassifier')
          .stackGlobal()
          .emptyTuple()
          .reduce()
          .stop(),
      ),
    );
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toEqual(['pickle.unknown-global']);
  });

  it('catches a payload in a second stacked pickle and in a pickle that breaks after its payload', async () => {
    const stacked = new Uint8Array([...pickle((p) => p.proto(2).none().stop()), ...maliciousPickle()]);
    expect((await scanBytes('stacked.pkl', stacked)).verdict).toBe('malicious');
    const broken = pickle((p) => p.proto(2).call('builtins', 'exec', 'print(1)').raw([0xff]));
    const file = await scanBytes('broken.pkl', broken);
    expect(file.verdict).toBe('malicious');
    expect(rules(file)).toEqual(['pickle.dangerous-global', 'pickle.malformed']);
  });

  it('reports EXT codes and dynamic calls as unsafe', async () => {
    const file = await scanBytes(
      'ext.pkl',
      pickle((p) => p.proto(2).ext1(1).emptyTuple().reduce().stop()),
    );
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toEqual(['pickle.dynamic-call', 'pickle.extension-code']);
  });

  it('recognises a protocol 0 pickle by content whatever its name', async () => {
    const file = await scanBytes(
      'weights.bin',
      pickle((p) => p.global('subprocess', 'call').mark().string('id').tuple().reduce().stop()),
    );
    expect(file).toMatchObject({ format: 'pickle', verdict: 'malicious' });
  });
});

describe('PyTorch checkpoints', () => {
  it('passes a benign zip checkpoint and skips raw storages', async () => {
    expect(await scanBytes('ok.pt', torchZip())).toMatchObject({ format: 'pytorch-zip', verdict: 'clean' });
  });

  it('scans every pickle inside, not only data.pkl', async () => {
    const file = await scanBytes('extra.pt', torchZip({ 'extra/state.pkl': maliciousPickle() }));
    expect(file.verdict).toBe('malicious');
    expect(
      file.findings.find((finding) => finding.ruleId === 'pickle.dangerous-global')?.location?.detail,
    ).toBe('archive/extra/state.pkl');
  });

  it('scans a deflated data.pkl', async () => {
    const bytes = zip({ 'archive/data.pkl': maliciousPickle(), 'archive/version': '3\n' }, 6);
    expect(await scanBytes('deflated.pt', bytes)).toMatchObject({
      format: 'pytorch-zip',
      verdict: 'malicious',
    });
  });

  it('scans a legacy tar checkpoint', async () => {
    const bytes = tar([
      { name: 'sys_info', data: pickle((p) => p.proto(2).emptyDict().stop()) },
      { name: 'pickle', data: maliciousPickle() },
      { name: 'storages', data: pickle((p) => p.proto(2).int(0).stop()) },
      { name: 'tensors', data: pickle((p) => p.proto(2).int(0).stop()) },
    ]);
    expect(await scanBytes('legacy.tar', bytes)).toMatchObject({
      format: 'pytorch-legacy',
      verdict: 'malicious',
    });
  });

  it('reads past raw storage bytes after the pickles of a legacy stream without a finding', async () => {
    const bytes = new Uint8Array([
      ...pickle((p) =>
        p.proto(2).raw([0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]).stop(),
      ),
      ...torchStateDict(),
      ...[8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    ]);
    expect(await scanBytes('legacy.pth', bytes)).toMatchObject({
      format: 'pytorch-legacy',
      verdict: 'clean',
    });
  });
});

describe('NumPy', () => {
  it('passes a float array and flags a size mismatch', async () => {
    expect(await scanBytes('a.npy', npy('<f4', [2], new Uint8Array(8)))).toMatchObject({
      format: 'numpy-npy',
      verdict: 'clean',
    });
    expect(rules(await scanBytes('b.npy', npy('<f4', [4], new Uint8Array(8))))).toEqual(['numpy.malformed']);
  });

  it('analyses the pickle inside an object array, also inside an npz', async () => {
    const evil = npy('|O', [1], maliciousPickle());
    expect((await scanBytes('o.npy', evil)).verdict).toBe('malicious');
    const file = await scanBytes(
      'o.npz',
      zip({ 'x.npy': npy('<f8', [1], new Uint8Array(8)), 'y.npy': evil }, 6),
    );
    expect(file).toMatchObject({ format: 'numpy-npz', verdict: 'malicious' });
  });
});

describe('archives', () => {
  it('flags zip slip, absolute names and symbolic links in tar', async () => {
    expect(rules(await scanBytes('slip.zip', zip({ '../../evil.sh': 'x' })))).toEqual([
      'archive.path-traversal',
    ]);
    const file = await scanBytes(
      'links.tar',
      tar([
        { name: 'model/ok.txt', data: 'x' },
        { name: '/etc/cron.d/evil', data: 'x' },
        { name: 'model/link', type: '2', link: '../../../etc/passwd' },
        { name: 'model/inner', type: '2', link: 'ok.txt' },
      ]),
    );
    expect(file.verdict).toBe('malicious');
    expect(rules(file)).toEqual(['archive.path-traversal', 'archive.path-traversal', 'archive.link']);
  });

  it('flags an absurd declared compression ratio without inflating it', async () => {
    const bytes = zip({ 'big.bin': new Uint8Array(1024) }, 6);
    // Patch the central directory's uncompressed size to 8 GiB - 1.
    const view = new DataView(bytes.buffer);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 0xfffffff0, true);
        break;
      }
    }
    expect(rules(await scanBytes('bomb.zip', bytes))).toContain('archive.compression-ratio');
  });

  it('reports entries that overlap (non-recursive zip bomb) and still analyses them', async () => {
    const bytes = zip({ 'a.pkl': maliciousPickle(), 'b.pkl': maliciousPickle() }, 6);
    const view = new DataView(bytes.buffer);
    let seen = 0;
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50 && ++seen === 2) view.setUint32(at + 42, 0, true);
    }
    const file = await scanBytes('overlap.zip', bytes);
    expect(file.findings.some((finding) => /overlap/.test(finding.message))).toBe(true);
    expect(file.verdict).toBe('malicious');
  });

  it('notices an entry that inflates to more than it declares', async () => {
    const bytes = zip({ 'data.pkl': torchStateDict() }, 6);
    const view = new DataView(bytes.buffer);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 10, true);
        break;
      }
    }
    expect(rules(await scanBytes('liar.zip', bytes))).toContain('archive.malformed');
  });
});

describe('safetensors', () => {
  const tensor = (begin: number, end: number) => ({ dtype: 'F32', shape: [2], data_offsets: [begin, end] });
  it('passes contiguous tensors', async () => {
    const bytes = safetensors(
      { __metadata__: { format: 'pt' }, a: tensor(0, 8), b: tensor(8, 16) },
      new Uint8Array(16),
    );
    expect(await scanBytes('ok.safetensors', bytes)).toMatchObject({
      format: 'safetensors',
      verdict: 'clean',
      findings: [],
    });
  });
  it('flags overlap, out-of-bounds, dtype/shape mismatch and trailing data', async () => {
    expect(
      rules(
        await scanBytes('overlap.st', safetensors({ a: tensor(0, 8), b: tensor(4, 12) }, new Uint8Array(12))),
      ),
    ).toContain('safetensors.offsets');
    expect(rules(await scanBytes('oob.st', safetensors({ a: tensor(0, 8) }, new Uint8Array(4))))).toContain(
      'safetensors.offsets',
    );
    expect(
      rules(
        await scanBytes(
          'shape.st',
          safetensors({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, new Uint8Array(8)),
        ),
      ),
    ).toEqual(['safetensors.offsets']);
    expect(rules(await scanBytes('trail.st', safetensors({ a: tensor(0, 8) }, new Uint8Array(64))))).toEqual([
      'safetensors.trailing-data',
    ]);
  });
  it('refuses a header length beyond the file without allocating it', async () => {
    const file = await scanBytes('huge.st', safetensors({ a: tensor(0, 8) }, new Uint8Array(8), 1n << 40n));
    expect(file).toMatchObject({ format: 'safetensors', verdict: 'unsafe' });
    expect(rules(file)).toEqual(['safetensors.malformed']);
  });
});

describe('GGUF', () => {
  it('passes an ordinary chat template', async () => {
    const template =
      "{% for message in messages %}<|{{ message['role'] }}|>\n{{ message['content'] }}</s>{% endfor %}";
    expect(
      await scanBytes(
        'ok.gguf',
        gguf({ 'general.architecture': 'llama', 'tokenizer.chat_template': template }),
      ),
    ).toMatchObject({ format: 'gguf', verdict: 'clean' });
  });
  it('flags templates that reach Python internals, also when obfuscated', async () => {
    const direct = "{{ ''.__class__.__mro__[1].__subclasses__() }}";
    expect((await scanBytes('ssti.gguf', gguf({ 'tokenizer.chat_template': direct }))).verdict).toBe(
      'malicious',
    );
    const hidden = "{{ cycler|attr('__in'~'it__')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}";
    expect(rules(await scanBytes('ssti2.gguf', gguf({ 'tokenizer.chat_template': hidden })))).toEqual([
      'gguf.template-injection',
    ]);
    const formatted = "{% set u = '%c%c'|format(95, 95) %}{{ x|attr(u ~ 'class' ~ u) }}";
    expect((await scanBytes('ssti3.gguf', gguf({ 'tokenizer.chat_template': formatted }))).verdict).toBe(
      'malicious',
    );
  });
  it('reports a truncated file and absurd counts as malformed', async () => {
    const bytes = gguf({ 'general.name': 'x' });
    expect(rules(await scanBytes('cut.gguf', bytes.subarray(0, 40)))).toEqual(['gguf.malformed']);
    const counts = new Uint8Array(bytes);
    new DataView(counts.buffer).setBigUint64(16, 1n << 50n, true);
    expect(rules(await scanBytes('count.gguf', counts))).toEqual(['gguf.malformed']);
  });
});

describe('ONNX, Keras, SavedModel, HDF5', () => {
  it('ONNX: benign, external data escaping the directory, custom domain', async () => {
    expect(await scanBytes('ok.onnx', onnxModel())).toMatchObject({ format: 'onnx', verdict: 'clean' });
    expect(await scanBytes('ok-ext.onnx', onnxModel({ location: 'weights/w.bin' }))).toMatchObject({
      verdict: 'clean',
    });
    expect(rules(await scanBytes('trav.onnx', onnxModel({ location: '../../etc/passwd' })))).toEqual([
      'onnx.external-data-traversal',
    ]);
    expect(rules(await scanBytes('abs.onnx', onnxModel({ location: '/etc/shadow' })))).toEqual([
      'onnx.external-data-traversal',
    ]);
    expect(
      (await scanBytes('contrib.onnx', onnxModel({ domain: 'ai.onnx.contrib', op: 'GPT2Tokenizer' })))
        .verdict,
    ).toBe('unsafe');
    expect(rules(await scanBytes('dom.onnx', onnxModel({ domain: 'com.evil', op: 'Backdoor' })))).toEqual([
      'onnx.custom-domain',
    ]);
  });
  it('Keras v3: Dense passes, Lambda is malicious, custom module is unsafe', async () => {
    expect(await scanBytes('ok.keras', kerasZip([denseLayer]))).toMatchObject({
      format: 'keras-v3',
      verdict: 'clean',
    });
    expect(rules(await scanBytes('lambda.keras', kerasZip([denseLayer, lambdaLayer])))).toEqual([
      'keras.lambda-layer',
    ]);
    const evalActivation = {
      module: 'keras.layers',
      class_name: 'Dense',
      config: {
        name: 'd',
        units: 1,
        activation: {
          module: 'builtins',
          class_name: 'function',
          config: 'eval',
          registered_name: 'function',
        },
      },
    };
    expect(rules(await scanBytes('eval.keras', kerasZip([evalActivation])))).toEqual([
      'keras.dangerous-callable',
    ]);
    const relu = {
      module: 'keras.src.activations',
      class_name: 'function',
      config: 'relu',
      registered_name: 'relu',
    };
    const withRelu = { ...denseLayer, config: { ...denseLayer.config, activation: relu } };
    expect((await scanBytes('relu.keras', kerasZip([withRelu]))).verdict).toBe('clean');
    const custom = {
      module: 'evil_pkg.layers',
      class_name: 'Backdoor',
      config: { name: 'b' },
      registered_name: 'Custom>Backdoor',
    };
    expect(await scanBytes('custom.keras', kerasZip([custom]))).toMatchObject({ verdict: 'unsafe' });
  });
  it('SavedModel: ordinary ops pass, PyFunc is malicious, ReadFile unsafe', async () => {
    expect(
      await scanBytes('saved_model.pb', savedModel(['Placeholder', 'MatMul', 'SaveV2', 'RestoreV2'])),
    ).toMatchObject({ format: 'tf-savedmodel', verdict: 'clean' });
    expect(rules(await scanBytes('py.pb', savedModel(['Placeholder', 'EagerPyFunc'])))).toEqual([
      'savedmodel.code-op',
    ]);
    expect(await scanBytes('rf.pb', savedModel(['ReadFile']))).toMatchObject({ verdict: 'unsafe' });
  });
  it('HDF5: finds a Lambda layer in the model_config attribute', async () => {
    const config = JSON.stringify({
      class_name: 'Sequential',
      config: {
        layers: [
          {
            class_name: 'Lambda',
            config: { name: 'l', function: ['4wEA', null, null], function_type: 'lambda' },
          },
        ],
      },
    });
    const bytes = new Uint8Array([
      ...hdf5Signature,
      ...new Array(100).fill(0),
      ...new TextEncoder().encode(config),
      0,
    ]);
    const file = await scanBytes('model.h5', bytes);
    expect(file).toMatchObject({ format: 'hdf5', verdict: 'malicious' });
  });
});

describe('scanPaths', () => {
  it('walks directories, reports progress, hashes on request and summarises', async () => {
    const root = join(directory, 'tree');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'a.pkl'), torchStateDict());
    await writeFile(join(root, 'sub', 'b.bin'), maliciousPickle());
    await writeFile(join(root, 'README.md'), '# model\n');
    await symlink(join(root, 'a.pkl'), join(root, 'link.pkl'));
    const progress: number[] = [];
    const report = await scanPaths([root], { hash: true, onProgress: (done) => progress.push(done) });
    expect(report.files.map((file) => file.path.slice(root.length + 1))).toEqual([
      'README.md',
      'a.pkl',
      'link.pkl',
      'sub/b.bin',
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(report.files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.summary).toMatchObject({
      files: 4,
      skipped: 1,
      clean: 2,
      malicious: 1,
      verdict: 'malicious',
    });
    expect(report.files[0]!.verdict).toBe('skipped');
    expect(report.files[3]!.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('follows symbolic links as the model server would: a linked malicious file is not left out', async () => {
    // The walk used to skip links, so a folder whose weights were a link to a malicious pickle
    // elsewhere scanned clean while the server loaded the pickle.
    const outside = join(directory, 'outside');
    const root = join(directory, 'linked');
    await mkdir(join(outside, 'weights'), { recursive: true });
    await mkdir(root, { recursive: true });
    await writeFile(join(outside, 'weights', 'model.bin'), maliciousPickle());
    await symlink(join(outside, 'weights', 'model.bin'), join(root, 'model.bin'));
    await symlink(join(outside, 'weights'), join(root, 'shards'));
    await symlink(root, join(root, 'loop'));
    const report = await scanPaths([root]);
    expect(report.files.map((file) => file.path.slice(root.length + 1))).toEqual([
      'model.bin',
      'shards/model.bin',
    ]);
    expect(report.summary.verdict).toBe('malicious');
    await symlink(join(outside, 'gone.bin'), join(root, 'dangling.bin'));
    await expect(scanPaths([root])).rejects.toMatchObject({ code: 'RAMPART_MODEL_SCAN_PATH_NOT_FOUND' });
  });

  it('throws a coded error for a missing path', async () => {
    await expect(scanPaths([join(directory, 'missing')])).rejects.toMatchObject({
      code: 'RAMPART_MODEL_SCAN_PATH_NOT_FOUND',
    });
  });

  it('detectFormat works on bytes and on paths', async () => {
    expect(await detectFormat(torchZip())).toBe('pytorch-zip');
    expect(await detectFormat(gguf({}))).toBe('gguf');
    const path = join(directory, 'detect.bin');
    await writeFile(path, safetensors({}, new Uint8Array(0)));
    expect(await detectFormat(path)).toBe('safetensors');
  });
});

describe('evasions', () => {
  it('finds a payload in a pickle nested in another pickle’s bytes', async () => {
    const inner = maliciousPickle();
    const outer = pickle((p) =>
      p
        .proto(3)
        .global('torch.storage', '_load_from_bytes')
        .raw([0x43, inner.length], inner)
        .tuple1()
        .reduce()
        .stop(),
    );
    const file = await scanBytes('nested.pkl', outer);
    expect(file.verdict).toBe('malicious');
    expect(
      file.findings.some(
        (finding) => finding.data?.global === 'os.system' && /embedded/.test(finding.location?.detail ?? ''),
      ),
    ).toBe(true);
  });

  it('ignores tensor bytes that merely start like a pickle', async () => {
    const data = new Uint8Array([0x80, 0x02, 0xff, 0xfe, 1, 2, 3, 4]);
    const bytes = pickle((p) =>
      p
        .proto(3)
        .global('collections', 'OrderedDict')
        .emptyTuple()
        .reduce()
        .raw([0x43, data.length], data)
        .raw('0')
        .stop(),
    );
    expect((await scanBytes('tensorbytes.pkl', bytes)).verdict).toBe('clean');
  });

  it('decompresses gzip and zlib streams (compressed joblib) and reports codecs it cannot read', async () => {
    const { gzipSync, zlibSync } = await import('fflate');
    expect(await scanBytes('model.joblib.gz', gzipSync(maliciousPickle()))).toMatchObject({
      format: 'compressed',
      verdict: 'malicious',
    });
    expect(await scanBytes('model.joblib.z', zlibSync(torchStateDict()))).toMatchObject({
      format: 'compressed',
      verdict: 'clean',
    });
    const lz4 = new Uint8Array([0x04, 0x22, 0x4d, 0x18, 0x64, 0x40, 0xa7]);
    expect(rules(await scanBytes('model.lz4', lz4))).toEqual(['archive.unsupported-compression']);
    const cutXz = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 0, 4]);
    expect(rules(await scanBytes('model.xz', cutXz))).toEqual(['archive.malformed']);
  });

  it('reports a pickle that is also a zip (polyglot) and scans the zip too', async () => {
    const bytes = new Uint8Array([
      ...torchStateDict(),
      ...zip({ 'archive/data.pkl': maliciousPickle(), 'archive/version': '3' }),
    ]);
    const file = await scanBytes('polyglot.pt', bytes);
    expect(file.verdict).toBe('malicious');
    expect(rules(file)).toContain('archive.polyglot');
  });
});

describe('joblib', () => {
  it('skips the raw array bytes joblib writes after each NumpyArrayWrapper', async () => {
    const data = new Uint8Array(16).fill(0x80);
    const bytes = joblibArrays([
      { descr: '<f8', shape: [2], data },
      { descr: '<i4', shape: [2, 2], data },
    ]);
    const file = await scanBytes('arrays.joblib', bytes);
    expect(file).toMatchObject({ format: 'joblib', verdict: 'clean' });
    expect(file.globals).toContain('joblib.numpy_pickle.NumpyArrayWrapper');
  });

  it('still sees a payload that follows the arrays', async () => {
    const bytes = joblibArrays([{ descr: '<f4', shape: [3], data: new Uint8Array(12) }], (p) =>
      p.call('os', 'system', 'id').pop(),
    );
    expect(await scanBytes('arrays-evil.joblib', bytes)).toMatchObject({ verdict: 'malicious' });
  });
});

describe('large pickles', () => {
  it('streams a pickle file larger than the window and still sees the payload after 20 MB of bytes', async () => {
    const payload = new Uint8Array(20 << 20);
    const head = pickle((p) =>
      p
        .proto(4)
        .global('collections', 'OrderedDict')
        .emptyTuple()
        .reduce()
        .raw([0x8e, 0, 0, 0x40, 0x01, 0, 0, 0, 0]),
    );
    const tail = pickle((p) => p.pop().call('os', 'system', 'id').stop());
    const path = join(directory, 'large.pkl');
    await writeFile(path, Buffer.concat([head, payload, tail]));
    const file = await scanFile(path);
    expect(file.verdict).toBe('malicious');
    const finding = file.findings.find((entry) => entry.ruleId === 'pickle.dangerous-global');
    expect(finding?.location?.offset).toBe(head.length + payload.length + 1);
  });
});

describe('configs outside model containers', () => {
  it('flags a tokenizer_config.json chat template that reaches Python internals', async () => {
    const evil = JSON.stringify({
      model_max_length: 2048,
      chat_template: '{{ self.__init__.__globals__.__builtins__ }}',
    });
    const file = await scanBytes('tokenizer_config.json', new TextEncoder().encode(evil));
    expect(file).toMatchObject({ format: 'tokenizer-config', verdict: 'malicious' });
    const ok = JSON.stringify({
      chat_template: [{ name: 'default', template: "{% for m in messages %}{{ m['content'] }}{% endfor %}" }],
    });
    expect(await scanBytes('tokenizer_ok.json', new TextEncoder().encode(ok))).toMatchObject({
      verdict: 'clean',
    });
  });

  it('checks a bare Keras config (config.json, keras_metadata.pb) for Lambda layers', async () => {
    const config = JSON.stringify({ class_name: 'Sequential', config: { layers: [lambdaLayer] } });
    expect(await scanBytes('config.json', new TextEncoder().encode(config))).toMatchObject({
      format: 'keras-config',
      verdict: 'malicious',
    });
  });
});

describe('special files', () => {
  it('refuses a FIFO instead of blocking on it', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = join(directory, 'pipe');
    execFileSync('mkfifo', [path]);
    const file = await scanFile(path);
    expect(file).toMatchObject({ verdict: 'error', findings: [{ ruleId: 'scan.read-error' }] });
  });
});
