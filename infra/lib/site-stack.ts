import { fileURLToPath } from 'node:url';
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
import { securityHeaders } from '../../lib/http-headers.mjs';
import { responseHeaderBehaviors } from './security-headers-policy.ts';
import type { SiteConfig } from './site-config.ts';
import { checkExportOrigin } from './export-origin.ts';
import { checkFileExtensions, contentGroups, hasStaticExport, syncFilters, type ContentGroup } from './site-content.ts';

/** The viewer-request function, shipped as written (see functions/viewer-request.js). */
export const viewerRequestFunctionFile = fileURLToPath(new URL('../functions/viewer-request.js', import.meta.url));

export interface SiteStackProps extends StackProps {
  readonly site: SiteConfig;
}

/**
 * The portfolio's static export on S3 behind CloudFront: a private bucket read only through
 * Origin Access Control, the app's security headers, the language redirect and clean URLs in a
 * CloudFront Function, and the export uploaded with a cache invalidation on every deploy.
 */
export class SiteStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

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
    });

    const viewerRequest = new CloudFrontFunction(this, 'ViewerRequest', {
      code: FunctionCode.fromFile({ filePath: viewerRequestFunctionFile }),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Language redirect for /, clean page URLs, no trailing slashes',
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: "The app's security headers (lib/http-headers.mjs)",
      ...responseHeaderBehaviors(securityHeaders),
    });

    // Pages, cards and other unhashed files: a few minutes, and every deploy invalidates the edge.
    // Nothing in the request changes a file, so nothing but the path is in the cache key.
    const pageCache = new CachePolicy(this, 'PageCache', {
      comment: 'Pages and other unhashed files: 5 minutes',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.minutes(5),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const staticCache = new CachePolicy(this, 'StaticAssetCache', {
      comment: 'Content-hashed _next/static files: one year',
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
        functionAssociations: [{ function: viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // Every name here is a real file: no function, so no invocation to pay for.
        '/_next/static/*': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: staticCache,
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
      // Without s3:ListBucket, S3 answers a missing key with 403: both are the site's 404 page.
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

    if (hasStaticExport(site.outDir)) {
      checkExportOrigin(site.outDir, site.domain);
      this.deployContent(site.outDir);
    } else {
      Annotations.of(this).addWarningV2(
        'site:no-static-export',
        `No static export at ${site.outDir}: this synth has no content deployment. Run \`npm run export\` at the repository root before \`cdk deploy\`.`,
      );
    }

    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
    new CfnOutput(this, 'SiteUrl', { value: `https://${site.domain?.domainName ?? this.distribution.distributionDomainName}` });
  }

  /**
   * out/ in one `BucketDeployment` per content group (see contentGroups): the hashed assets
   * first, then the rest, which prunes and invalidates last, so no page goes live before the
   * files it names, and one invalidation follows the last upload.
   */
  private deployContent(outDir: string) {
    checkFileExtensions(outDir);
    const source = Source.asset(outDir);
    // The deployments share one handler (a Lambda function running aws-cli). Its own role and
    // log group instead of the defaults: logs kept a month rather than forever, and the right to
    // write them to this group only, rather than AWSLambdaBasicExecutionRole's any group.
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Uploads the static export to the content bucket and invalidates the distribution',
    });
    logGroup.grantWrite(role);
    const deploy = (group: ContentGroup, last: boolean) =>
      new BucketDeployment(this, `Deploy${group.id}`, {
        sources: [source],
        destinationBucket: this.bucket,
        ...syncFilters(group),
        prune: group.prune,
        contentType: group.contentType,
        cacheControl: [CacheControl.fromString(group.cacheControl)],
        // The object keys as a response would exceed the custom resource's 4 KB answer.
        outputObjectKeys: false,
        memoryLimit: 512,
        logGroup,
        role,
        ...(last ? { distribution: this.distribution, distributionPaths: ['/*'] } : {}),
      });
    const first = contentGroups.filter((group) => group.patterns !== undefined).map((group) => deploy(group, false));
    for (const group of contentGroups.filter((group) => group.patterns === undefined)) {
      deploy(group, true).node.addDependency(...first);
    }

    NagSuppressions.addResourceSuppressions(
      role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            "BucketDeployment's own grants: read of the CDK asset bucket (the zipped export), read/write/delete of " +
            'objects in the content bucket (sync with prune), and CloudFront invalidations, which it grants on * ' +
            'with no option to narrow. The wildcards are object keys and action families within those two buckets.',
          appliesTo: [
            'Action::s3:GetBucket*',
            'Action::s3:GetObject*',
            'Action::s3:List*',
            'Action::s3:Abort*',
            'Action::s3:DeleteObject*',
            { regex: '/^Resource::arn:aws:s3:::cdk-[a-z0-9]+-assets-<AWS::AccountId>-us-east-1\\/\\*$/' },
            { regex: '/^Resource::<Content[0-9A-F]{8}\\.Arn>\\/\\*$/' },
            'Resource::*',
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
