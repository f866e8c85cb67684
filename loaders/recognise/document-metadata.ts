/**
 * Document metadata (title, issuer, date, jurisdiction, genre) when the manifest does not give it:
 * read off the text with general cues. The manifest (seeds/manifest.json) wins when present.
 */
import type { Genre } from '../../src/model/graph-json.js';
import { findAgencyMentions } from './agencies.js';
import { findJurisdictions } from '../resolve/jurisdiction.js';

export interface DocumentMetadata {
  title: string;
  issuer: string;
  date: string | null;
  jurisdiction: string;
  genre: Genre;
}

const TITLE_CUE = /(工作报告|落实情况|情况表|措施|方案|意见|通知|办法|简报|专报|动态|规划|计划|要点)/;

export function inferMetadata(clean: string, file: string): DocumentMetadata {
  const head = clean.slice(0, 3000);
  const lines = head
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 6 && l.length <= 60 && !l.includes('。'));
  const title = lines.find((l) => TITLE_CUE.test(l)) ?? lines[0] ?? file;
  const genre: Genre = /情况表|任务表|台账|重点工作/.test(title + head.slice(0, 500))
    ? 'TASK_TABLE'
    : /工作报告/.test(title)
      ? 'WORK_REPORT'
      : /简报|专报|动态|供稿/.test(title + clean)
        ? 'BULLETIN'
        : /措施|方案|意见|通知|办法|牵头\)/.test(title + head)
          ? 'POLICY'
          : 'OTHER';
  // jurisdiction: the most frequent city (or district) named in the head of the text
  const counts = new Map<string, number>();
  for (const m of findJurisdictions(head)) {
    if (m.value.level === 'PROVINCE') continue;
    const name = m.value.level === 'CITY' ? m.value.name : m.value.name;
    counts.set(name, (counts.get(name) ?? 0) + (title.includes(m.value.local) ? 5 : 1));
  }
  const jurisdiction =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  const issuerMention = findAgencyMentions(title).find((m) => m.prefix.kind === 'place');
  const issuer = issuerMention ? issuerMention.surface : '';
  const date = /(20\d\d)[-年.](\d{1,2})[-月.](\d{1,2})/.exec(head);
  return {
    title,
    issuer,
    date: date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null,
    jurisdiction,
    genre,
  };
}
