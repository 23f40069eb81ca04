/** files esbuild bundles as text (src/server/bundle.ts `loader`) */
declare module "*.graphql" {
  const text: string;
  export default text;
}
