import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** One static server over dist/ for all browser tests. */
export default async function setup(project: TestProject) {
  const { url, server } = await serveStatic(path.resolve('dist'));
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
