import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The first QR code of a PDF of `pages` pages, as a printer renders it (pdftoppm) and a phone
 * reads it (jsQR): for `npm run verify` and the e2e résumé spec alike. The résumés carry it on
 * their first page (full) or their last (short), so those are read first and the others only if
 * neither has one. At 100 dpi (a coarse scan: a code read at it is read by any phone) a page takes
 * ~0.3 s to render and scan; at 150 dpi twice that.
 */
export function pdfQrCode(pdf: Buffer, pages: number): string | undefined {
  const order = [...new Set([1, pages, ...Array.from({ length: pages }, (_, index) => index + 1)])].filter((page) => page >= 1);
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    for (const page of order) {
      execFileSync('pdftoppm', ['-r', '100', '-f', `${page}`, '-l', `${page}`, '-png', '-singlefile', '-', join(dir, 'page')], {
        input: pdf,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
      const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
      if (found) return found;
    }
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
