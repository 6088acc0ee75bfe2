import { foldVietnamese, nfc } from '../core/text';
import { CLICHE_DATA, type ClicheKind } from './cliche-phrases';

/**
 * Stock phrases of formal, empty self-reviews (the list and where each group comes from: cliche-phrases.ts).
 * Matched accent-insensitively on whole words. `hint` says what to write instead.
 */
export interface Cliche {
  key: string;
  phrase: string;
  kind: ClicheKind;
  hint: string;
}

/** Accent-insensitive, punctuation-free, single-spaced, padded with spaces for whole-word matching. */
export function matchKey(s: string): string {
  return ' ' + foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim() + ' ';
}

const words = (s: string): string => matchKey(s).trim();

/** "(a|b|)" → one of the wordings or nothing; plain words as they are. Matched against matchKey(text). */
export function compilePattern(pattern: string): RegExp {
  const parts = nfc(pattern).match(/\([^)]*\)|[^\s()]+/g) ?? [];
  const body = parts
    .map((p) => {
      if (!p.startsWith('(')) {
        const w = words(p);
        return w === '' ? '' : w + ' ';
      }
      const alts = p.slice(1, -1).split('|').map(words);
      return `(?:${alts.map((a) => (a === '' ? '' : a + ' ')).join('|')})`;
    })
    .join('');
  return new RegExp(' ' + body, 'g');
}

interface Compiled extends Cliche {
  res: RegExp[];
}

export const CLICHES: readonly Cliche[] = CLICHE_DATA.map(({ key, phrase, kind, hint }) => ({ key, phrase: nfc(phrase), kind, hint: nfc(hint) }));
const COMPILED: readonly Compiled[] = CLICHE_DATA.map((c, i) => ({ ...CLICHES[i]!, res: (c.patterns ?? [c.phrase]).map(compilePattern) }));

/**
 * The stock phrases in `text`, in list order. Where two phrases cover the same words ("hoàn thành tốt mọi nhiệm
 * vụ được giao"), only the first of the list is reported.
 */
export function findCliches(text: string): Cliche[] {
  const t = matchKey(text);
  const taken: [number, number][] = [];
  const out: Cliche[] = [];
  for (const c of COMPILED) {
    let found = false;
    for (const re of c.res) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const span: [number, number] = [m.index, m.index + m[0].length - 1];
        if (span[1] <= span[0]) {
          re.lastIndex = m.index + 1;
          continue;
        }
        if (!taken.some(([a, b]) => span[0] < b && a < span[1])) {
          taken.push(span);
          found = true;
        }
        re.lastIndex = m.index + 1;
      }
    }
    if (found) out.push({ key: c.key, phrase: c.phrase, kind: c.kind, hint: c.hint });
  }
  return out;
}
