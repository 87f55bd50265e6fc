import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clamdScanner, signatureOnlyScanner } from './document-scanner.js';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A stand-in clamd that speaks INSTREAM as the daemon documents it, and reports EICAR. */
function fakeClamd(answer?: (received: Buffer) => string): Promise<{ server: Server; port: number; received: () => Buffer }> {
  let last = Buffer.alloc(0);
  const server = createServer((socket) => {
    const parts: Buffer[] = [];
    socket.on('data', (d) => {
      parts.push(d);
      const all = Buffer.concat(parts);
      const command = 'zINSTREAM\0';
      if (all.length < command.length || all.subarray(0, command.length).toString('latin1') !== command) return;
      // Walk the length-prefixed chunks; a zero length ends the stream.
      const body: Buffer[] = [];
      let at = command.length;
      while (at + 4 <= all.length) {
        const n = all.readUInt32BE(at);
        if (n === 0) {
          last = Buffer.concat(body);
          socket.end(answer ? answer(last) : last.includes(EICAR, 0, 'latin1') ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (at + 4 + n > all.length) return;
        body.push(all.subarray(at + 4, at + 4 + n));
        at += 4 + n;
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, received: () => last })));
}

describe('the virus-scan hook for uploaded documents', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('the built-in scanner passes ordinary files and stops the EICAR test file', async () => {
    expect(await signatureOnlyScanner.scan(Buffer.from('%PDF-1.4 a pay stub'))).toEqual({ clean: true });
    expect(await signatureOnlyScanner.scan(Buffer.from(`%PDF-1.4 ${EICAR}`))).toEqual({ clean: false, threat: 'EICAR-Test-File' });
  });

  it('streams the whole file to clamd in length-prefixed chunks and reads its verdict', async () => {
    const fake = await fakeClamd();
    server = fake.server;
    const scanner = clamdScanner({ host: '127.0.0.1', port: fake.port, chunkBytes: 7 });
    const file = Buffer.from('%PDF-1.4 a bank statement of several chunks');
    expect(await scanner.scan(file)).toEqual({ clean: true });
    expect(fake.received().equals(file)).toBe(true);
    expect(await scanner.scan(Buffer.from(`%PDF-1.4 ${EICAR}`))).toEqual({ clean: false, threat: 'Eicar-Test-Signature' });
  });

  it('fails closed: an unexpected answer or no daemon is an error, never "clean"', async () => {
    const fake = await fakeClamd(() => 'INSTREAM size limit exceeded. ERROR\0');
    server = fake.server;
    await expect(clamdScanner({ host: '127.0.0.1', port: fake.port }).scan(Buffer.from('x'))).rejects.toThrow(/virus scan failed/);
    await expect(clamdScanner({ host: '127.0.0.1', port: 1 }).scan(Buffer.from('x'))).rejects.toThrow(/virus scan unavailable/);
  });
});
