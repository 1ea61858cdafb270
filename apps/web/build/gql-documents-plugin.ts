import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:gantry-gql/';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Production builds: replace each `graphql(`…`)` call with an import of just its
 * generated document.
 *
 * The client preset's `graphql()` looks documents up in one table of every document in
 * the app, and all documents live in one generated module (src/gql/graphql.ts); a
 * bundler never splits a module, so every query would sit in the entry chunk and route
 * splitting would stop working for GraphQL. The preset's answer is a Babel/SWC plugin;
 * this does the same for Vite (Rolldown): each document becomes its own small virtual
 * module, taken from what codegen already wrote, and lands in the chunk that uses it.
 * A call that is not in codegen's table fails the build: codegen is stale.
 */
export function gqlDocumentsPlugin(gqlDir: string): Plugin {
  /** Document source text → export name in graphql.ts. */
  let table = new Map<string, string>();
  /** Export name → the document's JSON. */
  let documents = new Map<string, string>();

  const load = () => {
    const gql = readFileSync(`${gqlDir}/gql.ts`, 'utf8');
    const start = gql.indexOf('const documents');
    const end = gql.indexOf('};', start);
    table = new Map();
    for (const m of gql.slice(start, end).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
      table.set(JSON.parse(m[1]!) as string, m[2]!);
    }
    documents = new Map();
    const generated = readFileSync(`${gqlDir}/graphql.ts`, 'utf8');
    for (const m of generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
      documents.set(m[1]!, m[2]!);
    }
  };

  return {
    name: 'gantry:gql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      load();
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL) ? `\0${source}` : null;
    },
    load(id) {
      if (id.startsWith(RESOLVED)) {
        const name = id.slice(RESOLVED.length);
        const json = documents.get(name);
        if (!json) this.error(`No generated document ${name} in src/gql/graphql.ts. Run \`npm run codegen -w @gantry/web\`.`);
        return `export default ${json};`;
      }
      // Every call was compiled away, so the lookup table itself is not shipped.
      if (id === `${gqlDir}/gql.ts`) {
        return 'export function graphql() { throw new Error("graphql() is compiled away in production builds"); }';
      }
      return null;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const out = code.replace(/\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g, (call: string, body: string) => {
        const name = table.get(body);
        if (!name) this.error(`A graphql() document in ${id} is not in src/gql/gql.ts. Run \`npm run codegen -w @gantry/web\`.`);
        const local = `__gqlDocument_${name}`;
        imports.set(local, `${VIRTUAL}${name}`);
        // Keep the line count so positions after the call stay where they were.
        return local + '\n'.repeat(call.split('\n').length - 1);
      });
      if (/\bgraphql\(\s*`/.test(out)) this.error(`${id}: a graphql() call could not be compiled (interpolations are not supported).`);
      if (imports.size === 0) return null;
      const header = [...imports].map(([local, source]) => `import ${local} from ${JSON.stringify(source)};`).join('');
      return { code: header + out, map: null };
    },
  };
}
