/** The WGSL text helpers: only generated fragments reach a shader; names are sanitized and unique. */
import { describe, expect, it } from 'vitest';
import { f32, NameRegistry, u32, wgsl, type Part } from '../../backends/wgsl/codegen/wgsl.js';
import { noAdapterMessage, SWIFTSHADER_ICD, vulkanDriverList } from '../../backends/wgsl/device.js';

describe('wgsl template', () => {
  it('splices fragments, names and integers, and refuses plain strings and fractions', () => {
    const names = new NameRegistry();
    const x = names.fresh('x');
    expect(wgsl`let ${x} = ${f32(0.1)} * ${u32(3)} + ${2};`.text).toBe('let x = 0.100000001f * 3u + 2;');
    expect(() => wgsl`${'1); } fn evil() {' as unknown as Part}`).toThrow(/string spliced/);
    expect(() => wgsl`${0.5}`).toThrow(/use f32/);
    expect(() => f32(NaN)).toThrow(/non-finite/);
  });

  it('prints the exact float32 value', () => {
    for (const v of [1, -2.5, 1e-30, 3.4e38, Math.PI, 1 / 3]) expect(Math.fround(Number.parseFloat(f32(v).text))).toBe(Math.fround(v));
    expect(f32(1).text).toBe('1.00000000f');
  });
});

describe('name registry', () => {
  it('turns any hint into a unique valid identifier', () => {
    const names = new NameRegistry();
    const made = ['layer0.egnn.block0', 'layer0.egnn.block0', '9lives', 'fn', '__x__', 'héllo wörld', ''].map((h) => names.fresh(h).name);
    expect(new Set(made).size).toBe(made.length);
    for (const name of made) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(name).not.toMatch(/__/);
    }
    expect(made[0]).toBe('layer0_egnn_block0');
    expect(made[1]).toBe('layer0_egnn_block0_1');
    expect(made[3]).toBe('fn_');
  });
});

describe('Vulkan driver list', () => {
  const has = (path: string) => path === SWIFTSHADER_ICD;
  const mesa = ['/usr/share/vulkan/icd.d/lvp_icd.x86_64.json', '/usr/share/vulkan/icd.d/radeon_icd.x86_64.json'];
  it('lists the installed drivers with SwiftShader last, so a machine with Mesa but no GPU still gets an adapter', () => {
    if (process.platform !== 'linux') return;
    expect(vulkanDriverList({}, () => [], has)).toBe(SWIFTSHADER_ICD);
    expect(vulkanDriverList({}, () => mesa, has)).toBe([...mesa, SWIFTSHADER_ICD].join(':'));
    expect(vulkanDriverList({ FLOWC_WEBGPU_ADAPTER: 'swiftshader' }, () => mesa, has)).toBe(SWIFTSHADER_ICD);
  });
  it('leaves the loader alone when the user chose, or when SwiftShader is not there', () => {
    if (process.platform !== 'linux') return;
    expect(vulkanDriverList({ VK_ICD_FILENAMES: '/x.json' }, () => mesa, has)).toBeUndefined();
    expect(vulkanDriverList({ VK_DRIVER_FILES: '/x.json' }, () => mesa, has)).toBeUndefined();
    expect(vulkanDriverList({ FLOWC_WEBGPU_ADAPTER: 'system' }, () => mesa, has)).toBeUndefined();
    expect(vulkanDriverList({}, () => mesa, () => false)).toBeUndefined();
  });
  it('names FLOWC_WEBGPU_ADAPTER and what it tried when there is no adapter', () => {
    const tried = noAdapterMessage([...mesa, SWIFTSHADER_ICD].join(':'), {}, true);
    expect(tried).toContain('radeon_icd.x86_64.json');
    expect(tried).toContain('libvulkan1');
    const userChoice = noAdapterMessage(undefined, { VK_ICD_FILENAMES: '/x.json' }, true);
    expect(userChoice).toContain('VK_ICD_FILENAMES=/x.json');
    expect(userChoice).toContain('FLOWC_WEBGPU_ADAPTER=swiftshader');
    expect(noAdapterMessage(undefined, {}, false)).toContain('apt-get install --no-install-recommends libvulkan1 chromium');
  });
});
