/** The explorer's addresses and IRIs agree, and the evidence window stays within the API's range limit. */
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_RANGE } from '../../../src/api/services/documents.js';
import { splitAt, windowAround, MAX_RANGE } from '../../../src/explorer/evidence-window.js';
import { evidenceHref, pageOf, routeOf } from '../../../src/explorer/routes.js';
import { idPath, iriOf, parseIdPath } from '../../../src/linked-data/iri.js';
import { baseUri } from '../../../src/linked-data/base-uri.js';

describe('IRIs', () => {
  it('round-trips ids of every label through their path, keys percent-encoded', () => {
    for (const id of [
      'agency:珠海市发展和改革局',
      'project:珠海LNG二期工程',
      'place:zone:高栏港/综合保税区',
      'funding:0123abcd',
      'person:珠海市:杨川',
      'doc:8bbcd799bbb03f60',
      'project:a b?c#d%e',
    ]) {
      const path = idPath(id)!;
      expect(path).toMatch(/^\/id\/(Agency|Project|Place|Funding|Person|Document)\/[A-Za-z0-9%._~!*'()-]+$/);
      expect(parseIdPath(path)).toMatchObject({ id });
      expect(routeOf(path, '')).toMatchObject({ view: 'entity', id });
      expect(pageOf(id)).toBe(path);
    }
    expect(iriOf('http://127.0.0.1:4000', 'doc:abc')).toBe('http://127.0.0.1:4000/id/Document/abc');
    expect(idPath('unknown:x')).toBeUndefined();
  });

  it('refuses paths under /id/ that name nothing', () => {
    expect(parseIdPath('/id/Agency')).toHaveProperty('error');
    expect(parseIdPath('/id/Robot/x')).toHaveProperty('error');
    expect(parseIdPath('/id/Agency/%E7%8F')).toHaveProperty('error');
    expect(parseIdPath('/graphql')).toBeUndefined();
  });

  it('reads KG_BASE_URI: default, trailing slash dropped, anything but an http(s) URL refused', () => {
    expect(baseUri(undefined)).toBe('http://127.0.0.1:4000');
    expect(baseUri('https://kg.example.org/gov/')).toBe('https://kg.example.org/gov');
    expect(() => baseUri('kg.example.org')).toThrow(/KG_BASE_URI/);
    expect(() => baseUri('ftp://kg.example.org')).toThrow(/KG_BASE_URI/);
  });
});

describe('explorer routes', () => {
  it('maps paths to pages and evidence links to the evidence view', () => {
    expect(routeOf('/', '')).toEqual({ view: 'home' });
    expect(routeOf('/search', '?q=%E5%8F%91%E6%94%B9')).toEqual({ view: 'search', text: '发改' });
    const href = evidenceHref({ start: 3, end: 9, document: { id: 'doc:a' } });
    const url = new URL(href, 'http://x');
    expect(routeOf(url.pathname, url.search)).toEqual({ view: 'evidence', doc: 'doc:a', start: 3, end: 9 });
    expect(routeOf('/evidence', '?doc=doc:a&start=9&end=3')).toMatchObject({ view: 'missing' });
    expect(routeOf('/nowhere', '')).toEqual({ view: 'missing', path: '/nowhere' });
  });
});

describe('evidence window', () => {
  it('reads context either side of the quote, never more than one API range', () => {
    expect(MAX_RANGE).toBe(MAX_TEXT_RANGE);
    expect(windowAround(100, 120)).toEqual({ start: 0, end: 2120 });
    expect(windowAround(10_000, 10_020)).toEqual({ start: 8000, end: 12_020 });
    const wide = windowAround(100_000, 100_050, 80_000, 80_000);
    expect(wide.end - wide.start).toBe(MAX_RANGE);
    expect(wide.end).toBeGreaterThan(100_050);
  });

  it('splits the text read around the quoted span', () => {
    const text = '珠海市发展和改革局牵头建设珠海LNG二期工程';
    expect(splitAt(text.slice(2), 2, 9, 11)).toEqual({
      before: '市发展和改革局',
      quote: '牵头',
      after: '建设珠海LNG二期工程',
    });
  });
});
