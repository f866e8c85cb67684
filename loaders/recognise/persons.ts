/**
 * Persons: leaders named next to a title (杨川常务副市长, 市住房城乡建设局局长田建华), and the
 * responsible-leader cell of a task table (a bare name; its title comes from elsewhere in the
 * document when it is written there). Names are 2-3 characters starting with a common surname.
 */
import dataFile from '../data/person-titles.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import { PhraseTrie } from './phrase-trie.js';

const data = checkCueFile<{ titles: string[]; nameStops: string[]; surnames: string }>(
  'person-titles.json',
  dataFile,
  {
    titles: 'strings',
    nameStops: 'strings',
    surnames: 'string',
  },
);

const titles = new PhraseTrie<string>(data.titles.map((t) => [t, t]));
const surnames = new Set(data.surnames);
const nameStops = new Set(data.nameStops);
const CJK = /[\u4e00-\u9fff]/;

export function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 3 || !surnames.has(s[0]!)) return false;
  for (const ch of s) if (!CJK.test(ch) || nameStops.has(ch)) return false;
  return true;
}

/** name → title for every "name+title" or "title+name" written in the text. */
export function findPersonTitles(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of titles.scan(text)) {
    // name before the title: 杨川常务副市长
    for (const len of [2, 3]) {
      const name = text.slice(m.start - len, m.start);
      const before = text[m.start - len - 1] ?? '';
      if (looksLikeName(name) && (len === 2 || !CJK.test(before) || /[、委长等]/.test(before))) {
        if (!out.has(name)) out.set(name, m.value);
        break;
      }
    }
    // name after the title: 局长田建华
    for (const len of [3, 2]) {
      const name = text.slice(m.end, m.end + len);
      const after = text[m.end + len] ?? '';
      if (looksLikeName(name) && (!CJK.test(after) || /[主带在到出等同]/.test(after))) {
        if (!out.has(name)) out.set(name, m.value);
        break;
      }
    }
  }
  return out;
}
