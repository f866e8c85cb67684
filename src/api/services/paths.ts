/** The shortest connection between two entities, with the evidence of each step. */
import type { GraphReader } from '../graph-reader.js';
import { InputError, NotFoundError } from '../../errors.js';
import {
  entityRows,
  factRow,
  labelOfId,
  present,
  type EntityRow,
  type FactRow,
  type RawEntity,
} from '../rows.js';
import { MAX_HOPS, shortestPath } from '../translate/paths.js';

export interface PathRow {
  length: number;
  nodes: EntityRow[];
  steps: FactRow[];
}

export class PathService {
  constructor(private readonly reader: GraphReader) {}

  /** Null when the two are not connected within `maxHops`. */
  async path(from: string, to: string, maxHops: number): Promise<PathRow | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw new InputError(`maxHops must be between 1 and ${MAX_HOPS}`, { argument: 'maxHops' });
    }
    const fromLabel = labelOfId(from);
    const toLabel = labelOfId(to);
    if (!fromLabel) throw new NotFoundError('entity', from);
    if (!toLabel) throw new NotFoundError('entity', to);
    const [row] = await this.reader.read(
      shortestPath({ id: from, label: fromLabel }, { id: to, label: toLabel }, maxHops),
    );
    if (!row?.hasFrom) throw new NotFoundError('entity', from);
    if (!row.hasTo) throw new NotFoundError('entity', to);
    if (!row.nodes) return null;
    const raws = row.nodes as RawEntity[];
    const nodes = entityRows(raws);
    const steps = present((row.facts as FactRow[]).map(factRow));
    // A node or step deleted while the path was read breaks it: as if there were no path.
    if (nodes.length !== raws.length || steps.length !== raws.length - 1) return null;
    return { length: nodes.length - 1, nodes, steps };
  }
}
