/** Where the money goes: funding sums by place, agency, kind or document, and each amount's links. */
import type { GraphReader } from '../graph-reader.js';
import type { Loaders } from '../loaders.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs } from '../pagination.js';
import type { EntityRow, EvidenceRow } from '../rows.js';
import { fundingSummary } from '../translate/funding.js';
import type { FundingGroupBy } from '../schema/enums.js';
import type { EntityService } from './entities.js';

export interface FundingFilterArgs {
  kind?: string | null;
  place?: string | null;
  agency?: string | null;
  document?: string | null;
  project?: string | null;
}

export interface FundingGroupRow {
  key: string | null;
  name: string | null;
  totalYuan: number;
  count: number;
}

export class FundingService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  async summary(
    groupBy: FundingGroupBy,
    filter: FundingFilterArgs,
    page: PageArgs,
  ): Promise<Connection<FundingGroupRow>> {
    const window = pageWindow(page);
    const [placeId, agencyId] = await Promise.all([
      this.entities.resolveFilterRef('Place', filter.place),
      this.entities.resolveFilterRef('Agency', filter.agency),
    ]);
    const [row] = await this.reader.read(
      fundingSummary(
        groupBy,
        { kind: filter.kind, placeId, agencyId, documentId: filter.document, projectId: filter.project },
        window,
      ),
    );
    return toConnection(readPage(row, window, (raw: FundingGroupRow) => raw));
  }

  /** The projects or agencies the amount is for. */
  async recipients(fundingId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('fundingTargets', fundingId)).map((n) => n.node);
  }

  async providers(fundingId: string): Promise<EntityRow[]> {
    return (await this.loaders.neighbours('fundingProviders', fundingId)).map((n) => n.node);
  }

  async evidence(fundingId: string): Promise<EvidenceRow[]> {
    return (await this.loaders.neighbours('fundingFacts', fundingId)).flatMap((n) => n.fact.evidence);
  }
}
