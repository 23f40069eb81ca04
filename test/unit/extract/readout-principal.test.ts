import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";

const credited = (text: string, verb: string): (string | null)[] =>
  extract(text, { date: "2024-05-02" })
    .statements.filter((s) => s.verb === verb)
    .map((s) => s.speaker);

describe("the principal of a readout", () => {
  it("is the person the title names as the one whose call it was", () => {
    const text = [
      "Readout of Prime Minister Ola Brekke's Call with President Ana Ruiz of Chile",
      "May 02, 2024",
      "",
      "President Ana Ruiz of Chile and Prime Minister Ola Brekke spoke today. The two leaders discussed energy security and trade.",
      "",
    ].join("\n");
    expect(credited(text, "discussed")).toEqual(["Ola Brekke"]);
  });

  it("is the subject of the opening sentence when another person is named first", () => {
    const text =
      "In a call with Prime Minister Ola Brekke today, President Ana Ruiz reaffirmed her support for Norway. The two leaders discussed energy security and trade.\n";
    expect(credited(text, "discussed")).toEqual(["Ana Ruiz"]);
  });

  it("is the first person named when the opening sentence starts with them", () => {
    const text =
      "President Ana Ruiz spoke with Prime Minister Ola Brekke today. Both sides agreed to expand cooperation on lithium mining.\n";
    expect(credited(text, "agreed")).toEqual(["Ana Ruiz"]);
  });
});
