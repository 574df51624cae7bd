/** `npm run docs`: writes docs/language.md from the vocabulary (test/docs/language.test.ts keeps them equal). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageReference } from '../compiler/docs/language-reference.js';

const target = fileURLToPath(new URL('../../docs/language.md', import.meta.url));
writeFileSync(target, languageReference());
console.log(`wrote ${target}`);
