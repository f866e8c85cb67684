/**
 * `kg delete`: removes one document and whatever only it supported, in one transaction.
 * Nodes and relationships that other documents still support stay, with those documents' evidence.
 */
import type { Driver } from 'neo4j-driver';
import { clipInput, InputError, NotFoundError } from '../errors.js';
import { retractDocument } from './retract.js';

export class DocumentNotFoundError extends NotFoundError {
  constructor(readonly idOrFile: string) {
    const key = clipInput(idOrFile);
    super('document', key, `no stored document has the id or file ${JSON.stringify(key)}`);
  }
}

export interface DeletedDocument {
  id: string;
  file: string;
}

/**
 * The key is one document's id and another's file name (a file may be called `doc:…`): deleting
 * either could be the wrong one, so neither is (BAD_USER_INPUT, the candidates in `details`).
 */
export class AmbiguousDocumentError extends InputError {
  constructor(
    readonly idOrFile: string,
    readonly candidates: DeletedDocument[],
  ) {
    super(
      `${JSON.stringify(clipInput(idOrFile))} is ambiguous: it is the id or file of ${candidates.length} documents (` +
        `${candidates.map((c) => `${c.id}, file ${c.file}`).join('; ')}); nothing was deleted, give the id of the one to delete`,
      { reason: 'AMBIGUOUS', candidates },
    );
  }
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
        'MATCH (d:Document) WHERE d.id = $key OR d.file = $key RETURN d.id AS id, d.file AS file ORDER BY id',
        { key: idOrFile },
      );
      const docs = found.records.map((r) => ({ id: r.get('id') as string, file: r.get('file') as string }));
      const [doc] = docs;
      if (!doc) throw new DocumentNotFoundError(idOrFile);
      // The writer keeps one document per file and per id, but one's id can be another's file name.
      if (docs.length > 1) throw new AmbiguousDocumentError(idOrFile, docs);
      await retractDocument(tx, doc.id);
      return doc;
    });
  } finally {
    await session.close();
  }
}
