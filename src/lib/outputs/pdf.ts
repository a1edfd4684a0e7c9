/**
 * Typst markup compiled to PDF with Typst 0.14 (the native compiler inside
 * `@myriaddreamin/typst-ts-node-compiler`: Node alone, no download, no other program): tagged,
 * PDF/UA-1 as Typst enforces it, set in the project's own copy of Libertinus Serif. The document's
 * `date` gives the PDF's dates, so that the same markup gives the same bytes on any day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** The folder of the PDF's font files, relative to the project root (with their licence). */
export const PDF_FONT_DIR = 'assets/fonts/libertinus-serif';

/** One compiler per font folder: creating one loads the fonts. */
const compilers = new Map<string, NodeCompiler>();

function compilerFor(root: string): NodeCompiler {
  const dir = path.resolve(root, PDF_FONT_DIR);
  let compiler = compilers.get(dir);
  if (!compiler) {
    const fontBlobs = readdirSync(dir)
      .filter((f) => f.endsWith('.otf'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f)));
    compiler = NodeCompiler.create({ workspace: dir, fontArgs: [{ fontBlobs }] });
    compilers.set(dir, compiler);
  }
  return compiler;
}

/** What Typst said, one line per diagnostic. */
function diagnostics(list: unknown[]): string {
  return list
    .map((d) => {
      const { severity, message, hints } = d as {
        severity?: string;
        message?: string;
        hints?: string[];
      };
      return `${severity ?? 'error'}: ${message ?? JSON.stringify(d)}${hints?.length ? ` (${hints.join('; ')})` : ''}`;
    })
    .join('\n  ');
}

/**
 * The PDF of a Typst document. A document Typst refuses, or warns about, is a fault of the writer
 * (src/lib/outputs/typst.ts), not of the content: it throws with Typst's own messages.
 */
export function compilePdf(markup: string, root: string): Uint8Array<ArrayBuffer> {
  const compiler = compilerFor(root);
  const args = { mainFileContent: markup };
  const result = compiler.compile(args);
  const problem = result.takeError() ?? result.takeWarnings();
  if (problem || !result.result) {
    const found = problem ? diagnostics(compiler.fetchDiagnostics(problem)) : 'no document';
    throw new Error(`Typst could not set the PDF:\n  ${found}`);
  }
  const pdf = compiler.pdf(result.result, { pdfStandard: 'ua-1' });
  compiler.evictCache(10);
  return new Uint8Array(pdf);
}
