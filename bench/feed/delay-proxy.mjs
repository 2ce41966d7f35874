// A TCP proxy that holds every chunk for a fixed delay in each direction, to put PostgreSQL at a
// realistic network distance from the API on one machine: `node delay-proxy.mjs <targetPort> <delayMs>`
// prints `{"port": N}` once it listens on 127.0.0.1. It runs in its own process, so its waiting does not
// run on the API's event loop.
//
// Timers cannot wait less than a millisecond, so a chunk not yet due is waited for in slices of at most
// 50 µs with Atomics.wait (a sleep, not a spin), going back to the event loop between slices to read what
// has arrived meanwhile: a chunk is stamped within about 50 µs of its arrival and sent within about 50 µs
// of its due time. The bench measures the round trip it really gets and prints it.
import net from 'node:net';

const [targetPort, delayMs] = process.argv.slice(2).map(Number);
if (!targetPort || !(delayMs >= 0)) throw new Error('usage: delay-proxy.mjs <targetPort> <delayMs>');

const SLICE_MS = 0.05;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const now = () => performance.now();
/** Chunks in arrival order: with one delay for all, due times only grow, so the head is always next. */
const queue = [];
let draining = false;

function send(to, chunk) {
  queue.push({ to, chunk, due: now() + delayMs });
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
}

function drain() {
  while (queue.length && queue[0].due <= now()) {
    const { to, chunk } = queue.shift();
    if (!to.destroyed) to.write(chunk);
  }
  if (!queue.length) {
    draining = false;
    return;
  }
  const wait = queue[0].due - now();
  if (wait > 2) {
    setTimeout(drain, wait - 1);
    return;
  }
  if (wait > 0) Atomics.wait(sleeper, 0, 0, Math.min(wait, SLICE_MS));
  setImmediate(drain);
}

const server = net.createServer((client) => {
  const upstream = net.connect(targetPort, '127.0.0.1');
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  client.on('data', (chunk) => send(upstream, chunk));
  upstream.on('data', (chunk) => send(client, chunk));
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('close', close).on('error', close);
  upstream.on('close', close).on('error', close);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on('disconnect', () => process.exit(0));
