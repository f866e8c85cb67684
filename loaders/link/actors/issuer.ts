import type { ActorRule } from './actor.js';

/** A work report's subjectless 推进…建设 is the issuing government's work. */
export const issuer: ActorRule = {
  id: 'actor/issuer',
  purpose:
    'The issuer of a work report, bulletin or progress news is the actor of the work it reports doing or plans to do.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '高质量完成金湖公园绿美广东示范点一期工程建设' },
  actorOf: (ctx) => {
    const issuing = ctx.doc.issuer;
    if (!issuing || !ctx.doc.issuerActs) return undefined;
    return { agencies: [{ agency: issuing, surface: null }], rule: issuer.id };
  },
};
