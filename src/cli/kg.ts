#!/usr/bin/env node
/**
 * `npm run kg -- <command> [args]`: the command-line entry point.
 *
 * Each command lives in its own module under ./commands and is imported only when called, so that
 * `kg extract` never loads the Neo4j driver and `kg stats` never loads the extractor.
 */
import { errorReport } from '../errors.js';

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'extract <files|dirs> [--out graph.json]   documents → graph JSON (no database)',
    load: () => import('./commands/extract.js'),
  },
  load: {
    summary: 'load <files|dirs|graph.json>              extract (if needed) and write into Neo4j',
    load: () => import('./commands/load.js'),
  },
  rebuild: {
    summary:
      'rebuild                                   extract every stored document again, rewrite what changed',
    load: () => import('./commands/rebuild.js'),
  },
  delete: {
    summary: 'delete <document id|file>                 remove a document and what only it supports',
    load: () => import('./commands/delete.js'),
  },
  stats: {
    summary: 'stats                                     counts per label and relationship type',
    load: () => import('./commands/stats.js'),
  },
  export: {
    summary: 'export [--format graph|jsonld|nquads] [--out f]  the stored graph as graph JSON or linked data',
    load: () => import('./commands/export.js'),
  },
  rules: {
    summary:
      'rules                                     every extraction rule, in order, with its purpose and example',
    load: () => import('./commands/rules.js'),
  },
  eval: {
    summary: 'eval [--gold dir] [--verbose]             score the extraction of seeds/ against the gold',
    load: () => import('./commands/eval.js'),
  },
  corpus: {
    summary:
      'corpus check | corpus agree A.json B.json  check the gold files / score one reading against another',
    load: () => import('./commands/corpus.js'),
  },
};

function usage(): string {
  return ['usage: npm run kg -- <command> [args]', '', 'commands:']
    .concat(Object.values(COMMANDS).map((c) => `  ${c.summary}`))
    .join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.error(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`kg: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Bad input or a missing service: what and where, never a stack trace; a bug: its stack.
    console.error(`kg: ${errorReport(error)}`);
    process.exitCode = 1;
  },
);
