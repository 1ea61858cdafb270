/**
 * Vitest's jsdom environment, made to start on Node 20: jsdom 31 declares Node ≥ 22
 * and uses a few of its features as it loads (see node20-shims.ts). On Node 22+ the
 * shims install nothing and this is exactly the built-in jsdom environment.
 */
import type { Environment } from 'vitest/runtime';
import { builtinEnvironments } from 'vitest/runtime';
import { installNode20Shims } from './node20-shims';

installNode20Shims();

const environment: Environment = { ...builtinEnvironments.jsdom, name: 'jsdom-node20' };
export default environment;
