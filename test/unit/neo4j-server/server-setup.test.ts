import { describe, expect, it } from 'vitest';
import { javaMajorVersion } from '../../../src/neo4j-server/distribution.js';
import { authIniLine } from '../../../src/neo4j-server/auth-file.js';
import { instanceLayout } from '../../../src/neo4j-server/layout.js';
import {
  jvmArguments,
  MAIN_TUNING,
  renderNeo4jConf,
  TEST_TUNING,
} from '../../../src/neo4j-server/server-config.js';

describe('initial password file', () => {
  it('matches what `neo4j-admin dbms set-initial-password` wrote for the same password and salt', () => {
    // Recorded from Neo4j 5.26.30's admin tool (password "secretpw123").
    const salt = Buffer.from('c86c9c3d6272cbedf55999650a5d644031e5b53125102a9eb7568f0ce4e8551e', 'hex');
    expect(authIniLine('neo4j', 'secretpw123', salt)).toBe(
      'neo4j:SHA-256,47995fe2b6997ad4db61d11efc1806e34b4f730b9c32d874fb04d8cbd5e1fe51,' +
        'c86c9c3d6272cbedf55999650a5d644031e5b53125102a9eb7568f0ce4e8551e,1024:\n',
    );
  });

  it('depends on the password', () => {
    const salt = Buffer.alloc(32, 7);
    expect(authIniLine('neo4j', 'a', salt)).not.toBe(authIniLine('neo4j', 'b', salt));
  });
});

describe('java -version parsing', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no java here', undefined],
  ])('%s → %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});

describe('neo4j.conf', () => {
  const layout = instanceLayout('probe', '/tmp/probe-home');

  it('binds loopback only, keeps auth on and puts everything in the instance directory', () => {
    const conf = renderNeo4jConf(layout, { bolt: 7799, http: 7488 }, MAIN_TUNING);
    expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7799\n');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7488\n');
    expect(conf).toContain('dbms.security.auth_enabled=true\n');
    expect(conf).toContain('dbms.usage_report.enabled=false\n');
    expect(conf).toContain('server.directories.data=/tmp/probe-home/data\n');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it('turns HTTP off when no HTTP port is given (test servers)', () => {
    const conf = renderNeo4jConf(layout, { bolt: 7799 }, TEST_TUNING);
    expect(conf).toContain('server.http.enabled=false\n');
    expect(conf).not.toContain('server.http.listen_address');
  });

  it('gives the JVM the configured heap and the community entry point', () => {
    const args = jvmArguments(layout, '/lib/*', MAIN_TUNING, ['-XX:SharedArchiveFile=/x.jsa']);
    expect(args[0]).toBe('-XX:SharedArchiveFile=/x.jsa');
    expect(args).toContain(`-Xmx${MAIN_TUNING.heap}`);
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args.slice(-2)).toEqual(['--home-dir=/tmp/probe-home', '--config-dir=/tmp/probe-home/conf']);
  });
});
