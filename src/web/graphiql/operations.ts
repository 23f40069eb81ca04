/** docs/operations.graphql as one GraphiQL tab per operation, each with the comment lines right above it. Pure. */
export function splitOperations(source: string): string[] {
  const lines = source.split("\n");
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (!/^(query|mutation|subscription)\b/.test(line)) return;
    let start = i;
    while (start > 0 && lines[start - 1]!.startsWith("#")) start--;
    starts.push(start);
  });
  return starts.map(
    (start, k) =>
      `${lines
        .slice(start, starts[k + 1])
        .join("\n")
        .trim()}\n`,
  );
}
