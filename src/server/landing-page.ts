/**
 * Apollo's Sandbox landing page on /graphql, for those who can reach Apollo's CDN, with links to the
 * pages newsgraph serves itself (/graphiql, /explore): they show where Sandbox cannot load.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";

const OFFLINE_LINE = /(<p>Apollo Sandbox cannot be loaded[^<]*<\/p>)/;
export const OWN_PAGES_HTML =
  '<p>newsgraph serves its own pages, which need nothing from outside this server: <a href="/graphiql">GraphiQL</a> (a GraphQL IDE with ready operations) and <a href="/explore">the graph explorer</a>.</p>';

export function withOwnPages(html: string): string {
  return OFFLINE_LINE.test(html)
    ? html.replace(OFFLINE_LINE, `$1\n${OWN_PAGES_HTML}`)
    : html.replace("<body>", `<body>\n${OWN_PAGES_HTML}`);
}

export function sandboxLandingPage<T extends BaseContext>(): ApolloServerPlugin<T> {
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, includeCookies: false }) as ApolloServerPlugin<T>;
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = page.html;
          return { html: typeof html === "string" ? withOwnPages(html) : async () => withOwnPages(await html()) };
        },
      };
    },
  };
}
