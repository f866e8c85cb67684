/**
 * Repairs the source site's word filter (第一 → 头部, 最 → 蕞) where it is an artefact. Same length.
 * The repair table is data: loaders/data/artefact-repairs.json.
 */
import tableFile from '../data/artefact-repairs.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';

const table = checkCueFile<{ repairs: { pattern: string; to: string }[] }>(
  'artefact-repairs.json',
  tableFile,
  {
    repairs: { list: { pattern: 'string', to: 'string' } },
  },
);

const REPAIRS = table.repairs.map((r) => ({ re: new RegExp(r.pattern, 'gu'), to: r.to }));

export function repairArtefacts(text: string): string {
  let out = text;
  for (const { re, to } of REPAIRS) {
    out = out.replace(re, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args[args.length - 1] as { x?: string } | undefined;
      // All patterns capture exactly the replaced characters as group x, zero-width context around it.
      if (!groups?.x || groups.x.length !== to.length || match !== groups.x) return match;
      return to;
    });
  }
  return out;
}
