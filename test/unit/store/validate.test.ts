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
});
