import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Match } from 'aws-cdk-lib/assertions';
import { immutableCacheControl, pageCacheControl, securityHeaders } from '../../lib/http-headers.mjs';
import { retiredTag } from '../../scripts/release-store.ts';
import { contentGroups, listFiles } from '../lib/site-content.ts';
import { viewerRequestFunctionFile } from '../lib/site-stack.ts';
import {
  asArray,
  asString,
  at,
  exportFixture,
  makeStaticExport,
  onlyResource,
  releaseRecord,
  resourcesOfType,
  synthSite,
  testReleaseId,
} from './support/site-app.ts';

const outDir = makeStaticExport();
const site = synthSite({ releaseId: testReleaseId, outDir });
const { template, json } = site;

const [distributionId, distribution] = onlyResource(json, 'AWS::CloudFront::Distribution');
const config = at(distribution, 'Properties', 'DistributionConfig');
const defaultBehavior = at(config, 'DefaultCacheBehavior');
const cacheBehaviors = asArray(at(config, 'CacheBehaviors'), 'CacheBehaviors');
const staticBehavior = cacheBehaviors.find((behavior) => at(behavior, 'PathPattern') === '/_next/static/*');

function logicalIdOfRef(value: unknown): string {
  return asString(at(value, 'Ref'), 'a Ref');
}

/** The headers CloudFront adds for a response headers policy, written as it sends them. */
function headersSentFor(policyConfig: unknown) {
  const security = at(policyConfig, 'SecurityHeadersConfig');
  const sent: { key: string; value: string }[] = [];
  const csp = at(security, 'ContentSecurityPolicy');
  if (csp) sent.push({ key: 'Content-Security-Policy', value: asString(at(csp, 'ContentSecurityPolicy')) });
  const hsts = at(security, 'StrictTransportSecurity');
  if (hsts) {
    const value = [`max-age=${String(at(hsts, 'AccessControlMaxAgeSec'))}`];
    if (at(hsts, 'IncludeSubdomains') === true) value.push('includeSubDomains');
    if (at(hsts, 'Preload') === true) value.push('preload');
    sent.push({ key: 'Strict-Transport-Security', value: value.join('; ') });
  }
  if (at(security, 'ContentTypeOptions')) sent.push({ key: 'X-Content-Type-Options', value: 'nosniff' });
  const frame = at(security, 'FrameOptions');
  if (frame) sent.push({ key: 'X-Frame-Options', value: asString(at(frame, 'FrameOption')) });
  const referrer = at(security, 'ReferrerPolicy');
  if (referrer) sent.push({ key: 'Referrer-Policy', value: asString(at(referrer, 'ReferrerPolicy')) });
  for (const item of asArray(at(policyConfig, 'CustomHeadersConfig', 'Items') ?? [])) {
    sent.push({ key: asString(at(item, 'Header')), value: asString(at(item, 'Value')) });
  }
  return sent;
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

describe('the content bucket', () => {
  const [bucketId, bucket] = resourcesOfType(json, 'AWS::S3::Bucket').find(([id]) => id.startsWith('Content')) ?? [];
  assert.ok(bucketId && bucket);

  it('is private, encrypted and no website', () => {
    assert.deepEqual(at(bucket, 'Properties', 'PublicAccessBlockConfiguration'), {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    assert.deepEqual(at(bucket, 'Properties', 'BucketEncryption', 'ServerSideEncryptionConfiguration'), [
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    assert.equal(at(bucket, 'Properties', 'WebsiteConfiguration'), undefined);
    assert.deepEqual(at(bucket, 'Properties', 'OwnershipControls', 'Rules'), [{ ObjectOwnership: 'BucketOwnerEnforced' }]);
  });

  it('refuses plain HTTP and lets only this distribution read, through OAC', () => {
    const [, policy] =
      resourcesOfType(json, 'AWS::S3::BucketPolicy').find(([, p]) => at(p, 'Properties', 'Bucket', 'Ref') === bucketId) ?? [];
    const statements = asArray(at(policy, 'Properties', 'PolicyDocument', 'Statement'));
    assert.ok(
      statements.some(
        (statement) =>
          at(statement, 'Effect') === 'Deny' &&
          at(statement, 'Condition', 'Bool', 'aws:SecureTransport') === 'false' &&
          at(statement, 'Principal', 'AWS') === '*',
      ),
      'no TLS-only statement',
    );
    const allows = statements.filter((statement) => at(statement, 'Effect') === 'Allow');
    assert.equal(allows.length, 1);
    const [allow] = allows;
    assert.deepEqual(at(allow, 'Principal'), { Service: 'cloudfront.amazonaws.com' });
    assert.equal(at(allow, 'Action'), 's3:GetObject');
    const sourceArn = JSON.stringify(at(allow, 'Condition', 'StringEquals', 'AWS:SourceArn'));
    assert.ok(sourceArn.includes(distributionId), `read is not tied to the distribution: ${sourceArn}`);
  });

  it('logs its access to the log bucket, which expires logs', () => {
    assert.equal(at(bucket, 'Properties', 'LoggingConfiguration', 'LogFilePrefix'), 'content-bucket/');
    const logBucketId = logicalIdOfRef(at(bucket, 'Properties', 'LoggingConfiguration', 'DestinationBucketName'));
    const [, logBucket] = resourcesOfType(json, 'AWS::S3::Bucket').find(([id]) => id === logBucketId) ?? [];
    assert.deepEqual(at(logBucket, 'Properties', 'LifecycleConfiguration', 'Rules', 0, 'ExpirationInDays'), 90);
    assert.equal(at(logBucket, 'Properties', 'PublicAccessBlockConfiguration', 'BlockPublicPolicy'), true);
    assert.ok(JSON.stringify(at(config, 'Logging')).includes(logBucketId), 'CloudFront does not log to the log bucket');
  });
});

describe('the distribution', () => {
  it('reads the bucket through Origin Access Control', () => {
    const [oacId, oac] = onlyResource(json, 'AWS::CloudFront::OriginAccessControl');
    assert.deepEqual(at(oac, 'Properties', 'OriginAccessControlConfig', 'SigningBehavior'), 'always');
    assert.deepEqual(at(oac, 'Properties', 'OriginAccessControlConfig', 'SigningProtocol'), 'sigv4');
    assert.deepEqual(at(oac, 'Properties', 'OriginAccessControlConfig', 'OriginAccessControlOriginType'), 's3');
    const origins = asArray(at(config, 'Origins'));
    assert.equal(origins.length, 1);
    assert.deepEqual(at(origins[0], 'OriginAccessControlId'), { 'Fn::GetAtt': [oacId, 'Id'] });
    assert.equal(at(origins[0], 'S3OriginConfig', 'OriginAccessIdentity'), '');
  });

  it('speaks HTTP/2 and HTTP/3, and redirects HTTP to HTTPS on every behaviour', () => {
    assert.equal(at(config, 'HttpVersion'), 'http2and3');
    for (const behavior of [defaultBehavior, ...cacheBehaviors]) {
      assert.equal(at(behavior, 'ViewerProtocolPolicy'), 'redirect-to-https');
      assert.deepEqual(at(behavior, 'AllowedMethods'), ['GET', 'HEAD']);
      assert.equal(at(behavior, 'Compress'), true);
    }
  });

  it('runs the viewer-request function, exactly the shipped file, on every behaviour, reading the key value store', () => {
    const [functionId, fn] = onlyResource(json, 'AWS::CloudFront::Function');
    const [storeId] = onlyResource(json, 'AWS::CloudFront::KeyValueStore');
    assert.equal(at(fn, 'Properties', 'FunctionConfig', 'Runtime'), 'cloudfront-js-2.0');
    assert.equal(at(fn, 'Properties', 'AutoPublish'), true);
    assert.equal(at(fn, 'Properties', 'FunctionCode'), readFileSync(viewerRequestFunctionFile, 'utf8'));
    assert.deepEqual(at(fn, 'Properties', 'FunctionConfig', 'KeyValueStoreAssociations'), [
      { KeyValueStoreARN: { 'Fn::GetAtt': [storeId, 'Arn'] } },
    ]);
    for (const behavior of [defaultBehavior, staticBehavior]) {
      assert.deepEqual(at(behavior, 'FunctionAssociations'), [
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
      ]);
    }
  });

  it('names the key value store in its outputs, beside the others', () => {
    const [storeId] = onlyResource(json, 'AWS::CloudFront::KeyValueStore');
    assert.deepEqual(at(json, 'Outputs', 'KeyValueStoreArn', 'Value'), { 'Fn::GetAtt': [storeId, 'Arn'] });
    for (const output of ['SiteUrl', 'DistributionDomainName', 'DistributionId', 'BucketName']) {
      assert.ok(at(json, 'Outputs', output), `no output ${output}`);
    }
  });

  it('sends the security headers of lib/http-headers.mjs, value for value, on every behaviour', () => {
    const [policyId, policy] = onlyResource(json, 'AWS::CloudFront::ResponseHeadersPolicy');
    const policyConfig = at(policy, 'Properties', 'ResponseHeadersPolicyConfig');
    assert.deepEqual(headersSentFor(policyConfig).sort(byKey), [...securityHeaders].sort(byKey));
    for (const behavior of [defaultBehavior, ...cacheBehaviors]) {
      assert.equal(logicalIdOfRef(at(behavior, 'ResponseHeadersPolicyId')), policyId);
    }
    // CloudFront's value must win over anything an origin might send.
    const overrides = JSON.stringify(policyConfig).match(/"Override":(true|false)/g) ?? [];
    assert.equal(overrides.length, securityHeaders.length);
    assert.ok(overrides.every((override) => override === '"Override":true'));
  });

  it('caches _next/static for a year and everything else for five minutes', () => {
    const ttls = (behavior: unknown) => {
      const [, policy] =
        resourcesOfType(json, 'AWS::CloudFront::CachePolicy').find(([id]) => id === logicalIdOfRef(at(behavior, 'CachePolicyId'))) ?? [];
      const policyConfig = at(policy, 'Properties', 'CachePolicyConfig');
      const key = at(policyConfig, 'ParametersInCacheKeyAndForwardedToOrigin');
      // Nothing but the path picks the file: no cookie, header or query string in the key.
      assert.equal(at(key, 'CookiesConfig', 'CookieBehavior'), 'none');
      assert.equal(at(key, 'HeadersConfig', 'HeaderBehavior'), 'none');
      assert.equal(at(key, 'QueryStringsConfig', 'QueryStringBehavior'), 'none');
      assert.equal(at(key, 'EnableAcceptEncodingBrotli'), true);
      assert.equal(at(key, 'EnableAcceptEncodingGzip'), true);
      return [at(policyConfig, 'MinTTL'), at(policyConfig, 'DefaultTTL'), at(policyConfig, 'MaxTTL')];
    };
    const year = 365 * 24 * 60 * 60;
    assert.deepEqual(ttls(staticBehavior), [year, year, year]);
    assert.deepEqual(ttls(defaultBehavior), [0, 300, 300]);
    assert.equal(cacheBehaviors.length, 1);
  });

  it("answers S3's 403 for a missing key, and 404, with /404.html and status 404", () => {
    assert.deepEqual(at(config, 'CustomErrorResponses'), [
      { ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 60 },
      { ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 60 },
    ]);
  });

  it('uses the default certificate and no alias without a custom domain', () => {
    assert.equal(at(config, 'Aliases'), undefined);
    assert.equal(at(config, 'ViewerCertificate'), undefined);
    assert.equal(resourcesOfType(json, 'AWS::Route53::RecordSet').length, 0);
  });
});

describe('the deployment of out/', () => {
  const deployments = resourcesOfType(json, 'Custom::CDKBucketDeployment');
  const deployment = (id: string) => {
    const found = deployments.find(([logicalId]) => logicalId.startsWith(`Deploy${id}`));
    assert.ok(found, `no deployment ${id}`);
    return found;
  };

  it('uploads one asset of out/, one deployment per content group', () => {
    assert.equal(deployments.length, contentGroups.length);
    const keys = new Set(deployments.map(([, resource]) => JSON.stringify(at(resource, 'Properties', 'SourceObjectKeys'))));
    assert.equal(keys.size, 1, 'the groups should share one uploaded zip');
  });

  it('writes the release under releases/<releaseId>/, and never prunes or deletes', () => {
    for (const [, resource] of deployments) {
      assert.equal(at(resource, 'Properties', 'DestinationBucketKeyPrefix'), `releases/${testReleaseId}/`);
      assert.equal(at(resource, 'Properties', 'Prune'), false);
      // The handler removes the old prefix on an update that changes it unless this holds
      // (aws-cdk-lib's bucket-deployment handler: `RetainOnDelete` defaults to "true").
      assert.notEqual(at(resource, 'Properties', 'RetainOnDelete'), false);
      assert.notEqual(at(resource, 'Properties', 'RetainOnDelete'), 'false');
    }
  });

  it('marks the hashed assets immutable and syncs nothing else with them', () => {
    const [, resource] = deployment('StaticAssets');
    assert.deepEqual(at(resource, 'Properties', 'Include'), ['_next/static/*']);
    assert.deepEqual(at(resource, 'Properties', 'Exclude'), ['*']);
    assert.deepEqual(at(resource, 'Properties', 'SystemMetadata'), { 'cache-control': immutableCacheControl });
  });

  it('gives the rest the page caching, and invalidates nothing: the new prefix is a new cache key', () => {
    const [, resource] = deployment('Pages');
    assert.deepEqual(
      at(resource, 'Properties', 'Exclude'),
      contentGroups.flatMap((group) => group.patterns ?? []),
    );
    assert.equal(at(resource, 'Properties', 'Include'), undefined);
    assert.deepEqual(at(resource, 'Properties', 'SystemMetadata'), { 'cache-control': pageCacheControl });
    for (const [, each] of deployments) {
      assert.equal(at(each, 'Properties', 'DistributionPaths'), undefined);
      assert.equal(at(each, 'Properties', 'DistributionId'), undefined);
    }
    assert.doesNotMatch(JSON.stringify(json), /cloudfront:CreateInvalidation/);
  });

  it('runs its handler with a role that writes logs to its own log group only', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    const [, role] = onlyResource(json, 'AWS::IAM::Role');
    assert.equal(at(role, 'Properties', 'ManagedPolicyArns'), undefined);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('zips all of out/, nothing left behind', () => {
    const [, resource] = deployment('Pages');
    const key = asString(at(resource, 'Properties', 'SourceObjectKeys', 0));
    const staged = path.join(site.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    assert.deepEqual(listFiles(staged), Object.keys(exportFixture).sort());
  });
});

describe('the kept releases', () => {
  const [, bucket] = resourcesOfType(json, 'AWS::S3::Bucket').find(([id]) => id.startsWith('Content')) ?? [];
  const rules = asArray(at(bucket, 'Properties', 'LifecycleConfiguration', 'Rules'));

  it('expire only once a deploy tagged them retired, never by age alone', () => {
    const expiring = rules.filter((rule) => at(rule, 'ExpirationInDays') !== undefined);
    assert.deepEqual(expiring, [
      {
        Id: 'ExpireRetiredReleases',
        Prefix: 'releases/',
        TagFilters: [{ Key: retiredTag.key, Value: retiredTag.value }],
        ExpirationInDays: 1,
        Status: 'Enabled',
      },
    ]);
  });

  it('leave no incomplete upload behind', () => {
    assert.ok(rules.some((rule) => at(rule, 'AbortIncompleteMultipartUpload', 'DaysAfterInitiation') === 1));
  });
});

describe('without a releaseId', () => {
  const plain = synthSite({ outDir });

  it('has the site and the switch, but no content deployment: the kept releases stay', () => {
    plain.template.resourceCountIs('AWS::CloudFront::KeyValueStore', 1);
    plain.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    plain.annotations.hasWarning('/PortfolioSite', Match.stringLikeRegexp('No releaseId'));
  });

  it('refuses a releaseId that is not one', () => {
    for (const releaseId of ['latest', '20261201T210000Z-7C83E28', '20261201-7c83e28', '../20261201T210000Z-7c83e28']) {
      assert.throws(() => synthSite({ outDir, releaseId }), /is not a release id/, releaseId);
    }
  });
});

describe('without out/ (a fresh clone)', () => {
  const missing = synthSite({ releaseId: testReleaseId, outDir: path.join(outDir, 'does-not-exist') });

  it('still synthesizes the site, without any content deployment or Lambda', () => {
    missing.template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    missing.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    missing.template.resourceCountIs('AWS::Lambda::Function', 0);
  });

  it('warns that there is nothing to deploy', () => {
    missing.annotations.hasWarning('/PortfolioSite', Match.stringLikeRegexp('No static export at .*npm run export'));
  });
});

describe('a broken out/', () => {
  it('fails the synth when the 404 page is missing (an unfinished export)', () => {
    const { ['404.html']: _omitted, ...rest } = exportFixture;
    assert.throws(() => synthSite({ releaseId: testReleaseId, outDir: makeStaticExport(rest) }), /not a complete static export/);
  });

  it('fails the synth on a file without an extension, naming it', () => {
    const dir = makeStaticExport();
    // The old layout's social card: a PNG that S3 would serve without its type.
    writeFileSync(path.join(dir, 'ja', 'opengraph-image'), readFileSync(path.join(dir, 'ja', 'card.png')));
    const file = path.join(dir, 'ja', 'opengraph-image');
    assert.throws(
      () => synthSite({ releaseId: testReleaseId, outDir: dir }),
      (error: unknown) => error instanceof Error && error.message.startsWith(`${file} has no extension:`),
    );
    rmSync(dir, { recursive: true });
  });
});

describe('a custom domain', () => {
  const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

  it('serves the domain with its certificate, TLS 1.2 or later, SNI', () => {
    const { json: domainJson } = synthSite({ releaseId: testReleaseId, outDir, domainName: 'rui-iizumi.example', certificateArn });
    const [, dist] = onlyResource(domainJson, 'AWS::CloudFront::Distribution');
    assert.deepEqual(at(dist, 'Properties', 'DistributionConfig', 'Aliases'), ['rui-iizumi.example']);
    assert.deepEqual(at(dist, 'Properties', 'DistributionConfig', 'ViewerCertificate'), {
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    assert.equal(resourcesOfType(domainJson, 'AWS::Route53::RecordSet').length, 0);
  });

  it('adds A and AAAA aliases when the hosted zone is given (no lookup)', () => {
    const { template: zoneTemplate } = synthSite({
      releaseId: testReleaseId,
      outDir: makeStaticExport({ ...exportFixture, 'release.json': releaseRecord('https://www.rui-iizumi.example') }),
      domainName: 'www.rui-iizumi.example',
      certificateArn,
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      hostedZoneName: 'rui-iizumi.example',
    });
    for (const type of ['A', 'AAAA']) {
      zoneTemplate.hasResourceProperties('AWS::Route53::RecordSet', {
        Type: type,
        Name: 'www.rui-iizumi.example.',
        HostedZoneId: 'Z0123456789ABCDEFGHIJ',
        AliasTarget: { DNSName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Distribution'), 'DomainName'] } },
      });
    }
  });

  it('refuses settings that could not work', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ domainName: 'rui-iizumi.example' }, /needs both domainName and certificateArn/],
      [{ certificateArn }, /needs both domainName and certificateArn/],
      [{ domainName: 'rui-iizumi.example', certificateArn: certificateArn.replace('us-east-1', 'ap-northeast-1') }, /us-east-1/],
      [{ domainName: 'not a domain', certificateArn }, /not a domain name/],
      [{ domainName: 'rui-iizumi.example', certificateArn, hostedZoneId: 'Z0123' }, /both hostedZoneId and hostedZoneName/],
      [
        { domainName: 'rui-iizumi.example', certificateArn, hostedZoneId: 'Z0123', hostedZoneName: 'other.example' },
        /not in the hosted zone/,
      ],
      [{ hostedZoneId: 'Z0123', hostedZoneName: 'rui-iizumi.example' }, /need domainName and certificateArn/],
    ];
    for (const [context, message] of cases) {
      assert.throws(() => synthSite({ releaseId: testReleaseId, outDir, ...context }), message, JSON.stringify(context));
    }
  });
});
