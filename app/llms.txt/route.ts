import { textResponse } from '@/lib/machine-responses';
import { llmsTxt } from '@/lib/markdown-pages';

// /llms.txt (llmstxt.org), written once at build time.
export const dynamic = 'force-static';

export function GET() {
  return textResponse(llmsTxt(), 'text/plain');
}
