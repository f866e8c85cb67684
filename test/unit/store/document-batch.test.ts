import { describe, expect, it } from 'vitest';
import { splitByDocument } from '../../../src/store/document-batch.js';
import { TEXT_MAP, threeDocuments } from '../../support/store-graphs.js';

describe('splitByDocument', () => {
  it('gives each document the edges it has evidence for, with only its own items', () => {
    const { batches } = splitByDocument(threeDocuments(), TEXT_MAP);
    const [a, b, c] = batches;
    const leads = (batch: typeof a) => batch!.edges.find((g) => g.type === 'LEADS')!.rows;
    expect(leads(a)).toHaveLength(1);
    expect(leads(a)[0]!.evQuotes).toEqual(['珠海市发展和改革局牵头建设珠海LNG二期工程']);
    expect(leads(b)[0]!.evQuotes).toEqual(['市发展改革局负责珠海LNG二期工程']);
    expect(a!.edgeCount).toBe(3);
    expect(b!.edgeCount).toBe(3);
    expect(c!.edgeCount).toBe(2);
  });

  it('mentions exactly the nodes touched by evidence from the document', () => {
    const { batches, unattributedNodes } = splitByDocument(threeDocuments());
    const ids = (i: number) =>
      Object.values(batches[i]!.nodes)
        .flat()
        .map((n) => n.id)
        .sort();
    expect(ids(0)).toEqual(['agency:zhczj', 'agency:zhfgj', 'place:jinwan', 'project:lng2']);
    expect(ids(2)).toEqual(['agency:zhfgj', 'place:jinwan', 'place:zhuhai', 'project:szm']);
    expect(unattributedNodes).toBe(0);
  });

  it('groups edges by type and end labels, one group per Cypher statement', () => {
    const graph = threeDocuments();
    graph.nodes.push({ id: 'agency:zhzf', label: 'Agency', name: '珠海市人民政府', props: {} });
    graph.edges.push({ ...graph.edges[5]!, from: 'agency:zhczj', to: 'agency:zhzf' });
    const c = splitByDocument(graph).batches[2]!;
    expect(c.edges.map((g) => `${g.type}:${g.fromLabel}:${g.toLabel}`).sort()).toEqual([
      'LEADS:Agency:Project',
      'PART_OF:Agency:Agency',
      'PART_OF:Place:Place',
    ]);
  });

  it('merges duplicate edges and keeps DEPENDS_ON kinds apart', () => {
    const graph = threeDocuments();
    const [first] = graph.edges;
    graph.edges.push({ ...first!, evidence: [first!.evidence[0]!] });
    const ev = first!.evidence[0]!;
    graph.edges.push(
      {
        type: 'DEPENDS_ON',
        from: 'project:szm',
        to: 'project:lng2',
        props: { kind: 'RELIES_ON' },
        evidence: [ev],
      },
      {
        type: 'DEPENDS_ON',
        from: 'project:szm',
        to: 'project:lng2',
        props: { kind: 'SUPPORTS' },
        evidence: [ev],
      },
    );
    const a = splitByDocument(graph).batches[0]!;
    expect(a.edges.find((g) => g.type === 'LEADS')!.rows[0]!.evStarts).toHaveLength(1);
    expect(a.edges.find((g) => g.type === 'DEPENDS_ON')!.rows.map((r) => r.kind)).toEqual([
      'RELIES_ON',
      'SUPPORTS',
    ]);
  });

  it('builds passages from the text when it matches the quotes, else from the quote', () => {
    const withText = splitByDocument(threeDocuments(), TEXT_MAP).batches[0]!;
    expect(withText.passages.map((p) => p.text)).toEqual([
      '珠海市发展和改革局牵头建设珠海LNG二期工程。',
      '项目位于金湾区。',
      '市财政局配合。',
    ]);
    const wrongText = new Map([['doc:a', 'something else entirely, not the document at all']]);
    const withoutText = splitByDocument(threeDocuments(), wrongText).batches[0]!;
    expect(withoutText.passages.map((p) => p.text)).toEqual([
      '珠海市发展和改革局牵头建设珠海LNG二期工程',
      '项目位于金湾区',
      '市财政局配合',
    ]);
  });

  it('gives orphan nodes to the only document, and counts them as unattributed otherwise', () => {
    const single = threeDocuments();
    single.documents = [single.documents[0]!];
    single.edges = single.edges.filter((e) => e.evidence.every((ev) => ev.doc === 'doc:a'));
    const only = splitByDocument(single);
    expect(only.batches[0]!.nodeCount).toBe(7);
    expect(only.unattributedNodes).toBe(0);

    const multi = threeDocuments();
    multi.nodes.push({ id: 'person:x', label: 'Person', name: '杨川', props: {} });
    expect(splitByDocument(multi).unattributedNodes).toBe(1);
  });

  it('hashes content: same input same hash, changed evidence different hash', () => {
    const one = splitByDocument(threeDocuments()).batches[1]!.hash;
    expect(splitByDocument(threeDocuments()).batches[1]!.hash).toBe(one);
    const changed = threeDocuments();
    changed.edges[3]!.props = { note: 'x' };
    expect(splitByDocument(changed).batches[1]!.hash).not.toBe(one);
    expect(splitByDocument(changed).batches[0]!.hash).toBe(
      splitByDocument(threeDocuments()).batches[0]!.hash,
    );
  });
});
