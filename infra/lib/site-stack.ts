import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  KeyValueStore,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AaaaRecord, ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { hashedAssetsDir, securityHeaders } from '../../lib/http-headers.mjs';
import { releasesPrefix, retiredTag } from '../../scripts/release-store.ts';
import { responseHeaderBehaviors } from './security-headers-policy.ts';
import type { SiteConfig } from './site-config.ts';
import { checkExportOrigin } from './export-origin.ts';
import { checkFileExtensions, contentGroups, hasStaticExport, syncFilters, type ContentGroup } from './site-content.ts';
import { viewerRequestFunctionFile } from './viewer-function.ts';

export { viewerRequestFunctionFile };

export interface SiteStackProps extends StackProps {
  readonly site: SiteConfig;
}

/**
 * The portfolio's static export on S3 behind CloudFront: a private bucket read only through
 * Origin Access Control, the app's security headers, the language redirect and clean URLs in a
 * CloudFront Function, and each deploy's export kept as its own release under `releases/<id>/`,
 * the live one named by a key value store that the function reads (infra/README.md, "Releases").
 */
export class SiteStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The one switch: its `live` key names the release that is served (a deploy role may write it). */
  readonly releases: KeyValueStore;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { site } = props;

    // One bucket for CloudFront's access logs and the content bucket's server access logs.
    // CloudFront's standard logs are written with ACLs, hence BUCKET_OWNER_PREFERRED.
    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(logs, [
      { id: 'AwsSolutions-S1', reason: 'This is the log bucket; logging its own access would log the log writes.' },
    ]);

    this.bucket = new Bucket(this, 'Content', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // An audit trail of what the deployments wrote and deleted; reads come from CloudFront.
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'content-bucket/',
      // The content is rebuilt from the repository at will; keep it anyway if the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          // Age alone would expire the live release if nobody deployed for a while: only the
          // releases that a deploy retired (tagged: never the live one, never the newest five)
          // expire, a day after they were tagged.
          id: 'ExpireRetiredReleases',
          prefix: releasesPrefix,
          tagFilters: { [retiredTag.key]: retiredTag.value },
          expiration: Duration.days(1),
        },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    this.releases = new KeyValueStore(this, 'Releases', {
      comment: 'live: the id of the release under releases/ that the site serves',
    });

    const viewerRequest = new CloudFrontFunction(this, 'ViewerRequest', {
      code: FunctionCode.fromFile({ filePath: viewerRequestFunctionFile }),
      runtime: FunctionRuntime.JS_2_0,
      keyValueStore: this.releases,
      comment: 'Language redirect for /, clean page URLs, the live release',
    });
    const functionAssociations = [{ function: viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }];

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: "The app's security headers (lib/http-headers.mjs)",
      ...responseHeaderBehaviors(securityHeaders),
    });

    // Pages, cards and other unhashed files: a few minutes. The function rewrites each path into
    // the live release before the cache is looked up, so the key changes with the release and no
    // deploy needs an invalidation. Nothing else in the request changes a file: only the path.
    const pageCache = new CachePolicy(this, 'PageCache', {
      comment: 'Pages and other unhashed files: 5 minutes',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.minutes(5),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const staticCache = new CachePolicy(this, 'StaticAssetCache', {
      comment: `Content-hashed ${hashedAssetsDir} files: one year`,
      minTtl: Duration.days(365),
      defaultTtl: Duration.days(365),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const certificate = site.domain ? Certificate.fromCertificateArn(this, 'Certificate', site.domain.certificateArn) : undefined;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Rui Iizumi portfolio',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Within the free tier the price class changes nothing; all edges serve every region.
      priceClass: PriceClass.PRICE_CLASS_ALL,
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: pageCache,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations,
      },
      additionalBehaviors: {
        // The function runs here too: the hashed files live in their release like everything else.
        [`/${hashedAssetsDir}/*`]: {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: staticCache,
          responseHeadersPolicy: headers,
          compress: true,
          functionAssociations,
        },
      },
      // Without s3:ListBucket, S3 answers a missing key with 403: both are the site's 404 page.
      // CloudFront fetches it by this fixed path and runs no function for it, so each switch
      // copies the live release's 404 page to the bucket's root (scripts/release-store.ts).
      // Cached briefly, so a page that a deploy adds is not hidden for long.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 404,
        responsePagePath: '/404.html',
        ttl: Duration.minutes(1),
      })),
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(site.domain && certificate
        ? {
            domainNames: [site.domain.domainName],
            certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: SSLMethod.SNI,
          }
        : {}),
    });

    NagSuppressions.addResourceSuppressions(this.distribution, [
      { id: 'AwsSolutions-CFR1', reason: 'A public portfolio for readers anywhere: no country is to be blocked.' },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Static files only, no forms, no API, no server code: a web ACL (about $5/month plus rules and requests) ' +
          'would guard nothing that CloudFront and AWS Shield Standard (free, always on) do not already.',
      },
      ...(site.domain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose security policy ' +
                'CloudFront fixes (TLSv1) and cannot be changed; with domainName/certificateArn the stack sets TLSv1.2_2021.',
            },
          ]),
    ]);

    if (site.domain?.hostedZone) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: site.domain.hostedZone.id,
        zoneName: site.domain.hostedZone.name,
      });
      const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
      new ARecord(this, 'AliasIPv4', { zone, recordName: site.domain.domainName, target });
      new AaaaRecord(this, 'AliasIPv6', { zone, recordName: site.domain.domainName, target });
    }

    if (!hasStaticExport(site.outDir)) {
      Annotations.of(this).addWarningV2(
        'site:no-static-export',
        `No static export at ${site.outDir}: this synth has no content deployment. Run \`npm run export\` at the repository root before \`cdk deploy\`.`,
      );
    } else if (site.releaseId === undefined) {
      Annotations.of(this).addWarningV2(
        'site:no-release-id',
        'No releaseId: this synth has no content deployment (the kept releases stay as they are). `npm run deploy` passes -c releaseId=….',
      );
    } else {
      checkExportOrigin(site.outDir, site.domain);
      this.deployContent(site.outDir, site.releaseId);
    }

    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
    new CfnOutput(this, 'KeyValueStoreArn', { value: this.releases.keyValueStoreArn });
    new CfnOutput(this, 'SiteUrl', { value: `https://${site.domain?.domainName ?? this.distribution.distributionDomainName}` });
  }

  /**
   * out/ as the release `releaseId`, under `releases/<releaseId>/`, in one `BucketDeployment` per
   * content group (see contentGroups: each its own Cache-Control). Nothing here makes it live:
   * the deploy switches the key value store afterwards, so a release goes live whole or not at all.
   */
  private deployContent(outDir: string, releaseId: string) {
    checkFileExtensions(outDir);
    const source = Source.asset(outDir);
    // The deployments share one handler (a Lambda function running aws-cli). Its own role and
    // log group instead of the defaults: logs kept a month rather than forever, and the right to
    // write them to this group only, rather than AWSLambdaBasicExecutionRole's any group.
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Uploads the static export to the content bucket as a new release',
    });
    logGroup.grantWrite(role);
    const deploy = (group: ContentGroup) =>
      new BucketDeployment(this, `Deploy${group.id}`, {
        sources: [source],
        destinationBucket: this.bucket,
        destinationKeyPrefix: `${releasesPrefix}${releaseId}/`,
        ...syncFilters(group),
        // A release's prefix is new and written once: nothing to prune, and nothing kept may go.
        prune: false,
        // The handler deletes the OLD prefix on an update that changes it, and the whole prefix
        // when the deployment leaves the template, unless this is true (its default, set here
        // so that no one flips it): every deploy changes the prefix, and the kept releases are
        // the rollback targets. They expire only by the lifecycle rule above.
        retainOnDelete: true,
        contentType: group.contentType,
        cacheControl: [CacheControl.fromString(group.cacheControl)],
        // The object keys as a response would exceed the custom resource's 4 KB answer.
        outputObjectKeys: false,
        memoryLimit: 512,
        logGroup,
        role,
      });
    for (const group of contentGroups) deploy(group);

    NagSuppressions.addResourceSuppressions(
      role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            "BucketDeployment's own grants: read of the CDK asset bucket (the zipped export) and read/write/delete of " +
            'objects in the content bucket, which it grants with no option to narrow (this stack never prunes nor ' +
            'deletes: prune false, retainOnDelete true). The wildcards are object keys and action families within those two buckets.',
          appliesTo: [
            'Action::s3:GetBucket*',
            'Action::s3:GetObject*',
            'Action::s3:List*',
            'Action::s3:Abort*',
            'Action::s3:DeleteObject*',
            { regex: '/^Resource::arn:aws:s3:::cdk-[a-z0-9]+-assets-<AWS::AccountId>-us-east-1\\/\\*$/' },
            { regex: '/^Resource::<Content[0-9A-F]{8}\\.Arn>\\/\\*$/' },
          ],
        },
      ],
      true,
    );
    const handler = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler === undefined) throw new Error('BucketDeployment no longer adds its handler where this stack looks for it.');
    NagSuppressions.addResourceSuppressions(handler, [
      {
        id: 'AwsSolutions-L1',
        reason: "BucketDeployment's handler runtime is chosen by aws-cdk-lib (upgrading aws-cdk-lib upgrades it), not by this stack.",
      },
    ]);
  }
}
