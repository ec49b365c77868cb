import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeadersFrameOption, HeadersReferrerPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { securityHeaders } from '../../lib/http-headers.mjs';
import { parseStrictTransportSecurity, responseHeaderBehaviors } from '../lib/security-headers-policy.ts';

describe('responseHeaderBehaviors', () => {
  it("maps the app's list: typed fields for the security headers, custom headers for the rest", () => {
    const { securityHeadersBehavior: security, customHeadersBehavior } = responseHeaderBehaviors(securityHeaders);
    const value = (key: string) => securityHeaders.find((header) => header.key === key)?.value;
    assert.ok(security?.strictTransportSecurity);
    const { contentSecurityPolicy, frameOptions, referrerPolicy, contentTypeOptions, strictTransportSecurity } = security;
    assert.equal(contentSecurityPolicy?.contentSecurityPolicy, value('Content-Security-Policy'));
    assert.equal(frameOptions?.frameOption, HeadersFrameOption.DENY);
    assert.equal(referrerPolicy?.referrerPolicy, HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
    assert.deepEqual(contentTypeOptions, { override: true });
    assert.equal(strictTransportSecurity.accessControlMaxAge.toSeconds(), 63072000);
    assert.equal(strictTransportSecurity.includeSubdomains, true);
    assert.equal(strictTransportSecurity.preload, false);
    assert.deepEqual(
      customHeadersBehavior?.customHeaders.map(({ header, value: headerValue }) => [header, headerValue]),
      [
        ['Permissions-Policy', value('Permissions-Policy')],
        ['Cross-Origin-Opener-Policy', value('Cross-Origin-Opener-Policy')],
      ],
    );
  });

  it('reads header names and enum values case-insensitively', () => {
    const { securityHeadersBehavior } = responseHeaderBehaviors([
      { key: 'x-frame-options', value: 'sameorigin' },
      { key: 'REFERRER-POLICY', value: 'No-Referrer' },
      { key: 'x-content-type-options', value: 'NoSniff' },
    ]);
    assert.equal(securityHeadersBehavior?.frameOptions?.frameOption, HeadersFrameOption.SAMEORIGIN);
    assert.equal(securityHeadersBehavior.referrerPolicy?.referrerPolicy, HeadersReferrerPolicy.NO_REFERRER);
  });

  it('refuses what CloudFront cannot send as the app does', () => {
    const cases: [{ key: string; value: string }[], RegExp][] = [
      [[{ key: 'X-Frame-Options', value: 'ALLOW-FROM https://example.com' }], /X-Frame-Options: ALLOW-FROM/],
      [[{ key: 'Referrer-Policy', value: 'no-referrer, strict-origin-when-cross-origin' }], /Referrer-Policy/],
      [[{ key: 'X-Content-Type-Options', value: 'sniff' }], /not nosniff/],
      [[{ key: 'X-XSS-Protection', value: '0' }], /X-XSS-Protection/],
      [
        [
          { key: 'Permissions-Policy', value: 'camera=()' },
          { key: 'permissions-policy', value: 'usb=()' },
        ],
        /listed twice/,
      ],
    ];
    for (const [headers, message] of cases) assert.throws(() => responseHeaderBehaviors(headers), message);
  });

  it('leaves out the custom headers behaviour when there is no custom header', () => {
    assert.equal(responseHeaderBehaviors([{ key: 'X-Frame-Options', value: 'DENY' }]).customHeadersBehavior, undefined);
  });
});

describe('parseStrictTransportSecurity', () => {
  it('reads max-age, includeSubDomains and preload', () => {
    const parsed = parseStrictTransportSecurity('max-age=31536000; includeSubDomains; preload');
    assert.equal(parsed.accessControlMaxAge.toSeconds(), 31536000);
    assert.equal(parsed.includeSubdomains, true);
    assert.equal(parsed.preload, true);
    const bare = parseStrictTransportSecurity('max-age=0');
    assert.equal(bare.accessControlMaxAge.toSeconds(), 0);
    assert.equal(bare.includeSubdomains, false);
  });

  it('refuses a value without max-age or with an unknown directive', () => {
    assert.throws(() => parseStrictTransportSecurity('includeSubDomains'), /no max-age/);
    assert.throws(() => parseStrictTransportSecurity('max-age=60; report-uri=/x'), /unknown directive/);
    assert.throws(() => parseStrictTransportSecurity('max-age=-1'), /unknown directive/);
  });
});
