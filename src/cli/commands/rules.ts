/** `npm run kg -- rules`: every extraction rule, stage by stage in order of precedence, with its purpose and example. */
import { RULES } from '../../../loaders/index.js';

export async function run(): Promise<number> {
  for (const { stage, rules } of RULES) {
    console.log(`\n${stage}`);
    for (const r of rules)
      console.log(
        `  ${r.id.padEnd(32)} ${r.purpose}\n  ${''.padEnd(32)} e.g. ${r.example.doc}: ${r.example.text.replace(/\n/gu, ' / ')}`,
      );
  }
  return 0;
}
