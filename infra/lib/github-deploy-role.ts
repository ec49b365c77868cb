import { Aws, CfnOutput, DefaultStackSynthesizer, Duration, Stack } from 'aws-cdk-lib';
import { OidcProviderNative, PolicyStatement, Role, WebIdentityPrincipal, type IOidcProvider } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { releasesPrefix } from '../../scripts/release-store.ts';

/** GitHub Actions' OIDC issuer, and the audience aws-actions/configure-aws-credentials asks for. */
export const githubOidcIssuer = 'token.actions.githubusercontent.com';
export const githubOidcAudience = 'sts.amazonaws.com';

export interface GitHubDeployRoleProps {
  /** `owner/name`: only this repository's workflows may assume the role. */
  readonly repository: string;
  /** The one branch whose workflows may deploy. */
  readonly branch?: string;
  /**
   * The account's GitHub OIDC provider, when it has one (an account holds one provider per
   * issuer URL, so a second stack cannot create another); without it, this construct creates it.
   */
  readonly oidcProviderArn?: string;
  /** The release switch `npm run deploy` flips (a CloudFront KeyValueStore): read and written. */
  readonly releaseSwitchArn?: string;
  /**
   * The site's bucket: the release store lists the kept releases, carries the previous release's
   * files into the new one, copies the live 404 page to the root and tags retired releases.
   * It never deletes (a lifecycle rule does, on tagged releases only).
   */
  readonly bucket?: IBucket;
}

/**
 * The role that `.github/workflows/deploy.yml` assumes through GitHub's OIDC (no stored keys):
 * only the repository's `main` may, and it may do only what `npm run deploy` does: assume the CDK
 * bootstrap roles (which deploy the stack and publish its assets), read this stack's outputs,
 * and flip the release switch.
 */
export class GitHubDeployRole extends Construct {
  readonly role: Role;
  readonly provider: IOidcProvider;

  constructor(scope: Construct, id: string, props: GitHubDeployRoleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const branch = props.branch ?? 'main';

    this.provider =
      props.oidcProviderArn !== undefined
        ? OidcProviderNative.fromOidcProviderArn(this, 'Provider', props.oidcProviderArn)
        : new OidcProviderNative(this, 'Provider', { url: `https://${githubOidcIssuer}`, clientIds: [githubOidcAudience] });

    this.role = new Role(this, 'Role', {
      description: `npm run deploy from ${props.repository}@${branch} (GitHub Actions, OIDC)`,
      maxSessionDuration: Duration.hours(1),
      assumedBy: new WebIdentityPrincipal(this.provider.oidcProviderArn, {
        StringEquals: {
          [`${githubOidcIssuer}:aud`]: githubOidcAudience,
          // A pull request's or another branch's token carries another subject.
          [`${githubOidcIssuer}:sub`]: `repo:${props.repository}:ref:refs/heads/${branch}`,
        },
      }),
    });

    // The CDK CLI deploys through the bootstrap stack's roles: the deploy role (CloudFormation)
    // and the file publishing role (the export's zip into the assets bucket). No lookup role: the
    // app looks nothing up.
    const qualifier =
      (stack.synthesizer instanceof DefaultStackSynthesizer ? stack.synthesizer.bootstrapQualifier : undefined) ??
      DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const bootstrapRole = (name: string) =>
      `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/cdk-${qualifier}-${name}-${Aws.ACCOUNT_ID}-${stack.region}`;
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        resources: [bootstrapRole('deploy-role'), bootstrapRole('file-publishing-role')],
      }),
    );
    // The deploy reads the outputs (CloudFront domain, bucket, switch) of this stack only.
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] }));
    if (props.releaseSwitchArn !== undefined) {
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: [
            'cloudfront-keyvaluestore:DescribeKeyValueStore',
            'cloudfront-keyvaluestore:GetKey',
            'cloudfront-keyvaluestore:ListKeys',
            'cloudfront-keyvaluestore:PutKey',
          ],
          resources: [props.releaseSwitchArn],
        }),
      );
    }
    if (props.bucket !== undefined) {
      const { bucketArn } = props.bucket;
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${releasesPrefix}*`] } },
        }),
      );
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:GetObject', 's3:PutObject', 's3:GetObjectTagging', 's3:PutObjectTagging'],
          resources: [`${bucketArn}/${releasesPrefix}*`],
        }),
      );
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [`${bucketArn}/404.html`] }));
      NagSuppressions.addResourceSuppressions(
        this.role,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason:
              'Releases are named by id at deploy time: the store lists, reads, copies into and tags objects under releases/ only (never deletes), which needs releases/* on the bucket.',
          },
        ],
        true,
      );
    }

    new CfnOutput(stack, 'GitHubDeployRoleArn', {
      value: this.role.roleArn,
      description: 'The repository variable AWS_DEPLOY_ROLE_ARN for .github/workflows/deploy.yml',
    });
  }
}
