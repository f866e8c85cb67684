import { describe, expect, it } from 'vitest';
import { graphProblems, InvalidGraphError, validateGraph } from '../../../src/store/validate.js';
import { threeDocuments } from '../../support/store-graphs.js';

describe('validateGraph', () => {
  it('accepts the well-formed fixture and returns it', () => {
    const graph = threeDocuments();
    expect(validateGraph(graph, 'fixture')).toBe(graph);
  });

  it('refuses a non-object and a wrong version', () => {
    expect(graphProblems([])).toEqual(['the top level is not a JSON object']);
    const graph = { ...threeDocuments(), version: 2 };
    expect(graphProblems(graph)).toEqual(['version is 2, expected 1']);
  });

  it('names an unknown label with the node', () => {
    const graph = threeDocuments() as unknown as { nodes: Array<{ label: string }> };
    graph.nodes[1]!.label = 'Company';
    expect(() => validateGraph(graph, 'g.json')).toThrow(
      'g.json: node #1 agency:zhczj: unknown label "Company" (expected one of Agency, Project, Place, Funding, Person)',
    );
  });

  it('names a dangling edge and a wrong end label', () => {
    const graph = threeDocuments();
    graph.edges[1]!.to = 'place:nowhere';
    graph.edges[2]!.to = 'place:zhuhai';
    const problems = graphProblems(graph);
    expect(problems).toContain(
      'edge #1 LOCATED_IN project:lng2 -> place:nowhere: "to" place:nowhere is not a node of this graph (dangling edge)',
    );
    expect(problems).toContain(
      'edge #2 ASSISTS agency:zhczj -> place:zhuhai: "to" is a Place, ASSISTS needs Project',
    );
  });

  it('names evidence without a quote, with a bad span, or citing an unknown document', () => {
    const graph = threeDocuments();
    const evidence = graph.edges[0]!.evidence;
    evidence[0]!.quote = '';
    evidence[1]!.start = 1.5;
    graph.edges[1]!.evidence[0]!.doc = 'doc:zzz';
    graph.edges[2]!.evidence[0]!.end = 10_000;
    const problems = graphProblems(graph);
    expect(problems).toContain('edge #0 LEADS agency:zhfgj -> project:lng2: evidence #0 has no quote');
    expect(
      problems.some((p) =>
        p.startsWith('edge #0 LEADS agency:zhfgj -> project:lng2: evidence #1 has a span'),
      ),
    ).toBe(true);
    expect(problems).toContain(
      'edge #1 LOCATED_IN project:lng2 -> place:jinwan: evidence #0 cites "doc:zzz", which is not a document of this graph',
    );
    expect(problems.some((p) => p.includes('edge #2') && p.includes('past the end of the document'))).toBe(
      true,
    );
  });

  it('refuses an edge without evidence and a quote whose length differs from its span', () => {
    const graph = threeDocuments();
    graph.edges[0]!.evidence = [];
    graph.edges[1]!.evidence[0]!.quote = '项目位于金湾';
    const problems = graphProblems(graph);
    expect(problems[0]).toBe(
      'edge #0 LEADS agency:zhfgj -> project:lng2: has no evidence (every edge needs at least one evidence item)',
    );
    expect(problems[1]).toBe(
      'edge #1 LOCATED_IN project:lng2 -> place:jinwan: evidence #0 has a quote of 6 chars for a span of 7',
    );
  });

  it('refuses duplicate ids, duplicate files, reserved and non-scalar props, DEPENDS_ON without kind', () => {
    const graph = threeDocuments();
    graph.nodes.push({ ...graph.nodes[0]! });
    graph.documents[2]!.file = 'a.txt';
    graph.nodes[2]!.props = { aliases: 'x', tags: ['a'] as unknown as string };
    graph.edges.push({
      type: 'DEPENDS_ON',
      from: 'project:szm',
      to: 'project:lng2',
      props: {},
      evidence: graph.edges[0]!.evidence,
    });
    const problems = graphProblems(graph);
    expect(problems).toEqual(
      expect.arrayContaining([
        'node #7 agency:zhfgj: duplicate node id',
        'document #2 doc:c: file a.txt is also the file of document #0',
        'node #2 project:lng2: props.aliases is reserved by the store',
        'node #2 project:lng2: props.tags is not a string, number, boolean or null',
        'edge #7 DEPENDS_ON project:szm -> project:lng2: props.kind undefined is not one of RELIES_ON, PART_OF, NEXT_PHASE, SUPPORTS, PRECONDITION',
      ]),
    );
  });

  it('lists at most ten problems and says how many more', () => {
    const graph = threeDocuments();
    for (const edge of graph.edges) edge.evidence = [];
    for (const node of graph.nodes) node.name = '';
    try {
      validateGraph(graph, 'big.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidGraphError);
      const message = (error as Error).message;
      expect(message.startsWith('big.json: 14 problems in the graph JSON:\n  - node #0')).toBe(true);
      expect(message.endsWith('  - … and 4 more')).toBe(true);
    }
  });
  it('refuses enum props outside the contract, naming the node and the value', () => {
    const graph = threeDocuments();
    graph.nodes[0]!.props.kind = 'BOGUS_KIND';
    graph.nodes[2]!.props.kind = 'BRIDGE';
    graph.nodes[4]!.props.level = 'GALAXY';
    graph.nodes[6]!.props = { yuan: '4亿', kind: 'GIFT' };
    expect(graphProblems(graph)).toEqual([
      'node #0 agency:zhfgj: props.kind "BOGUS_KIND" is not one of GOVERNMENT, PARTY, TASK_FORCE, SOE, ENTERPRISE, INSTITUTION',
      'node #2 project:lng2: props.kind "BRIDGE" is not one of INFRASTRUCTURE, INDUSTRIAL, PUBLIC_SERVICE, PROGRAM, MEASURE',
      'node #4 place:jinwan: props.level "GALAXY" is not one of PROVINCE, CITY, DISTRICT, COUNTY, TOWN, VILLAGE, ZONE, AREA',
      'node #6 funding:b1: props.kind "GIFT" is not one of TOTAL_INVESTMENT, PLANNED_INVESTMENT, COMPLETED_INVESTMENT, SUBSIDY, BOND, FUND, BUDGET, REVENUE, LOAN, OTHER',
      'node #6 funding:b1: props.yuan "4亿" is not a number',
    ]);
    // null gives no value: allowed.
    const graphWithNull = threeDocuments();
    graphWithNull.nodes[0]!.props.kind = null;
    expect(graphProblems(graphWithNull)).toEqual([]);
  });

  it('refuses dates that are not on the calendar', () => {
    for (const date of ['2024-13-45', '2023-02-29', '2024-04-31', '2024-00-10', '2024-1-5']) {
      const graph = threeDocuments();
      graph.documents[1]!.date = date;
      expect(graphProblems(graph)).toEqual([
        `document #1 doc:b: date "${date}" is neither null nor a calendar date YYYY-MM-DD`,
      ]);
    }
    const leap = threeDocuments();
    leap.documents[1]!.date = '2024-02-29';
    expect(graphProblems(leap)).toEqual([]);
  });

  it('refuses over-long fields, quoting at most 200 characters of them', () => {
    const graph = threeDocuments();
    graph.documents[0]!.jurisdiction = '珠'.repeat(3_000);
    graph.documents[1]!.title = 'x'.repeat(1_000_000);
    graph.nodes[0]!.name = '局'.repeat(501);
    graph.nodes[1]!.aliases = ['财'.repeat(600)];
    graph.nodes[2]!.props.note = 'n'.repeat(1_001);
    const problems = graphProblems(graph);
    expect(problems.map((p) => p.replace(/: ".*$/su, ''))).toEqual([
      'document #0 doc:a: jurisdiction has 3000 characters, more than 100',
      'document #1 doc:b: title has 1000000 characters, more than 500',
      'node #0 agency:zhfgj: name has 501 characters, more than 500',
      'node #1 agency:zhczj: an alias has 600 characters, more than 500',
      'node #2 project:lng2: props.note has 1001 characters, more than 1000',
    ]);
    expect(problems[1]).toBe(
      `document #1 doc:b: title has 1000000 characters, more than 500: "${'x'.repeat(200)}"… (1000000 characters)`,
    );
    for (const p of problems) expect(p.length).toBeLessThan(300);
  });

  it('quotes at most 200 characters of a huge id, type or value in any message', () => {
    const graph = threeDocuments();
    const huge = 'q'.repeat(100_000);
    graph.documents[0]!.genre = huge as never;
    graph.edges[0]!.type = huge as never;
    graph.edges[1]!.to = huge;
    const problems = graphProblems(graph);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.length, p.slice(0, 80)).toBeLessThan(700);
  });
});
