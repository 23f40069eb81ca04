/**
 * graphql-js as Node loads it for Apollo Server and @graphql-tools: CommonJS (the package has no
 * "exports", so Node takes "main"). Objects of one copy fail the `instanceof` checks of another, so
 * code that works on Apollo's schema and documents takes this copy; a bundler or test runner that
 * prefers the package's "module" (ESM) build would otherwise hand it a second one.
 */
import { createRequire } from "node:module";
import type * as GraphQL from "graphql";

export const graphql = createRequire(import.meta.url)("graphql") as typeof GraphQL;
