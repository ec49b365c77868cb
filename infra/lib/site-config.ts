import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'constructs';
import { releaseIdPattern } from '../../scripts/release-store.ts';

/** infra/, whatever the working directory: relative context paths are read from here. */
export const infraDir = fileURLToPath(new URL('..', import.meta.url));

export interface CustomDomain {
  /** e.g. `rui-iizumi.dev` or `www.example.com`. */
  readonly domainName: string;
  /** An ACM certificate in us-east-1 (CloudFront reads certificates only there) for that name. */
  readonly certificateArn: string;
  /** When given, the stack adds A and AAAA alias records to this Route 53 zone. */
  readonly hostedZone?: { readonly id: string; readonly name: string };
}

/** The repository whose `main` deploys through GitHub's OIDC (lib/github-deploy-role.ts). */
export interface GitHubDeploy {
  /** `owner/name`. */
  readonly repository: string;
  /** The account's existing GitHub OIDC provider; without it the stack creates one. */
  readonly oidcProviderArn?: string;
}

export interface SiteConfig {
  /** The static export to deploy (the repository's out/ unless `-c outDir=…`). */
  readonly outDir: string;
  /** The release the export is uploaded as (`-c releaseId=…`, scripts/release-store.ts's releaseIdFor); none, no upload. */
  readonly releaseId?: string;
  readonly domain?: CustomDomain;
  readonly github?: GitHubDeploy;
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context value ${key} must be a string.`);
  return value.trim();
}

/** us-east-1 ACM certificate ARNs, in any partition that has CloudFront. */
const certificateArnPattern = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/;
const domainNamePattern = /^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/;

/**
 * The app's settings from CDK context (`cdk.json` or `-c key=value`):
 * `outDir`, `releaseId`, and for a custom domain `domainName` + `certificateArn`, optionally with
 * `hostedZoneId` + `hostedZoneName` for the DNS records; `githubRepository` (and
 * `githubOidcProviderArn`) for the GitHub deploy role. Nothing here calls AWS.
 */
export function readSiteConfig(node: Node): SiteConfig {
  const outDir = path.resolve(infraDir, optionalString(node, 'outDir') ?? '../out');
  const releaseId = optionalString(node, 'releaseId');
  if (releaseId !== undefined && !releaseIdPattern.test(releaseId)) {
    throw new Error(`releaseId ${releaseId} is not a release id (<UTC yyyymmddTHHMMSSZ>-<7-char sha>, e.g. 20261201T210000Z-7c83e28).`);
  }
  const github = readGitHubDeploy(node);
  return { ...readDomainConfig(node, outDir), ...(releaseId === undefined ? {} : { releaseId }), ...(github ? { github } : {}) };
}

const githubRepositoryPattern = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const oidcProviderArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/;

/** `githubRepository` (owner/name) and optionally `githubOidcProviderArn`. */
function readGitHubDeploy(node: Node): GitHubDeploy | undefined {
  const repository = optionalString(node, 'githubRepository');
  const oidcProviderArn = optionalString(node, 'githubOidcProviderArn');
  if (repository === undefined) {
    if (oidcProviderArn !== undefined) throw new Error('githubOidcProviderArn needs githubRepository (owner/name).');
    return undefined;
  }
  if (!githubRepositoryPattern.test(repository)) throw new Error(`githubRepository ${repository} is not owner/name.`);
  if (oidcProviderArn !== undefined && !oidcProviderArnPattern.test(oidcProviderArn)) {
    throw new Error(`githubOidcProviderArn ${oidcProviderArn} is not the ARN of a token.actions.githubusercontent.com OIDC provider.`);
  }
  return { repository, ...(oidcProviderArn ? { oidcProviderArn } : {}) };
}

function readDomainConfig(node: Node, outDir: string): SiteConfig {
  const domainName = optionalString(node, 'domainName')?.toLowerCase();
  const certificateArn = optionalString(node, 'certificateArn');
  const hostedZoneId = optionalString(node, 'hostedZoneId');
  const hostedZoneName = optionalString(node, 'hostedZoneName')?.toLowerCase().replace(/\.$/, '');

  if (domainName === undefined && certificateArn === undefined) {
    if (hostedZoneId !== undefined || hostedZoneName !== undefined) {
      throw new Error('hostedZoneId/hostedZoneName need domainName and certificateArn.');
    }
    return { outDir };
  }
  if (domainName === undefined || certificateArn === undefined) {
    throw new Error('A custom domain needs both domainName and certificateArn.');
  }
  if (!domainNamePattern.test(domainName)) throw new Error(`domainName ${domainName} is not a domain name.`);
  if (!certificateArnPattern.test(certificateArn)) {
    throw new Error(`certificateArn ${certificateArn} is not an ACM certificate in us-east-1, the only region CloudFront reads.`);
  }
  if ((hostedZoneId === undefined) !== (hostedZoneName === undefined)) {
    throw new Error('Give both hostedZoneId and hostedZoneName, or neither.');
  }
  if (hostedZoneName !== undefined && domainName !== hostedZoneName && !domainName.endsWith(`.${hostedZoneName}`)) {
    throw new Error(`domainName ${domainName} is not in the hosted zone ${hostedZoneName}.`);
  }
  const hostedZone = hostedZoneId !== undefined && hostedZoneName !== undefined ? { id: hostedZoneId, name: hostedZoneName } : undefined;
  return { outDir, domain: { domainName, certificateArn, hostedZone } };
}
