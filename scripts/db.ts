/** `npm run db:start | db:stop | db:status`: the commands are in src/neo4j-server/commands.ts. */
import { errorReport } from '../src/errors.js';
import { DB_COMMANDS } from '../src/neo4j-server/commands.js';

const name = process.argv[2] ?? '';
const command = DB_COMMANDS[name];
if (!command) {
  console.error(`usage: tsx scripts/db.ts ${Object.keys(DB_COMMANDS).join('|')}`);
  process.exitCode = 2;
} else {
  command().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`db:${name}: ${errorReport(error)}`);
      process.exitCode = 1;
    },
  );
}
