/**
 * Device limits: a flow whose one system cannot fit the device's buffer binding limit is refused before any
 * device work, with a message that says so (and as a user error on the command line); batches are cut to the
 * limit; a run asked for more systems than fit says to use a smaller batch, before it dispatches anything.
 * The runtime checks run on a recording stand-in device with a small limit, so they need no GPU.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { compileProgram } from '../../backends/wgsl/program.js';
import { deviceMisfit, ProgramRunner, type Program } from '../../backends/wgsl/runtime.js';
import { flowc } from '../helpers/cli.js';

const flowOf = (n: number) => `flow sized {
  system particles ${n}, dim 3
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
}`;

/** The forward program of a flow of n particles, and its largest per-system buffer in bytes (n² messages of 8 floats). */
function programOf(n: number): Program {
  const { module } = compile(flowOf(n));
  return compileProgram(module, module.forward).program;
}

/** A stand-in GPUDevice that records what it is asked to do; only what the runtime touches before dispatch. */
function recordingDevice(maxStorageBufferBindingSize: number) {
  const calls: string[] = [];
  const device = {
    limits: { maxStorageBufferBindingSize },
    createBuffer: (d: { label: string }) => (calls.push(`createBuffer ${d.label}`), { destroy: () => undefined }),
    queue: { writeBuffer: () => calls.push('writeBuffer') },
    pushErrorScope: () => calls.push('pushErrorScope'),
    createCommandEncoder: () => {
      calls.push('createCommandEncoder');
      throw new Error('the stand-in device does not dispatch');
    },
  };
  return { device: device as unknown as GPUDevice, calls };
}

// WebGPU's flag constants, as the webgpu package would define them, for a process that has not loaded it.
const globals = globalThis as { GPUBufferUsage?: unknown; GPUMapMode?: unknown };
const hadGlobals = 'GPUBufferUsage' in globals;
beforeAll(() => {
  if (hadGlobals) return;
  globals.GPUBufferUsage = { STORAGE: 128, COPY_DST: 8, COPY_SRC: 4, UNIFORM: 64, MAP_READ: 1 };
  globals.GPUMapMode = { READ: 1 };
});
afterAll(() => {
  if (hadGlobals) return;
  delete globals.GPUBufferUsage;
  delete globals.GPUMapMode;
});

describe('WGSL device limits', () => {
  it('deviceMisfit names the buffer one system overflows, and passes a program that fits', () => {
    const program = programOf(200); // messages: 200 × 200 × 8 floats = 1.28 MB per system
    expect(deviceMisfit(program, { maxStorageBufferBindingSize: 1 << 30 })).toBeUndefined();
    const misfit = deviceMisfit(program, { maxStorageBufferBindingSize: 1 << 20 });
    expect(misfit).toMatch(/^sized\.forward: one system needs 1280000 bytes in buffer \S+; this device binds at most 1048576 \(maxStorageBufferBindingSize\): this flow is too large/);
  });

  it('a runner for a program that cannot fit one system fails before compiling a kernel or making a buffer', async () => {
    const { device, calls } = recordingDevice(1 << 20);
    let compiled = 0;
    const create = ProgramRunner.create(device, programOf(200), new Float32Array(1 << 16), () => (compiled++, Promise.resolve({} as GPUComputePipeline)));
    await expect(create).rejects.toThrow(/too large for the device/);
    expect(compiled).toBe(0);
    expect(calls).toEqual([]);
  });

  it('sizes batches to the limit (maxSystems), and refuses a larger run before dispatching', async () => {
    const program = programOf(5);
    const { device, calls } = recordingDevice(1 << 16);
    const runner = await ProgramRunner.create(device, program, new Float32Array(1 << 16), () => Promise.resolve({} as GPUComputePipeline));
    const largest = Math.max(...program.launches.flatMap((l) => Object.values(l.bind).map((r) => ('weights' in r ? 0 : 'temp' in r ? r.floats : program.values[String(r.value)]!))));
    expect(runner.maxSystems()).toBe(Math.floor((1 << 16) / (4 * largest)));
    calls.length = 0;
    const batch = runner.maxSystems() + 1;
    await expect(runner.runValues(new Map([[program.input, new Float32Array(batch * program.values[String(program.input)]!)]]), batch, [program.outputs.z])).rejects.toThrow(/use a smaller batch/);
    expect(calls).not.toContain('pushErrorScope');
    expect(calls).not.toContain('createCommandEncoder');
  });

  it('flowc sample refuses a flow too large for the device in one line, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-limits-'));
    // 12,000 particles: one system's messages take 12000² × 8 × 4 B = 4.6 GB, over the 1 GiB that SwiftShader
    // binds and over 4 GiB, more than a WebGPU binding on any device.
    const file = join(dir, 'big.flow');
    writeFileSync(file, flowOf(12000));
    const { module } = compile(flowOf(12000));
    saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 1));
    const out = join(dir, 's.npy');
    const run = flowc(['sample', file, '--weights', join(dir, 'w.safetensors'), '-n', '2', '--backend', 'wgsl', '-o', out]);
    expect(run.stderr).toMatch(/^flowc sample: sized\.sample: one system needs 4608000000 bytes .*too large for the device/);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
