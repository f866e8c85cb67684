/**
 * The environment variables the product reads, parsed in one place, typed, with their defaults
 * (README "Configuration"). getConfig() parses process.env once, on first use, and checks every
 * variable: a bad value is an EnvironmentError naming the variable, what it holds and what it should
 * hold. Nothing else in src/ reads process.env.
 */
import { baseUri } from './linked-data/base-uri.js';
import { DEFAULT_BASE_URI } from './linked-data/iri.js';
import { EnvironmentError } from './errors.js';

export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
export const DEFAULT_API_HOST = '127.0.0.1';
export const DEFAULT_API_PORT = 4000;
/** How long a request waits for a connection to Neo4j before it is SERVICE_UNAVAILABLE. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface Neo4jServerConfig {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined = the server's default (home) database. */
  database?: string;
}

export interface Config {
  /**
   * NEO4J_URI / _USER / _PASSWORD / _DATABASE. No uri: the local `main` instance under .neo4j/.
   * NEO4J_CONNECT_TIMEOUT_MS: how long to wait for a connection (a silent server included).
   */
  neo4j: Partial<Neo4jServerConfig> & { user: string; password: string; connectTimeoutMs: number };
  /** The local `main` instance: NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_CLASS_ARCHIVE, JAVA_HOME. */
  localServer: {
    boltPort: number;
    httpPort: number;
    /** NEO4J_CLASS_ARCHIVE=off starts the JVM without a class-data-sharing archive. */
    classArchive: boolean;
    /** The Java to run Neo4j with; undefined = `java` on PATH. */
    javaHome?: string;
  };
  /** HOST, PORT, KG_API_KEY, NODE_ENV=development. */
  api: {
    host: string;
    port: number;
    /** Bearer token for mutations; undefined = mutations refused. */
    apiKey?: string;
    /** Internal errors reach clients with message and stack trace. */
    development: boolean;
  };
  /** KG_BASE_URI: the base of every IRI (docs/linked-data.md). */
  linkedData: { baseUri: string };
  /** CHROMIUM_PATH: the Chromium the browser tests and screenshots drive. */
  browser: { chromiumPath: string };
  /** NEO4J_TEST_URI / _USER / _PASSWORD / _DATABASE: the tests use (and wipe) this server. */
  testNeo4j?: Neo4jServerConfig;
}

type Env = Readonly<Record<string, string | undefined>>;

export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const database = read.text('NEO4J_DATABASE');
  const uri = read.neo4jUri('NEO4J_URI');
  const javaHome = read.text('JAVA_HOME');
  const apiKey = read.text('KG_API_KEY');
  const config: Config = {
    neo4j: {
      ...(uri ? { uri } : {}),
      user: read.text('NEO4J_USER') ?? DEFAULT_NEO4J_USER,
      password: env['NEO4J_PASSWORD'] ?? '',
      ...(database ? { database } : {}),
      connectTimeoutMs: read.milliseconds('NEO4J_CONNECT_TIMEOUT_MS', DEFAULT_CONNECT_TIMEOUT_MS),
    },
    localServer: {
      boltPort: read.port('NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT, 1),
      httpPort: read.port('NEO4J_HTTP_PORT', DEFAULT_HTTP_PORT, 1),
      classArchive: read.onOff('NEO4J_CLASS_ARCHIVE', true),
      ...(javaHome ? { javaHome } : {}),
    },
    api: {
      host: read.text('HOST') ?? DEFAULT_API_HOST,
      // 0 asks the OS for a free port.
      port: read.port('PORT', DEFAULT_API_PORT, 0),
      ...(apiKey ? { apiKey } : {}),
      development: env['NODE_ENV'] === 'development',
    },
    linkedData: { baseUri: read.baseUri('KG_BASE_URI') },
    browser: { chromiumPath: read.text('CHROMIUM_PATH') ?? '/usr/bin/chromium' },
  };
  const testUri = read.neo4jUri('NEO4J_TEST_URI');
  if (testUri) {
    const testDatabase = read.text('NEO4J_TEST_DATABASE');
    config.testNeo4j = {
      uri: testUri,
      user: read.text('NEO4J_TEST_USER') ?? DEFAULT_NEO4J_USER,
      password: env['NEO4J_TEST_PASSWORD'] ?? '',
      ...(testDatabase ? { database: testDatabase } : {}),
    };
  }
  if (problems.length > 0) {
    throw new EnvironmentError(
      `bad environment variable${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`,
    );
  }
  return config;
}

let parsed: Config | undefined;

/** The configuration of this process: process.env, parsed on the first call. */
export function getConfig(): Config {
  parsed ??= parseConfig(process.env);
  return parsed;
}

/** Reads one variable at a time; a bad value adds a problem naming the variable and gives the default. */
class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  /** Trimmed; unset or blank = undefined. */
  text(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  port(name: string, fallback: number, min: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const port = Number(raw);
    if (/^\d+$/.test(raw) && port >= min && port <= 65535) return port;
    this.problems.push(`${name}='${raw}' is not a port number (${min}-65535)`);
    return fallback;
  }

  /** A whole number of milliseconds, 100 ms to 10 minutes. */
  milliseconds(name: string, fallback: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const ms = Number(raw);
    if (/^\d+$/.test(raw) && ms >= 100 && ms <= 600_000) return ms;
    this.problems.push(`${name}='${raw}' is not a time in milliseconds (100-600000)`);
    return fallback;
  }

  onOff(name: string, fallback: boolean): boolean {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if (raw === 'on' || raw === 'off') return raw === 'on';
    this.problems.push(`${name}='${raw}' must be 'on' or 'off'`);
    return fallback;
  }

  /** An http(s) URL without query or fragment, without its trailing slash. */
  baseUri(name: string): string {
    const raw = this.text(name);
    try {
      return baseUri(raw);
    } catch (error) {
      this.problems.push((error as Error).message);
      return DEFAULT_BASE_URI;
    }
  }

  neo4jUri(name: string): string | undefined {
    const raw = this.text(name);
    if (raw === undefined || /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(raw)) return raw;
    this.problems.push(
      `${name}='${raw}' is not a Neo4j URI (bolt://host:port or neo4j://host:port, +s or +ssc for TLS)`,
    );
    return undefined;
  }
}
