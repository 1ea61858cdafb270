import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { POLICY_KEY, type Policy } from '../common/auth/policy.decorator';

interface HandlerMeta {
  target: Function;
  methodName: string;
  schemaName: string;
  objectTypeFn?: () => Function;
  classMetadata?: { typeFn: () => Function };
}

interface Storage {
  getQueriesMetadata(): HandlerMeta[];
  getMutationsMetadata(): HandlerMeta[];
  getSubscriptionsMetadata(): HandlerMeta[];
  fieldResolvers: HandlerMeta[];
}

export interface Operation {
  kind: 'query' | 'mutation' | 'subscription' | 'field';
  /** `Query.viewer`, `Mutation.signIn`, `ChapterMembership.chapter` */
  name: string;
  policy?: Policy;
}

function policyOf(meta: HandlerMeta): Policy | undefined {
  const handler = (meta.target.prototype as Record<string, Function>)[meta.methodName];
  return (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, meta.target)) as Policy | undefined;
}

/** Every resolver the code declares, with the policy it declares (if any). */
export function declaredOperations(): Operation[] {
  const storage = (globalThis as unknown as { GqlTypeMetadataStorage: Storage }).GqlTypeMetadataStorage;
  const ops: Operation[] = [];
  for (const m of storage.getQueriesMetadata()) ops.push({ kind: 'query', name: `Query.${m.schemaName}`, policy: policyOf(m) });
  for (const m of storage.getMutationsMetadata()) ops.push({ kind: 'mutation', name: `Mutation.${m.schemaName}`, policy: policyOf(m) });
  for (const m of storage.getSubscriptionsMetadata()) ops.push({ kind: 'subscription', name: `Subscription.${m.schemaName}`, policy: policyOf(m) });
  for (const m of storage.fieldResolvers) {
    const typeClass = m.objectTypeFn?.() ?? m.classMetadata?.typeFn();
    ops.push({ kind: 'field', name: `${typeNameOf(typeClass)}.${m.schemaName}`, policy: policyOf(m) });
  }
  return ops;
}

function typeNameOf(cls: Function | undefined): string {
  const storage = (globalThis as unknown as { GqlTypeMetadataStorage: { getObjectTypesMetadata(): { target: Function; name: string }[] } })
    .GqlTypeMetadataStorage;
  return storage.getObjectTypesMetadata().find((o) => o.target === cls)?.name ?? cls?.name ?? '?';
}

/** A syntactically valid document for a root field, with placeholder arguments. */
export function documentFor(schema: GraphQLSchema, kind: 'query' | 'mutation', fieldName: string): string {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[fieldName] as GraphQLField<unknown, unknown>;
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${placeholder(a.type, 0)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ' { __typename }' : '';
  return `${kind} { ${fieldName}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

function placeholder(type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return placeholder(type.ofType, depth);
  if (isListType(type)) return `[${placeholder(type.ofType, depth)}]`;
  if (isEnumType(type)) return (type as GraphQLEnumType).getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values((type as GraphQLInputObjectType).getFields()).filter((f) => isNonNullType(f.type) && depth < 4);
    return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      case 'DateTime':
        return '"2026-01-01T00:00:00Z"';
      default:
        return '"placeholder"';
    }
  }
  return 'null';
}
