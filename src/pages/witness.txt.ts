/** The source witness exactly as received, so that readers can check the edition against it. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

/** Where the source witness is kept in the repository. */
const WITNESS = 'content/witness/paper.txt';

export const GET: APIRoute = () =>
  new Response(readFileSync(WITNESS, 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
