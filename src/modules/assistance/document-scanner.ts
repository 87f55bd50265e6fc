import { connect } from 'node:net';

/** What a virus scanner said about one uploaded file. */
export type ScanVerdict = { clean: true } | { clean: false; threat: string };

/** The virus-scan hook every uploaded assistance document passes before it is stored. */
export interface DocumentScanner {
  readonly name: string;
  scan(content: Buffer): Promise<ScanVerdict>;
}

// The industry's harmless test file (EICAR): every scanner reports it, so the hook can be tested
// end to end without real malware.
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/**
 * The built-in scanner: recognizes only the EICAR test signature. It is the default so that the
 * upload path always runs through the hook; production points KINDLY_CLAMD at a ClamAV daemon.
 */
export const signatureOnlyScanner: DocumentScanner = {
  name: 'built-in (EICAR test signature only)',
  async scan(content) {
    return content.includes(EICAR, 0, 'latin1') ? { clean: false, threat: 'EICAR-Test-File' } : { clean: true };
  },
};

/**
 * ClamAV's daemon over TCP (clamd's INSTREAM command: "zINSTREAM\0", then chunks each prefixed by
 * its 4-byte big-endian length, then a zero-length chunk; the answer is "stream: OK" or
 * "stream: <name> FOUND"). Any other answer, a timeout or a refused connection fails the upload
 * rather than storing an unscanned file.
 */
export function clamdScanner(opts: { host: string; port: number; timeoutMs?: number; chunkBytes?: number }): DocumentScanner {
  const chunkBytes = opts.chunkBytes ?? 64 * 1024;
  return {
    name: `clamd ${opts.host}:${opts.port}`,
    scan: (content) =>
      new Promise<ScanVerdict>((resolve, reject) => {
        const socket = connect({ host: opts.host, port: opts.port });
        const replies: Buffer[] = [];
        socket.setTimeout(opts.timeoutMs ?? 15_000, () => socket.destroy(new Error('clamd did not answer in time')));
        socket.on('error', (err) => reject(new Error(`virus scan unavailable: ${err.message}`)));
        socket.on('data', (d) => replies.push(d));
        socket.on('end', () => {
          const answer = Buffer.concat(replies).toString('utf8').replace(/\0/g, '').trim();
          const found = /^stream: (.+) FOUND$/.exec(answer);
          if (answer === 'stream: OK') resolve({ clean: true });
          else if (found) resolve({ clean: false, threat: found[1]! });
          else reject(new Error(`virus scan failed: ${answer.slice(0, 200) || 'no answer'}`));
          socket.destroy();
        });
        socket.on('connect', () => {
          socket.write('zINSTREAM\0');
          for (let at = 0; at < content.length; at += chunkBytes) {
            const chunk = content.subarray(at, at + chunkBytes);
            const size = Buffer.alloc(4);
            size.writeUInt32BE(chunk.length);
            socket.write(size);
            socket.write(chunk);
          }
          socket.write(Buffer.alloc(4));
        });
      }),
  };
}

let configured: DocumentScanner = signatureOnlyScanner;

/** Chooses the scanner for this process (the server's composition root, from configuration). */
export function useDocumentScanner(scanner: DocumentScanner): void {
  configured = scanner;
}

/** The scanner uploads go through now. */
export function documentScanner(): DocumentScanner {
  return configured;
}
