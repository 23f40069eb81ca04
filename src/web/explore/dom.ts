/**
 * The one way the explorer makes DOM: elements with text children. Strings become text nodes,
 * never HTML, so scraped titles, names and quotes cannot inject markup.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** a link only for http(s) URLs: a scraped `javascript:` URL stays text */
export function safeLink(url: string | null | undefined, text: string): Node {
  if (url && /^https?:\/\//i.test(url)) return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, text);
  return document.createTextNode(text);
}
