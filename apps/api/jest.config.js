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
  // marked is ESM only as well.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs/|marked/))'],
  moduleNameMapper: {
    '^@gantry/shared$': '<rootDir>/../../packages/shared/src/index.ts',
    '^@gantry/migrations$': '<rootDir>/../../migrations/src/index.ts',
  },
  testTimeout: 60_000,
  // Each integration file boots its own app on its own database; two at a time on 2 cores.
  maxWorkers: 2,
};
