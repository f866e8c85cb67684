import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectionSettings, openDriver } from '../../../src/store/connection.js';
import { openTestDriver, testConnectionSettings } from '../../support/neo4j.js';

describe('the test Neo4j server', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = openTestDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('reaches the test process through NEO4J_* as well as inject()', () => {
    const provided = inject('neo4j');
    const fromEnv = connectionSettings();
    expect(fromEnv.uri).toBe(provided.uri);
    expect(fromEnv.user).toBe(provided.user);
    expect(fromEnv.password).toBe(provided.password);
    expect(fromEnv.local).toBe(false);
    // Never the developer's main instance on the default port.
    if (provided.local) expect(provided.uri).not.toBe('bolt://127.0.0.1:7687');
  });

  it('has authentication on: a wrong password is refused', async () => {
    const settings = testConnectionSettings();
    const intruder = openDriver({ ...settings, password: `${settings.password}-wrong` });
    try {
      await expect(intruder.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await intruder.close();
    }
  });

  it('has authentication on: no credentials at all are refused', async () => {
    const settings = testConnectionSettings();
    // The driver's typings omit auth.none(); this is the token it builds.
    const anonymous = neo4j.driver(
      settings.uri,
      { scheme: 'none', principal: '', credentials: '' },
      {
        logging: { level: 'error', logger: () => {} },
      },
    );
    try {
      await expect(anonymous.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: expect.stringMatching(/^Neo\.ClientError\.Security\./),
      });
    } finally {
      await anonymous.close();
    }
  });

  it('writes and reads back a node (with Chinese text) in the default database', async () => {
    const marker = `connection-test-${process.pid}-${Date.now()}`;
    const name = '广东省发展和改革委员会';
    await driver.executeQuery('CREATE (:ConnectionProbe {marker: $marker, name: $name, at: datetime()})', {
      marker,
      name,
    });
    try {
      const { records } = await driver.executeQuery(
        'MATCH (p:ConnectionProbe {marker: $marker}) RETURN p.name AS name, count(*) AS n',
        { marker },
      );
      expect(records).toHaveLength(1);
      expect(records[0]?.get('name')).toBe(name);
      expect(records[0]?.get('n').toNumber()).toBe(1);
    } finally {
      await driver.executeQuery('MATCH (p:ConnectionProbe {marker: $marker}) DELETE p', { marker });
    }
    const { records } = await driver.executeQuery(
      'MATCH (p:ConnectionProbe {marker: $marker}) RETURN count(p) AS n',
      {
        marker,
      },
    );
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });

  it('is Neo4j 5 Community', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(String(records[0]?.get('version'))).toMatch(/^5\./);
    if (inject('neo4j').local) {
      expect(records[0]?.get('edition')).toBe('community');
      expect(String(records[0]?.get('version'))).toMatch(/^5\.26\./);
    }
  });
});
