// STUB of the releases helper's module (issue 20), with the agreed exports only, so that
// scripts/deploy.ts is written against the contract. Until issue 20 lands, the stack serves the
// last upload directly: there is no release switch, so nothing is live by id and switching is a
// no-op. The real module replaces this file whole.

export type Release = { id: string; commit: string; builtAt: string; live: boolean };

export interface ReleaseStore {
  live(): Promise<string | undefined>;
  list(): Promise<Release[]>;
  switchTo(id: string): Promise<void>;
}

/** `<UTC yyyymmddTHHMMSSZ>-<7-char sha>`: lexicographic order is time order. */
export function releaseIdFor(commit: string, date: Date): string {
  const stamp = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${commit.slice(0, 7)}`;
}

/** The stack's outputs, by name (SiteUrl, DistributionDomainName, DistributionId, BucketName, …). */
export type StackOutputs = Readonly<Record<string, string>>;

export function awsReleaseStore(_outputs: StackOutputs): ReleaseStore {
  return {
    live: () => Promise.resolve(undefined),
    list: () => Promise.resolve([]),
    switchTo: () => Promise.resolve(),
  };
}
