/** The environment, parsed in one place (src/config.ts): defaults, values, and errors naming the variable. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { EnvironmentError } from '../../src/errors.js';

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(parseConfig({})).toEqual({
      neo4j: { user: 'neo4j', password: '', connectTimeoutMs: 5000 },
      localServer: { boltPort: 7687, httpPort: 7474, classArchive: true },
      api: { host: '127.0.0.1', port: 4000, development: false },
      linkedData: { baseUri: 'http://127.0.0.1:4000' },
      browser: { chromiumPath: '/usr/bin/chromium' },
    });
  });

  it('names KG_BASE_URI when it is no http(s) URL', () => {
    expect(() => parseConfig({ KG_BASE_URI: 'ftp://kg.example.org' })).toThrow(
      /KG_BASE_URI='ftp:\/\/kg.example.org' must be an http\(s\) URL/u,
    );
  });

  it('reads a configured server, the API settings and a test server', () => {
    const config = parseConfig({
      NEO4J_URI: ' neo4j+s://abc.databases.neo4j.io ',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: ' secret with spaces ',
      NEO4J_DATABASE: 'kg',
      HOST: '0.0.0.0',
      PORT: '0',
      KG_API_KEY: 'k',
      NODE_ENV: 'development',
      NEO4J_CLASS_ARCHIVE: 'off',
      JAVA_HOME: '/opt/jdk',
      NEO4J_TEST_URI: 'bolt://127.0.0.1:7999',
      NEO4J_CONNECT_TIMEOUT_MS: '2500',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'reader',
      password: ' secret with spaces ',
      database: 'kg',
      connectTimeoutMs: 2500,
    });
    expect(config.api).toEqual({ host: '0.0.0.0', port: 0, apiKey: 'k', development: true });
    expect(config.localServer).toMatchObject({ classArchive: false, javaHome: '/opt/jdk' });
    expect(config.testNeo4j).toEqual({ uri: 'bolt://127.0.0.1:7999', user: 'neo4j', password: '' });
  });

  it('takes blank values for unset', () => {
    expect(parseConfig({ NEO4J_URI: '  ', PORT: '', KG_API_KEY: ' ' })).toEqual(parseConfig({}));
  });

  it('names the variable, its value and what it should be, for every bad one at once', () => {
    const parse = () =>
      parseConfig({
        NEO4J_BOLT_PORT: '0',
        PORT: '4000a',
        NEO4J_URI: 'localhost:7687',
        NEO4J_CLASS_ARCHIVE: 'no',
      });
    expect(parse).toThrow(EnvironmentError);
    expect(parse).toThrow(
      "bad environment variables: NEO4J_URI='localhost:7687' is not a Neo4j URI (bolt://host:port or " +
        "neo4j://host:port, +s or +ssc for TLS); NEO4J_BOLT_PORT='0' is not a port number (1-65535); " +
        "NEO4J_CLASS_ARCHIVE='no' must be 'on' or 'off'; PORT='4000a' is not a port number (0-65535)",
    );
    expect(() => parseConfig({ NEO4J_HTTP_PORT: '70000' })).toThrow(
      "bad environment variable: NEO4J_HTTP_PORT='70000' is not a port number (1-65535)",
    );
    expect(() => parseConfig({ NEO4J_CONNECT_TIMEOUT_MS: '5s' })).toThrow(
      "bad environment variable: NEO4J_CONNECT_TIMEOUT_MS='5s' is not a time in milliseconds (100-600000)",
    );
  });
});
