import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PickleBuilder, pickle } from '../../../../test/support/model-fixtures.ts';
import { analysePickle, analysePickleFile } from './machine.ts';

const names = (bytes: Uint8Array) =>
  analysePickle(bytes).globals.map((global) => `${global.module}.${global.name}`);
const targets = (bytes: Uint8Array) => analysePickle(bytes).calls.map((call) => call.target);

describe('symbolic pickle machine', () => {
  it('reports a protocol 0 GLOBAL and the REDUCE that calls it', () => {
    const bytes = pickle((p) => p.global('os', 'system').mark().string('echo hi').tuple().reduce().stop());
    const analysis = analysePickle(bytes);
    expect(analysis.complete).toBe(true);
    expect(names(bytes)).toEqual(['os.system']);
    expect(analysis.calls).toMatchObject([
      { target: 'os.system', opcode: 'REDUCE', offset: bytes.length - 2 },
    ]);
  });

  it('follows STACK_GLOBAL names stored in the memo, popped and fetched back', () => {
    const bytes = pickle((p) =>
      p
        .proto(4)
        .text('posix')
        .binput(0)
        .pop()
        .text('system')
        .binput(1)
        .pop()
        .binget(0)
        .binget(1)
        .stackGlobal()
        .text('id')
        .tuple1()
        .reduce()
        .stop(),
    );
    expect(names(bytes)).toEqual(['posix.system']);
    expect(targets(bytes)).toEqual(['posix.system']);
  });

  it('follows MEMOIZE indices (protocol 4 implicit memo keys)', () => {
    const bytes = pickle((p) =>
      p
        .proto(4)
        .text('builtins')
        .memoize()
        .text('eval')
        .memoize()
        .pop()
        .pop()
        .binget(0)
        .binget(1)
        .stackGlobal()
        .stop(),
    );
    expect(names(bytes)).toEqual(['builtins.eval']);
  });

  it('resolves getattr(__import__("os"), "system") to os.system', () => {
    const bytes = pickle((p) =>
      p
        .proto(2)
        .global('builtins', 'getattr')
        .global('builtins', '__import__')
        .text('os')
        .tuple1()
        .reduce()
        .text('system')
        .tuple2()
        .reduce()
        .text('id')
        .tuple1()
        .reduce()
        .stop(),
    );
    expect(targets(bytes)).toEqual(['builtins.__import__', 'builtins.getattr', 'os.system']);
  });

  it('reports INST, OBJ, NEWOBJ and NEWOBJ_EX as calls', () => {
    const inst = pickle((p) => p.mark().string('id').inst('subprocess', 'Popen').stop());
    expect(targets(inst)).toEqual(['subprocess.Popen']);
    const obj = pickle((p) => p.mark().global('os', 'system').string('id').obj().stop());
    expect(targets(obj)).toEqual(['os.system']);
    const newobj = pickle((p) => p.proto(2).global('pty', 'spawn').text('sh').tuple1().newobj().stop());
    expect(targets(newobj)).toEqual(['pty.spawn']);
    const newobjEx = pickle((p) =>
      p.proto(4).global('socket', 'socket').emptyTuple().emptyDict().newobjEx().stop(),
    );
    expect(targets(newobjEx)).toEqual(['socket.socket']);
  });

  it('records copyreg extension codes (EXT1, EXT2, EXT4)', () => {
    const bytes = pickle((p) =>
      p.proto(2).ext1(7).pop().ext2(513).pop().ext4(70000).emptyTuple().reduce().stop(),
    );
    const analysis = analysePickle(bytes);
    expect(analysis.extensions.map((extension) => extension.code)).toEqual([7, 513, 70000]);
    expect(analysis.calls[0]).toMatchObject({ target: undefined, description: 'extension code 70000' });
  });

  it('reports a call on a value built at load time as dynamic', () => {
    const bytes = pickle((p) =>
      p.proto(2).global('builtins', 'dict').emptyTuple().reduce().emptyTuple().reduce().stop(),
    );
    const analysis = analysePickle(bytes);
    expect(analysis.calls[1]).toMatchObject({ target: undefined, opcode: 'REDUCE' });
  });

  it('reports BUILD on a global (attribute overwrite), not on an instance', () => {
    const bytes = pickle((p) => p.proto(2).global('torch', 'load').emptyDict().build().stop());
    expect(analysePickle(bytes).calls).toMatchObject([{ opcode: 'BUILD', target: undefined }]);
    const instance = pickle((p) =>
      p.proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().emptyDict().build().stop(),
    );
    expect(analysePickle(instance).calls.map((call) => call.opcode)).toEqual(['REDUCE']);
  });

  it('keeps what it saw before a truncation and reports where it broke', () => {
    const full = pickle((p) => p.proto(2).call('os', 'system', 'id').text('more'));
    const truncated = full.subarray(0, full.length - 2);
    const analysis = analysePickle(truncated);
    expect(analysis.complete).toBe(false);
    expect(names(truncated)).toEqual(['os.system']);
    expect(analysis.error?.offset).toBe(full.length - 6);
    expect(analysis.error?.message).toMatch(/truncated/);
  });

  it('stops at an invalid opcode after a payload (nullifAI-style broken pickle)', () => {
    const bytes = pickle((p) => p.proto(2).call('os', 'system', 'id').raw([0xfe]).stop());
    const analysis = analysePickle(bytes);
    expect(targets(bytes)).toEqual(['os.system']);
    expect(analysis.error).toMatchObject({ offset: bytes.length - 2, message: 'invalid opcode 0xfe' });
  });

  it('never allocates from a huge length field', () => {
    const bytes = pickle((p) => p.proto(4).raw([0x8d, 0, 0, 0, 0, 0, 0, 0, 0x10]).stop());
    const started = performance.now();
    const analysis = analysePickle(bytes);
    expect(performance.now() - started).toBeLessThan(50);
    expect(analysis.error?.message).toMatch(/truncated/);
  });

  it('rejects an unknown protocol and an empty stack at STOP', () => {
    expect(analysePickle(new Uint8Array([0x80, 9, 0x2e])).error?.message).toMatch(/protocol 9/);
    expect(analysePickle(new Uint8Array([0x2e])).error?.message).toMatch(/underflow/);
  });

  it('analyses a torch-style state dict without error', () => {
    const bytes = pickle((p) => p.proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().stop());
    expect(analysePickle(bytes)).toMatchObject({ complete: true, protocol: 2, end: bytes.length });
  });
});

describe('embedded pickles', () => {
  it('records bytes arguments that are pickles themselves', () => {
    const inner = pickle((p) => p.proto(2).call('os', 'system', 'id').stop());
    const bytes = pickle((p) =>
      p.proto(3).global('pickle', 'loads').raw([0x43, inner.length], inner).tuple1().reduce().stop(),
    );
    const analysis = analysePickle(bytes);
    expect(analysis.embedded).toEqual([{ start: 18, end: 18 + inner.length }]);
  });
});

describe('streaming a pickle file window by window', () => {
  const reader = (bytes: Uint8Array) => ({
    size: bytes.length,
    read: (offset: number, length: number) => bytes.slice(offset, offset + length),
  });
  const strip = (analysis: ReturnType<typeof analysePickle>) => ({ ...analysis });

  it('gives the same result as the in-memory machine across window moves', () => {
    const builder = new PickleBuilder()
      .proto(4)
      .text('posix')
      .memoize()
      .text('system')
      .memoize()
      .pop()
      .pop()
      .mark();
    for (let index = 0; index < 20_000; index++) builder.unicode(`layer.${index}.weight`).int(index);
    builder.raw('d');
    builder.raw([0x8e, ...new Array(8).fill(0)]); // BINBYTES8 of length 0
    const big = new Uint8Array(400_000).fill(0x80);
    builder.raw([0x8e, 0x80, 0x1a, 0x06, 0, 0, 0, 0, 0], big).pop();
    builder.binget(0).binget(1).stackGlobal().text('id').tuple1().reduce().stop();
    const bytes = builder.bytes();
    const inMemory = analysePickle(bytes);
    const streamed = analysePickleFile(reader(bytes), 0, 1 << 17);
    expect(inMemory.complete).toBe(true);
    expect(strip(streamed)).toEqual(strip(inMemory));
    expect(streamed.calls.map((call) => call.target)).toEqual(['posix.system']);
  });

  it('reports a truncated payload at its absolute offset', () => {
    const bytes = pickle((p) => p.proto(4).text('x').raw([0x8e, 0, 0, 0x10, 0, 0, 0, 0, 0]));
    const streamed = analysePickleFile(reader(bytes), 0, 1 << 17);
    expect(streamed.error).toMatchObject({ offset: 5, message: expect.stringMatching(/truncated/) });
  });

  it('agrees with the in-memory machine on mutated inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
        (edits) => {
          const builder = new PickleBuilder().proto(4).mark();
          for (let index = 0; index < 3000; index++)
            builder.unicode(`k${index}`).global('torch', 'FloatStorage');
          const bytes = builder.raw('l').stop().bytes();
          for (const edit of edits) bytes[edit.at % bytes.length] = edit.value;
          expect(strip(analysePickleFile(reader(bytes), 0, 1 << 17))).toEqual(strip(analysePickle(bytes)));
        },
      ),
      { numRuns: 12 },
    );
  });
});
