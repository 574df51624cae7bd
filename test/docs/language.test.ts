/** docs/language.md is generated from the vocabulary: it must be what `npm run docs` writes today. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { languageReference } from '../../compiler/docs/language-reference.js';
import { Registries } from '../../stdlib/vocabulary/constructs.js';
import { trainSpec } from '../../stdlib/vocabulary/statements.js';

const file = new URL('../../docs/language.md', import.meta.url);

describe('docs/language.md', () => {
  it('is the generated reference (run `npm run docs` after changing stdlib/vocabulary/)', () => {
    expect(readFileSync(file, 'utf8')).toBe(languageReference());
  });
  it('lists every construct and option with its default', () => {
    const text = languageReference();
    for (const registry of Object.values(Registries))
      for (const spec of registry.members.values()) {
        expect(text).toContain(`### \`${spec.name}\``);
        for (const o of spec.options) expect(text).toContain(`| \`${o.name}\` |`);
      }
    expect(text).toMatch(/\| `bins` \| an integer, ≥ 1, ≤ 128 \| `8` \| number of bins K \|/);
    expect(text).toContain(`| \`lr\` |`);
    expect(trainSpec.options.every((o) => text.includes(o.doc))).toBe(true);
  });
});
