/**
 * /graphiql: GraphiQL 5 with its explorer plugin, bundled from npm, talking to /graphql on this
 * origin. It opens with one tab per operation of docs/operations.graphql.
 */
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import operations from "../../../docs/operations.graphql";
import "./workers.js";
import { splitOperations } from "./operations.js";

async function fetcher(params: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(params),
  });
  return res.json();
}

const root = document.getElementById("graphiql");
if (!root) throw new Error("the page has no #graphiql");
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorerPlugin()],
    defaultTabs: splitOperations(operations).map((query) => ({ query })),
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
