/**
 * `kg delete`: removes one document and whatever only it supported, in one transaction.
 * Nodes and relationships that other documents still support stay, with those documents' evidence.
 */
import type { Driver } from 'neo4j-driver';
import { NotFoundError } from '../errors.js';
import { retractDocument } from './retract.js';

export class DocumentNotFoundError extends NotFoundError {
  constructor(readonly idOrFile: string) {
    super('document', idOrFile, `no stored document has the id or file ${JSON.stringify(idOrFile)}`);
  }
}

export interface DeletedDocument {
  id: string;
  file: string;
}

/** Accepts a document id (`doc:…`) or a file name (a path is reduced to its base name by the CLI). */
export async function deleteDocument(
  driver: Driver,
  idOrFile: string,
  options: { database?: string } = {},
): Promise<DeletedDocument> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(
        'MATCH (d:Document) WHERE d.id = $key OR d.file = $key RETURN d.id AS id, d.file AS file',
        { key: idOrFile },
      );
      const record = found.records[0];
      if (!record) throw new DocumentNotFoundError(idOrFile);
      // The writer keeps one document per file, and ids (`doc:…`) never look like file names: one match.
      const doc = { id: record.get('id') as string, file: record.get('file') as string };
      await retractDocument(tx, doc.id);
      return doc;
    });
  } finally {
    await session.close();
  }
}
