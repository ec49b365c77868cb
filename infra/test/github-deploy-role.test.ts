import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asArray, at, makeStaticExport, onlyResource, resourcesOfType, synthSite } from './support/site-app.ts';

const outDir = makeStaticExport();
const repository = 'rui-iizumi/portfolio';
const providerArn = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';

/** The roles that GitHub's OIDC tokens may assume. */
function githubRoles(json: unknown) {
  return resourcesOfType(json, 'AWS::IAM::Role').filter(([, role]) =>
    JSON.stringify(at(role, 'Properties', 'AssumeRolePolicyDocument')).includes('token.actions.githubusercontent.com'),
  );
}

/** Every statement of the policies attached to a role, by its logical id. */
function statementsOf(json: unknown, roleId: string): unknown[] {
  return resourcesOfType(json, 'AWS::IAM::Policy')
    .filter(([, policy]) => asArray(at(policy, 'Properties', 'Roles')).some((ref) => at(ref, 'Ref') === roleId))
    .flatMap(([, policy]) => asArray(at(policy, 'Properties', 'PolicyDocument', 'Statement')));
}

describe('the GitHub deploy role', () => {
  it('is not there unless the repository is given', () => {
    const { json } = synthSite({ outDir });
    assert.deepEqual(githubRoles(json), []);
    assert.deepEqual(resourcesOfType(json, 'AWS::IAM::OIDCProvider'), []);
    assert.equal(at(json, 'Outputs', 'GitHubDeployRoleArn'), undefined);
  });

  describe('with githubRepository', () => {
    const { json, template } = synthSite({ outDir, githubRepository: repository });
    const [[roleId, role] = []] = githubRoles(json);

    it("may be assumed only by that repository's main, through GitHub's OIDC with the STS audience", () => {
      assert.ok(roleId && role);
      const statements = asArray(at(role, 'Properties', 'AssumeRolePolicyDocument', 'Statement'));
      assert.equal(statements.length, 1);
      const [statement] = statements;
      assert.equal(at(statement, 'Action'), 'sts:AssumeRoleWithWebIdentity');
      assert.equal(at(statement, 'Effect'), 'Allow');
      assert.deepEqual(at(statement, 'Condition'), {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': `repo:${repository}:ref:refs/heads/main`,
        },
      });
      const [providerId] = onlyResource(json, 'AWS::IAM::OIDCProvider');
      assert.deepEqual(at(statement, 'Principal', 'Federated'), { Ref: providerId });
    });

    it('creates the OIDC provider for GitHub when none is given', () => {
      template.hasResourceProperties('AWS::IAM::OIDCProvider', {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIdList: ['sts.amazonaws.com'],
      });
    });

    it('may only assume the CDK bootstrap roles, read this stack, flip the switch and write releases, never delete', () => {
      assert.ok(roleId);
      const statements = statementsOf(json, roleId);
      const actions = statements.flatMap((statement) => [at(statement, 'Action')].flat()).sort();
      assert.deepEqual(actions, [
        'cloudformation:DescribeStacks',
        'cloudfront-keyvaluestore:DescribeKeyValueStore',
        'cloudfront-keyvaluestore:GetKey',
        'cloudfront-keyvaluestore:ListKeys',
        'cloudfront-keyvaluestore:PutKey',
        's3:GetObject',
        's3:GetObjectTagging',
        's3:ListBucket',
        's3:PutObject',
        's3:PutObject',
        's3:PutObjectTagging',
        'sts:AssumeRole',
        'sts:TagSession',
      ]);
      assert.ok(!actions.some((action) => /Delete/.test(action)), 'a delete');
      const assume = statements.find((statement) => [at(statement, 'Action')].flat().includes('sts:AssumeRole'));
      const roles = JSON.stringify(at(assume, 'Resource'));
      assert.match(roles, /role\/cdk-hnb659fds-deploy-role-/);
      assert.match(roles, /role\/cdk-hnb659fds-file-publishing-role-/);
      assert.doesNotMatch(roles, /lookup-role|image-publishing-role|cfn-exec-role|\*/);
      const describe = statements.find((statement) => at(statement, 'Action') === 'cloudformation:DescribeStacks');
      assert.deepEqual(at(describe, 'Resource'), { Ref: 'AWS::StackId' });
      assert.ok(!JSON.stringify(statements).includes('"*"'), 'a wildcard resource');
      assert.match(JSON.stringify(statements), /releases\/\*/);
    });

    it('names its ARN in the outputs, for the workflow', () => {
      assert.deepEqual(at(json, 'Outputs', 'GitHubDeployRoleArn', 'Value'), { 'Fn::GetAtt': [roleId, 'Arn'] });
    });
  });

  it("uses the account's OIDC provider when its ARN is given", () => {
    const { json } = synthSite({ outDir, githubRepository: repository, githubOidcProviderArn: providerArn });
    assert.deepEqual(resourcesOfType(json, 'AWS::IAM::OIDCProvider'), []);
    const [[, role] = []] = githubRoles(json);
    assert.equal(at(role, 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'Federated'), providerArn);
  });

  it('refuses a repository that is not owner/name, and a provider without a repository', () => {
    assert.throws(() => synthSite({ outDir, githubRepository: 'portfolio' }), /githubRepository portfolio is not owner\/name/);
    assert.throws(() => synthSite({ outDir, githubOidcProviderArn: providerArn }), /needs githubRepository/);
    assert.throws(
      () =>
        synthSite({ outDir, githubRepository: repository, githubOidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/example.com' }),
      /not the ARN of a token.actions.githubusercontent.com OIDC provider/,
    );
  });
});
