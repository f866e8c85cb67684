/**
 * Turns off Nagle's algorithm on the TCP connections this process opens (that is, Bolt).
 *
 * neo4j-driver 5 leaves its sockets with Nagle on and writes a large message as many 1.4 kB chunks.
 * Nagle then holds the tail of every UNWIND batch until the server acknowledges the previous chunk,
 * which the server's delayed ACK postpones by 40 ms: measured, every batch statement took ~45 ms
 * whatever its size, capping the loader near 1,000 relationships/s. The driver has no option for
 * it, so `net.connect` is wrapped once to set TCP_NODELAY on each new socket (what Node's own HTTP
 * client does by default).
 *
 * That changes every TCP connection of the process, so only an entry point decides it, just before
 * it opens its driver (src/main.ts, src/api/main.ts, the CLI's withStore, the benchmarks, the test
 * driver); library code such as the writer never calls it.
 */
import net from 'node:net';

let applied = false;

export function disableNagle(): void {
  if (applied) return;
  applied = true;
  const connect = net.connect;
  net.connect = function connectWithoutNagle(this: unknown, ...args: unknown[]) {
    const socket = (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof net.connect;
}
