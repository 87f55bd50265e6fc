import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** What a lock file says about the process holding an embedded data folder. */
export interface DataDirLockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
  /** Set by a running server: where its API listens, and a token for its local-only endpoints. */
  url?: string;
  token?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataDirLockInfo,
  ) {
    super(
      `the data folder ${dataDir} is in use by another Kindly process (pid ${holder.pid}, "${holder.command}", since ${holder.startedAt}). ` +
        'Two processes on one embedded database corrupt it: stop that process first, or use PostgreSQL (DATABASE_URL) to run several.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly info: DataDirLockInfo;
  /** Adds what other processes may use to reach this one (the file stays readable by its owner only). */
  update(extra: Pick<DataDirLockInfo, 'url' | 'token'>): void;
  release(): void;
}

export const LOCK_FILE = 'kindly.lock';

/** Whether a process with this pid is alive on this machine (EPERM: alive, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's holder when a live process holds it; null when free or stale. */
export function readDataDirLock(dataDir: string): DataDirLockInfo | null {
  let info: DataDirLockInfo;
  try {
    info = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as DataDirLockInfo;
  } catch {
    return null;
  }
  if (info.hostname === hostname() && !processAlive(info.pid)) return null;
  return info;
}

/**
 * Takes the embedded database folder for this process: the lock file is created exclusively
 * (O_EXCL) with mode 0600 and names the holder; a lock left by a dead process is taken over; a
 * live holder makes this throw DataDirLockedError. The lock goes when released or the process exits.
 */
export function acquireDataDirLock(dataDir: string, command = process.argv.slice(2).join(' ') || 'kindly'): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const info: DataDirLockInfo = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), command };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Written whole beside it, then linked into place: link() fails if the lock exists, and no
      // reader ever sees a half-written lock (which it would take for stale).
      const tmp = `${path}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      try {
        linkSync(tmp, path);
      } finally {
        unlinkSync(tmp);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          const current = JSON.parse(readFileSync(path, 'utf8')) as DataDirLockInfo;
          if (current.pid === process.pid) unlinkSync(path);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return {
        path,
        info,
        update(extra) {
          Object.assign(info, extra);
          const next = `${path}.${process.pid}.tmp`;
          const out = openSync(next, 'w', 0o600);
          writeSync(out, JSON.stringify(info));
          closeSync(out);
          renameSync(next, path);
        },
        release,
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readDataDirLock(dataDir);
      if (holder && holder.pid !== process.pid) throw new DataDirLockedError(dataDir, holder);
      // Stale: its process is gone. Take it over.
      try {
        unlinkSync(path);
      } catch {
        // Another process took it over first; try again.
      }
    }
  }
  const holder = readDataDirLock(dataDir);
  throw holder ? new DataDirLockedError(dataDir, holder) : new Error(`could not lock the data folder ${dataDir}`);
}
