import { App, Aspects, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GitHubDeployRole } from './github-deploy-role.ts';
import { readSiteConfig } from './site-config.ts';
import { SiteStack } from './site-stack.ts';

/** The stack's name in CloudFormation. */
export const siteStackName = 'PortfolioSite';

/**
 * The whole app: the site stack from context, checked by cdk-nag's AWS Solutions pack. The
 * CLI entry (bin/site.ts) and the tests both build it here, so the tests check what deploys.
 */
export function createSiteApp(props?: AppProps) {
  const app = new App(props);
  const site = readSiteConfig(app.node);
  const stack = new SiteStack(app, siteStackName, {
    site,
    // CloudFront is global, but its certificates live in us-east-1: the stack does too. The
    // account stays unresolved without credentials, which synth does not need.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: 'us-east-1' },
    description: "Rui Iizumi's portfolio: static export on S3 behind CloudFront",
  });
  if (site.github) {
    new GitHubDeployRole(stack, 'GitHubDeploy', {
      ...site.github,
      bucket: stack.bucket,
      releaseSwitchArn: stack.releases.keyValueStoreArn,
    });
  }
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  return { app, stack };
}
