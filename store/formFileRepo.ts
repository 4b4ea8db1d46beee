import type { MikroORM } from '@mikro-orm/postgresql';

interface FileRow { sha256: string; content: Buffer }

/**
 * Files of form data, content-addressed: the server stores each once when it accepts an event
 * (the same bytes twice are one row), the effect activities read them back by hash.
 */
export function formFileRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  return {
    /** Stores a file under its SHA-256 (hex) unless it is there already. */
    async storeFormFile(sha256: string, content: Uint8Array): Promise<void> {
      await sql().execute('insert into form_file (sha256, size, content) values (?, ?, ?) on conflict (sha256) do nothing',
        [sha256, content.byteLength, Buffer.from(content.buffer, content.byteOffset, content.byteLength)], 'run');
    },
    /** The stored files among `hashes`, by hash (a missing one is absent from the map). */
    async formFiles(hashes: string[]): Promise<Map<string, Buffer>> {
      if (hashes.length === 0) return new Map();
      const unique = [...new Set(hashes)];
      const rows = await sql().execute<FileRow[]>(`select sha256, content from form_file where sha256 in (${unique.map(() => '?').join(', ')})`, unique);
      return new Map(rows.map((r) => [r.sha256, r.content]));
    },
  };
}

/** The form-file part of the store. */
export type FormFileRepo = ReturnType<typeof formFileRepo>;
