/**
 * A TCP server in front of the test Neo4j that plays an outage: `refuse` closes every connection at
 * once (a stopped server), `silent` accepts and never answers (a black-holed or frozen one),
 * `forward` passes the bytes through (the database is back).
 */
import { connect, createServer, type Socket } from 'node:net';

export type GateMode = 'refuse' | 'silent' | 'forward';

export interface TcpGate {
  uri: string;
  mode: GateMode;
  close(): Promise<void>;
}

export async function openTcpGate(target: { host: string; port: number }, mode: GateMode): Promise<TcpGate> {
  const sockets = new Set<Socket>();
  const gate = { mode } as TcpGate;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (gate.mode === 'refuse') return client.destroy();
    if (gate.mode === 'silent') return;
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  gate.uri = `bolt://127.0.0.1:${port}`;
  gate.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return gate;
}

/** Host and port of a bolt:// URI. */
export function hostPort(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return { host: url.hostname, port: Number(url.port) };
}
