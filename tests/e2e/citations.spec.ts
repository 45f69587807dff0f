import { expect, test } from "./site";

test("citation numbers read '[1,2]' with no stray spaces, and are non-overlapping 24px targets that do not stretch the line", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/plantar-fasciitis");
  const groups = page.locator("main sup.hp-citation");
  expect(await groups.count()).toBeGreaterThan(10);

  const report = await groups.evaluateAll((sups) =>
    sups.map((sup) => {
      const links = [...sup.querySelectorAll("a")].map((link) => link.getBoundingClientRect());
      const block = sup.closest("p, li");
      const lineHeight = block ? parseFloat(getComputedStyle(block).lineHeight) : 0;
      const height = block?.getBoundingClientRect().height ?? 0;
      return {
        text: sup.textContent ?? "",
        sizes: links.map((box) => [box.width, box.height]),
        overlaps: links.some((box, index) => index > 0 && box.left < (links[index - 1]?.right ?? 0) - 0.5),
        // A block whose lines were stretched is not a whole number of line heights tall.
        stretched: lineHeight > 0 && Math.abs(height / lineHeight - Math.round(height / lineHeight)) > 0.05,
      };
    }),
  );
  for (const group of report) {
    expect(group.text).toMatch(/^\[\d+(,\d+)*\]$/);
    for (const [width, height] of group.sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
    expect(group.overlaps, group.text).toBe(false);
    expect(group.stretched, group.text).toBe(false);
  }
  expect(report.some((group) => group.sizes.length > 1)).toBe(true);

  // A tap on the bracket beside a number still follows that number's link.
  const first = groups.first();
  const bracket = await first.locator(".hp-citation__before").first().boundingBox();
  const link = first.locator("a").first();
  if (!bracket) throw new Error("no bracket");
  const hit = await page.evaluate(
    ([x, y]) =>
      document
        .elementFromPoint(x ?? 0, y ?? 0)
        ?.closest("a")
        ?.getAttribute("href"),
    [bracket.x + bracket.width / 2, bracket.y + bracket.height / 2],
  );
  expect(hit).toBe(await link.getAttribute("href"));
});
