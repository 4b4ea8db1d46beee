import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReceivedMail } from './ReceivedMail.js';

/** The sink's folder: `<n>.eml` per stored message and `index.json` listing them. */
export interface MailFolder {
  /** Messages and duplicate count found in the folder when it was opened. */
  readonly initial: { messages: ReceivedMail[]; duplicates: number };
  /**
   * Writes message number `n` (1-based) and the updated index. Index writes never interleave:
   * they run one at a time, each writing the latest index asked for.
   */
  save(n: number, raw: Buffer, index: { messages: ReceivedMail[]; duplicates: number }): Promise<void>;
  /** Rewrites the index only, e.g. after a duplicate was counted. */
  saveIndex(index: { messages: ReceivedMail[]; duplicates: number }): Promise<void>;
}

/** File name of message `n` inside the folder. */
export function emlName(n: number): string {
  return `${n}.eml`;
}

/**
 * Opens (creating it if needed) a mail folder and reads its index, so a restarted `npm start`
 * keeps showing earlier mail and still recognises Message-IDs it has already stored. Mail holds
 * personal data: the folder is 0700 and every file 0600, whatever the umask (issue 9, finding 6).
 */
export async function openMailFolder(dir: string): Promise<MailFolder> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const indexPath = join(dir, 'index.json');
  const initial = await readIndex(indexPath);
  // Write-then-rename: a reader (the launcher listing received mail) never sees half an index.
  const writeIndex = async (index: MailIndex) => {
    await writeFile(`${indexPath}.tmp`, `${JSON.stringify(index, null, 2)}\n`, { mode: 0o600 });
    await rename(`${indexPath}.tmp`, indexPath);
  };
  const scheduleIndex = coalescedWriter(writeIndex);
  return {
    initial,
    save: async (n, raw, index) => {
      await writeFile(join(dir, emlName(n)), raw, { mode: 0o600 });
      await scheduleIndex(index);
    },
    saveIndex: scheduleIndex,
  };
}

type MailIndex = { messages: ReceivedMail[]; duplicates: number };

/**
 * Index writes, coalesced: one at a time, and the next one writes only the fullest index asked
 * for, which holds everything the callers waiting for it asked to be written (the index only
 * grows). A caller's promise resolves once a write that started after its call is on disk.
 * Rewriting the whole index once per message made the sink itself the bottleneck of the chaos
 * run (3 MB per message after 2,000 mails): answers to DATA came later than the sender's socket
 * timeout, and every resend was one more write (issue 15).
 */
function coalescedWriter(write: (index: MailIndex) => Promise<void>): (index: MailIndex) => Promise<void> {
  // The fullest index ever asked for, kept across writes: a snapshot taken before a later one
  // may be asked for after that one was written (its message's file finished last), and writing
  // it would drop messages already acknowledged from the index on disk.
  let fullest: MailIndex | undefined;
  let waiting: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  let flushing = false;
  const flush = async () => {
    flushing = true;
    while (waiting.length > 0) {
      const index = fullest!;
      const done = waiting;
      waiting = [];
      try {
        await write(index);
        for (const w of done) w.resolve();
      } catch (err) {
        for (const w of done) w.reject(err);
      }
    }
    flushing = false;
  };
  return (index) => new Promise<void>((resolve, reject) => {
    // Both counts only grow, so of two snapshots the later one is never smaller in either.
    if (!fullest || index.messages.length > fullest.messages.length || (index.messages.length === fullest.messages.length && index.duplicates >= fullest.duplicates)) fullest = index;
    waiting.push({ resolve, reject });
    if (!flushing) void flush();
  });
}

async function readIndex(path: string): Promise<{ messages: ReceivedMail[]; duplicates: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { messages: [], duplicates: 0 };
    throw error;
  }
  const index = JSON.parse(text) as { messages?: ReceivedMail[]; duplicates?: number };
  return { messages: index.messages ?? [], duplicates: index.duplicates ?? 0 };
}
