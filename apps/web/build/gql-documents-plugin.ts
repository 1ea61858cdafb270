import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Production builds: replace each `graphql(`…`)` call with a direct reference to its
 * generated document in src/gql/graphql.ts.
 *
 * The client preset's `graphql()` looks documents up in one table of every document in
 * the app, so whichever chunk imports it carries all of them and route splitting stops
 * working for GraphQL. The preset's answer is a Babel/SWC plugin; this does the same
 * job in a few lines for Vite (Rolldown), using the table codegen already wrote. A call
 * that is not in the table fails the build: codegen is stale.
 */
export function gqlDocumentsPlugin(gqlDir: string): Plugin {
  const graphqlModule = `${gqlDir}/graphql.ts`;
  let table = new Map<string, string>();

  const load = () => {
    const source = readFileSync(`${gqlDir}/gql.ts`, 'utf8');
    const start = source.indexOf('const documents');
    const end = source.indexOf('};', start);
    const next = new Map<string, string>();
    for (const m of source.slice(start, end).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
      next.set(JSON.parse(m[1]!) as string, m[2]!);
    }
    table = next;
  };

  return {
    name: 'gantry:gql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      load();
    },
    load(id) {
      // Every call was compiled away, so the table itself is not shipped.
      if (id === `${gqlDir}/gql.ts`) {
        return 'export function graphql() { throw new Error("graphql() is compiled away in production builds"); }';
      }
      return null;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      let used = false;
      const out = code.replace(/\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g, (call: string, body: string) => {
        const name = table.get(body);
        if (!name) this.error(`A graphql() document in ${id} is not in src/gql/gql.ts. Run \`npm run codegen -w @gantry/web\`.`);
        used = true;
        // Keep the line count so positions after the call stay where they were.
        return `__gqlDocuments.${name}` + '\n'.repeat(call.split('\n').length - 1);
      });
      if (/\bgraphql\(\s*`/.test(out)) this.error(`${id}: a graphql() call could not be compiled (interpolations are not supported).`);
      if (!used) return null;
      return { code: `import * as __gqlDocuments from ${JSON.stringify(graphqlModule)};` + out, map: null };
    },
  };
}
