import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { PERMISSIONS, Role } from '@gantry/shared';
import { POLICY_KEY, type Policy } from '../common/auth/policy.decorator';
import { declaredOperations, documentFor } from '../testing/schema-walk';
import { startTestApp, type GqlClient, type TestApp } from '../testing/test-app';

describe('authorization: deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const schema = () => t.app.get(GraphQLSchemaHost).schema;

  it('declares a policy on every query, mutation, subscription and field resolver', () => {
    const ops = declaredOperations();
    expect(ops.length).toBeGreaterThan(10);
    const missing = ops.filter((o) => !o.policy).map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it('has a declared resolver behind every root field of the schema', () => {
    const declared = new Set(declaredOperations().map((o) => o.name));
    const s = schema();
    const roots = [
      ...Object.keys(s.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(s.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(s.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ];
    expect(roots.filter((r) => !declared.has(r))).toEqual([]);
  });

  it('declares a policy on every HTTP route', () => {
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const routes: string[] = [];
    const missing: string[] = [];
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
    for (const wrapper of controllers) {
      const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, Function>;
      for (const name of scanner.getAllMethodNames(proto)) {
        if (Reflect.getMetadata(PATH_METADATA, proto[name]) === undefined) continue;
        routes.push(`${wrapper.name}.${name}`);
        const policy = reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [proto[name], wrapper.metatype as Function]);
        if (!policy) missing.push(`${wrapper.name}.${name}`);
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(missing).toEqual([]);
  });

  it('refuses every non-public operation to an anonymous caller with UNAUTHENTICATED', async () => {
    const s = schema();
    const ops = declaredOperations().filter((o) => (o.kind === 'query' || o.kind === 'mutation') && o.policy?.kind !== 'public');
    expect(ops.length).toBeGreaterThan(5);
    const results: Record<string, string | undefined> = {};
    for (const op of ops) {
      const [, field] = op.name.split('.');
      const res = await t.anon().gql(documentFor(s, op.kind as 'query' | 'mutation', field));
      results[op.name] = res.errors?.[0]?.extensions?.code;
    }
    for (const op of ops) expect([op.name, results[op.name]]).toEqual([op.name, 'UNAUTHENTICATED']);
  });

  describe('role × operation matrix', () => {
    const clients = {} as Record<Role, GqlClient>;
    beforeAll(async () => {
      clients[Role.Student] = (await t.factories.asStudent()).client;
      clients[Role.Mentor] = (await t.factories.asMentor()).client;
      clients[Role.ChapterAdmin] = (await t.factories.asChapterAdmin()).client;
      clients[Role.PlatformAdmin] = (await t.factories.asPlatformAdmin()).client;
    });

    it('grants each permission-guarded operation to exactly the roles in the shared map', async () => {
      const s = schema();
      const ops = declaredOperations().filter((o) => (o.kind === 'query' || o.kind === 'mutation') && o.policy?.kind === 'permission');
      expect(ops.length).toBeGreaterThan(5);
      const table: string[] = [];
      const expected: string[] = [];
      for (const op of ops) {
        const policy = op.policy as Extract<Policy, { kind: 'permission' }>;
        const [, field] = op.name.split('.');
        for (const role of Object.values(Role)) {
          const res = await clients[role].gql(documentFor(s, op.kind as 'query' | 'mutation', field));
          const err = res.errors?.[0];
          // The guard's refusal is FORBIDDEN with its generic message; a record-level refusal further in has its own.
          const deniedByRole = err?.extensions?.code === 'FORBIDDEN' && err.message === 'You do not have permission to do that.';
          table.push(`${op.name} ${role} ${deniedByRole ? 'denied' : 'allowed'}`);
          expected.push(`${op.name} ${role} ${PERMISSIONS[policy.permission].includes(role) ? 'allowed' : 'denied'}`);
          expect(err?.extensions?.code).not.toBe('UNAUTHENTICATED');
        }
      }
      expect(table).toEqual(expected);
    });
  });
});
