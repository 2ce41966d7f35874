import net from 'node:net';

export interface ReceivedMail {
  messageId: string;
  to: string;
  data: string;
}

/**
 * A minimal SMTP server that records the messages it accepts (answered `250` after their data).
 * With `hold` set, it receives a message's data but does not answer, so a sender stays mid-send
 * until the test lets go (`release`) or the sender dies (then the message was never accepted).
 */
export interface SmtpSink {
  url: string;
  accepted: ReceivedMail[];
  /** Hold the answer to every message's data until `release()`. */
  hold(): void;
  /** Resolves when a message's data has arrived and is being held. */
  nextHeld(): Promise<ReceivedMail>;
  release(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  let holding = false;
  let held: (() => void)[] = [];
  let heldWaiters: ((mail: ReceivedMail) => void)[] = [];

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let inData = false;
    let to = '';
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    reply('220 sink ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          const mail = { messageId: /^Message-ID: *(\S+)/im.exec(data)?.[1] ?? '', to, data };
          const accept = () => {
            if (socket.destroyed) return;
            accepted.push(mail);
            reply('250 OK queued');
          };
          if (holding) {
            held.push(accept);
            for (const waiter of heldWaiters) waiter(mail);
            heldWaiters = [];
          } else accept();
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL') reply('250 OK');
        else if (verb === 'RCPT') {
          to = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 OK');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    hold: () => (holding = true),
    nextHeld: () => new Promise((resolve) => heldWaiters.push(resolve)),
    release: () => {
      holding = false;
      for (const accept of held) accept();
      held = [];
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
