import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseCustomHeader,
  type ResponseHeadersContentSecurityPolicy,
  type ResponseHeadersContentTypeOptions,
  type ResponseHeadersFrameOptions,
  type ResponseHeadersPolicyProps,
  type ResponseHeadersReferrerPolicy,
  type ResponseHeadersStrictTransportSecurity,
} from 'aws-cdk-lib/aws-cloudfront';

export interface HttpHeader {
  readonly key: string;
  readonly value: string;
}

type HeaderBehaviors = Pick<ResponseHeadersPolicyProps, 'securityHeadersBehavior' | 'customHeadersBehavior'>;

/**
 * CloudFront's response headers policy for the site's header list (lib/http-headers.mjs,
 * which `npm start` sends too, scripts/site-server.ts). CloudFront has typed fields for the common security headers
 * and refuses them as custom headers, so those are parsed into the typed fields; every other
 * header goes through as a custom header. A value CloudFront cannot express throws rather than
 * being approximated: the CDN must send what the app sends.
 */
export function responseHeaderBehaviors(headers: ReadonlyArray<HttpHeader>): HeaderBehaviors {
  let contentSecurityPolicy: ResponseHeadersContentSecurityPolicy | undefined;
  let strictTransportSecurity: ResponseHeadersStrictTransportSecurity | undefined;
  let contentTypeOptions: ResponseHeadersContentTypeOptions | undefined;
  let frameOptions: ResponseHeadersFrameOptions | undefined;
  let referrerPolicy: ResponseHeadersReferrerPolicy | undefined;
  const customHeaders: ResponseCustomHeader[] = [];
  const seen = new Set<string>();

  for (const { key, value } of headers) {
    const name = key.toLowerCase();
    if (seen.has(name)) throw new Error(`Security header ${key} is listed twice.`);
    seen.add(name);
    // `override`: the policy's value wins over anything the origin might send.
    switch (name) {
      case 'content-security-policy':
        contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
        break;
      case 'strict-transport-security':
        strictTransportSecurity = { ...parseStrictTransportSecurity(value), override: true };
        break;
      case 'x-content-type-options':
        if (value.trim().toLowerCase() !== 'nosniff') throw new Error(`X-Content-Type-Options: ${value} is not nosniff.`);
        contentTypeOptions = { override: true };
        break;
      case 'x-frame-options':
        frameOptions = { frameOption: enumValue(Object.values(HeadersFrameOption), value.trim().toUpperCase(), key), override: true };
        break;
      case 'referrer-policy':
        referrerPolicy = {
          referrerPolicy: enumValue(Object.values(HeadersReferrerPolicy), value.trim().toLowerCase(), key),
          override: true,
        };
        break;
      case 'x-xss-protection':
        throw new Error('X-XSS-Protection needs its typed CloudFront field; it is not mapped here.');
      default:
        customHeaders.push({ header: key, value, override: true });
    }
  }

  return {
    securityHeadersBehavior: { contentSecurityPolicy, strictTransportSecurity, contentTypeOptions, frameOptions, referrerPolicy },
    customHeadersBehavior: customHeaders.length > 0 ? { customHeaders } : undefined,
  };
}

function enumValue<T extends string>(values: readonly T[], value: string, header: string): T {
  const match = values.find((candidate) => candidate === value);
  if (match === undefined) throw new Error(`${header}: ${value} is not one of ${values.join(', ')}.`);
  return match;
}

/** `max-age=N` with optional `includeSubDomains` and `preload` (RFC 6797), nothing else. */
export function parseStrictTransportSecurity(value: string): Omit<ResponseHeadersStrictTransportSecurity, 'override'> {
  let maxAge: number | undefined;
  let includeSubdomains = false;
  let preload = false;
  for (const directive of value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const lower = directive.toLowerCase();
    const maxAgeMatch = /^max-age=(\d+)$/.exec(lower);
    if (maxAgeMatch?.[1] !== undefined) maxAge = Number(maxAgeMatch[1]);
    else if (lower === 'includesubdomains') includeSubdomains = true;
    else if (lower === 'preload') preload = true;
    else throw new Error(`Strict-Transport-Security: unknown directive ${directive}.`);
  }
  if (maxAge === undefined) throw new Error(`Strict-Transport-Security: ${value} has no max-age.`);
  return { accessControlMaxAge: Duration.seconds(maxAge), includeSubdomains, preload };
}
