import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProfileSchema, type Profile } from '../../../domain/schemas/profile';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/profiles');

export const fixtureNames = (): string[] => readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

export function fixture(name: string): Profile {
  return ProfileSchema.parse(JSON.parse(readFileSync(resolve(FIXTURES, `${name}.json`), 'utf8')));
}

/** A 2025 individual with overrides on the subject. */
export function person(subject: Record<string, unknown>, reviewYear = 2025): Profile {
  return ProfileSchema.parse({ reviewYear, subject: { kind: 'individual', occupation: 'cong-chuc', partyJoinDate: '2010-01-01', ...subject } });
}

export function collective(subject: Record<string, unknown>, reviewYear = 2025): Profile {
  return ProfileSchema.parse({ reviewYear, subject: { kind: 'collective', name: 'Chi bộ A', ...subject } });
}
