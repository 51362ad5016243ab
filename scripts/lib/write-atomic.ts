import { renameSync, writeFileSync } from 'node:fs';

/** Write a file so that readers see either the old or the new content, never half of it. */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}
