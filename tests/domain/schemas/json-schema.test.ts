import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTED, jsonSchemaText } from '../../../scripts/export-schemas';

describe('JSON Schema files in schemas/ are generated from the zod schemas', () => {
  it.each(Object.keys(EXPORTED))('schemas/%s.schema.json is up to date (run `npm run schemas`)', (name) => {
    const committed = readFileSync(join(__dirname, '../../../schemas', `${name}.schema.json`), 'utf8');
    expect(committed).toBe(jsonSchemaText(name));
    const parsed = JSON.parse(committed);
    expect(parsed.title).toMatch(/\p{L}/u);
    expect(parsed.type).toBe('object');
  });

  it('the profile schema names its required fields', () => {
    const profile = JSON.parse(jsonSchemaText('profile'));
    expect(profile.required).toContain('reviewYear');
    expect(profile.required).toContain('subject');
  });
});
