/** Made-up articles to ingest through the API while clients page: each has a dated headline, a person and a quote. */
import type { TestServer } from "./graph.js";

const SURNAMES = ["Quillfeather", "Brackenridge", "Ottersby", "Wellhaven", "Marchbank", "Fennimore", "Aldergrove", "Thistlewood"];
const FIRST_NAMES = ["Ada", "Boris", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo"];

/** The n-th story: its own minister, outlet-free, published on `publishedOn`. */
export function story(n: number, publishedOn: string): { text: string; title: string; publishedOn: string } {
  const name = `${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[Math.floor(n / FIRST_NAMES.length) % SURNAMES.length]}`;
  const title = `Talks in round ${n + 1} resume`;
  return {
    title,
    publishedOn,
    text: `${title}

The Norland foreign minister, ${name}, said that “talks with Russia will resume in round ${n + 2}”.
${name.split(" ")[1]} told reporters in Oslo that “the Harbour Council agreed to meet again after round ${n + 1}”.`,
  };
}

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

/** Ingests the n-th story through `ingestArticle`, as a writer would while others read. */
export async function ingestStory(server: TestServer, n: number, publishedOn: string): Promise<string> {
  const res = await server.graphql<{ ingestArticle: { created: boolean; article: { id: string } } }>(
    INGEST,
    { input: story(n, publishedOn) },
    { authorization: "Bearer test-key" },
  );
  if (res.errors || !res.data?.ingestArticle.created) throw new Error(`story ${n} not ingested: ${JSON.stringify(res.errors)}`);
  return res.data.ingestArticle.article.id;
}
