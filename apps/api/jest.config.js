/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  // Nest 12 ships ESM only: let swc turn it into CommonJS for Jest on Node 20.
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // marked is ESM only as well, and so are file-type and the tokenizers it reads with.
  // (Keeping its dynamic import() real instead would load a second, ESM copy of Nest
  // whose classes fail instanceof checks.)
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs/|marked/|file-type/|strtok3/|token-types/|uint8array-extras/|@tokenizer/|@borewit/))'],
  moduleNameMapper: {
    // Its exports offer no CommonJS condition; point Jest at the ESM entry swc transforms.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
    '^@gantry/shared$': '<rootDir>/../../packages/shared/src/index.ts',
    '^@gantry/migrations$': '<rootDir>/../../migrations/src/index.ts',
  },
  testTimeout: 60_000,
  // Each integration file boots its own app on its own database; two at a time on 2 cores.
  maxWorkers: 2,
};
