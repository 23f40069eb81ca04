/** The explorer's only data path: GraphQL over POST /graphql on the page's own origin. */

export interface Ref {
  __typename: string;
  id: string;
  name?: string;
  aliases?: string[];
}

export interface ArticleBits {
  id: string;
  title: string | null;
  publishedOn: string | null;
  outlet: { id: string; name: string } | null;
}

export interface ArticleWithEntities extends ArticleBits {
  people: Ref[];
  countries: Ref[];
  organisations: Ref[];
  locations: Ref[];
}

export interface StatementBits {
  id: string;
  text: string;
  saidOn: string | null;
  speaker: Ref | null;
  about: Ref[];
  article: ArticleBits;
}

export interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
}

/** node(id) with what links to it; which fields are set depends on __typename */
export interface NeighbourhoodNode extends Partial<ArticleWithEntities> {
  __typename: string;
  id: string;
  name?: string;
  aliases?: string[];
  text?: string;
  saidOn?: string | null;
  speaker?: Ref | null;
  about?: Ref[];
  article?: ArticleBits;
  alsoReportedIn?: StatementBits[];
  roles?: { title: string; of: Ref | null }[];
  articles?: Page<ArticleWithEntities>;
  statementsBy?: Page<StatementBits>;
  statementsAbout?: Page<StatementBits>;
  statements?: Page<StatementBits>;
}

const ARTICLE_BITS = /* GraphQL */ `
  fragment ArticleBits on Article {
    id
    title
    publishedOn
    outlet {
      id
      name
    }
  }
`;

const FRAGMENTS = /* GraphQL */ `
  ${ARTICLE_BITS}
  fragment ArticleEntities on Article {
    people {
      __typename
      id
      name
      aliases
    }
    countries {
      __typename
      id
      name
      aliases
    }
    organisations {
      __typename
      id
      name
      aliases
    }
    locations {
      __typename
      id
      name
      aliases
    }
  }
  fragment ArticlePage on ArticleConnection {
    totalCount
    edges {
      node {
        ...ArticleBits
        ...ArticleEntities
      }
    }
  }
  fragment StatementBits on Statement {
    id
    text
    saidOn
    speaker {
      __typename
      id
      name
      aliases
    }
    about {
      __typename
      id
      name
      aliases
    }
    article {
      ...ArticleBits
    }
  }
`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query ExploreNeighbourhood($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        aliases
        articles(first: $first) {
          ...ArticlePage
        }
        statementsBy(first: $first) {
          totalCount
          edges {
            node {
              ...StatementBits
            }
          }
        }
        statementsAbout(first: $first) {
          totalCount
          edges {
            node {
              ...StatementBits
            }
          }
        }
      }
      ... on Person {
        roles {
          title
          of {
            __typename
            id
            name
            aliases
          }
        }
      }
      ... on Article {
        ...ArticleBits
        ...ArticleEntities
        statements(first: $first) {
          totalCount
          edges {
            node {
              ...StatementBits
            }
          }
        }
      }
      ... on Statement {
        ...StatementBits
        alsoReportedIn {
          ...StatementBits
        }
      }
      ... on Outlet {
        name
        articles(first: $first) {
          ...ArticlePage
        }
      }
    }
  }
  ${FRAGMENTS}
`;

export const SEARCH = /* GraphQL */ `
  query ExploreSearch($query: String!) {
    search(query: $query, first: 10) {
      node {
        __typename
        id
        ... on Entity {
          name
        }
        ... on Statement {
          text
        }
      }
    }
  }
`;

export interface SearchHit {
  node: { __typename: string; id: string; name?: string; text?: string };
}

export const DETAILS = /* GraphQL */ `
  query ExploreDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        aliases
        articles(first: 0) {
          totalCount
        }
        statementsBy(first: 0) {
          totalCount
        }
        statementsAbout(first: 0) {
          totalCount
        }
        timeline(first: 20) {
          totalCount
          edges {
            node {
              date
              kind
              article {
                id
                title
              }
              statement {
                id
                text
              }
            }
          }
        }
      }
      ... on Person {
        roles {
          title
          of {
            id
            name
          }
        }
      }
      ... on Country {
        code
      }
      ... on Statement {
        text
        kind
        verb
        saidOn
        source
        speaker {
          id
          name
        }
        evidence {
          start
          end
          text
        }
        article {
          id
          title
          url
          publishedOn
          source
          outlet {
            name
          }
        }
        alsoReportedIn {
          id
          article {
            id
            title
            publishedOn
            outlet {
              name
            }
          }
        }
      }
      ... on Article {
        title
        url
        publishedOn
        source
        body
        outlet {
          name
        }
      }
      ... on Outlet {
        name
        articles(first: 0) {
          totalCount
        }
      }
    }
  }
`;

export interface Details {
  __typename: string;
  id: string;
  name?: string;
  aliases?: string[];
  code?: string;
  roles?: { title: string; of: { id: string; name: string } | null }[];
  articles?: { totalCount: number };
  statementsBy?: { totalCount: number };
  statementsAbout?: { totalCount: number };
  timeline?: Page<{
    date: string | null;
    kind: string;
    article: { id: string; title: string | null };
    statement: { id: string; text: string } | null;
  }>;
  text?: string;
  kind?: string;
  verb?: string | null;
  saidOn?: string | null;
  source?: string | null;
  speaker?: { id: string; name: string } | null;
  evidence?: { start: number; end: number; text: string };
  article?: {
    id: string;
    title: string | null;
    url: string | null;
    publishedOn: string | null;
    source: string | null;
    outlet: { name: string } | null;
  };
  alsoReportedIn?: {
    id: string;
    article: { id: string; title: string | null; publishedOn: string | null; outlet: { name: string } | null };
  }[];
  title?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  body?: string;
  outlet?: { name: string } | null;
}

export const CONNECTION = /* GraphQL */ `
  query ExploreConnection($from: ID!, $to: ID!) {
    connection(from: $from, to: $to, maxHops: 3, first: 3) {
      hops {
        from {
          __typename
          id
          name
          aliases
        }
        to {
          __typename
          id
          name
          aliases
        }
        articles {
          ...ArticleBits
        }
      }
    }
  }
  ${ARTICLE_BITS}
`;

export interface PathResult {
  hops: { from: Ref; to: Ref; articles: ArticleBits[] }[];
}

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!res.ok || !body.data) throw new ApiError(`the server answered ${res.status}`);
  return body.data;
}
