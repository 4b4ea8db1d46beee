import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReceivedMail } from './ReceivedMail.js';

/** The sink's folder: `<n>.eml` per stored message and `index.json` listing them. */
export interface MailFolder {
  /** Messages and duplicate count found in the folder when it was opened. */
  readonly initial: { messages: ReceivedMail[]; duplicates: number };
  /**
   * Writes message number `n` (1-based) and the updated index. Calls run one after another,
   * so concurrent deliveries never interleave their index writes.
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
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => (queue = queue.then(work));

  // Write-then-rename: a reader (the launcher listing received mail) never sees half an index.
  const writeIndex = async (index: { messages: ReceivedMail[]; duplicates: number }) => {
    await writeFile(`${indexPath}.tmp`, `${JSON.stringify(index, null, 2)}\n`, { mode: 0o600 });
    await rename(`${indexPath}.tmp`, indexPath);
  };
  return {
    initial,
    save: (n, raw, index) => enqueue(async () => {
      await writeFile(join(dir, emlName(n)), raw, { mode: 0o600 });
      await writeIndex(index);
    }),
    saveIndex: (index) => enqueue(() => writeIndex(index)),
  };
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
