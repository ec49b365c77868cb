// What may be a public origin: one rule for the deploy's gate (scripts/deploy-gates.ts), for the
// CDK app's refusal to upload an export built for the wrong origin (infra/lib/export-origin.ts)
// and for `npm run verify`. Its types are in public-origin.d.mts.

/** Hosts that name the machine itself: a page built for one leads nowhere once published. */
export function isLoopbackHost(hostname) {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^::ffff:127\./.test(host) ||
    /^::ffff:7f[0-9a-f]{2}:/.test(host)
  );
}

/**
 * Why `value` cannot be the public origin of a release, or undefined when it can: it must be an
 * https:// URL with nothing after the host, on a host other than this machine.
 */
export function publicOriginProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `${value} is not a URL`;
  }
  if (url.protocol !== 'https:') return `${value} is not https://`;
  if (isLoopbackHost(url.hostname)) return `${value} names this machine (${url.hostname}), not a public host`;
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    return `${value} is more than an origin (only https://host[:port] is allowed)`;
  }
  return undefined;
}
