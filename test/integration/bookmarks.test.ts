/**
 * Causal consistency: every session of a Db shares one bookmark manager, so the bookmark a write
 * commits with is what the next read starts from (on a cluster, a member that has not applied the
 * write yet waits for it before answering). Shown on the real Neo4j by recording what passes
 * through the manager.
 */
import neo4j, { type BookmarkManager } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Db } from "../../src/graph/neo4j.js";
import { testNeo4jUri } from "../support/neo4j.js";

/** The driver's own manager, with a log of the bookmarks it hands out and takes in, in order. */
function recordingManager(events: string[]): BookmarkManager {
  const inner = neo4j.bookmarkManager();
  return {
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      events.push(`get ${JSON.stringify(bookmarks)}`);
      return bookmarks;
    },
    async updateBookmarks(previous, next) {
      const fresh = [...next];
      events.push(`update ${JSON.stringify(fresh)}`);
      await inner.updateBookmarks(previous, fresh);
    },
  } as BookmarkManager;
}

describe("bookmarks between a write and the read after it", () => {
  const events: string[] = [];
  let db: Db;

  beforeAll(() => {
    db = Db.connect({ uri: testNeo4jUri(), bookmarkManager: recordingManager(events) });
  });
  afterAll(async () => {
    await db.write((tx) => tx.run({ cypher: "MATCH (p:BookmarkProbe) DELETE p", params: {} }));
    await db.close();
  });

  it("starts the read from the bookmark the write committed with", async () => {
    await db.write((tx) => tx.run({ cypher: "CREATE (:BookmarkProbe {id: $id})", params: { id: "b-1" } }));
    const afterWrite = events.length;
    const written = events.at(-1) ?? "";
    expect(written).toMatch(/^update \["[^"]+"\]$/);
    const bookmark = JSON.parse(written.slice("update ".length)) as string[];

    const rows = await db.read({ cypher: "MATCH (p:BookmarkProbe {id: $id}) RETURN p.id AS id", params: { id: "b-1" } });
    expect(rows).toEqual([{ id: "b-1" }]);
    // the read's session asked the manager first, and got exactly the write's bookmark
    expect(events[afterWrite]).toBe(`get ${JSON.stringify(bookmark)}`);
  });

  it("hands the search-index wait the bookmark of the write before it", async () => {
    await db.write((tx) => tx.run({ cypher: "CREATE (:BookmarkProbe {id: $id})", params: { id: "b-2" } }));
    const bookmark = events.at(-1)!.slice("update ".length);
    const from = events.length;
    await db.awaitSearchIndexes();
    expect(events[from]).toBe(`get ${bookmark}`);
  });
});
