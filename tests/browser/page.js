// Drives the page of a running `newsgraph serve` in headless Chromium (playwright-core,
// from NODE_PATH): runs the "evidence" example, checks the table and the drawing, clicks
// a person and checks the evidence panel, checks that markup from an article stays text,
// and saves a screenshot. Run by tests/it/serve.rs.
//
// Usage: node page.js BASE_URL SCREENSHOT.png PROFILE_DIR CHROMIUM
"use strict";
const { chromium } = require("playwright-core");

const [base, screenshot, profile, executablePath] = process.argv.slice(2);

function check(ok, message) {
  if (!ok) throw new Error(message);
}

(async () => {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 1100 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    // The page must need nothing but the endpoint.
    page.on("request", (r) => {
      if (!r.url().startsWith(base)) problems.push("request outside the endpoint: " + r.url());
    });
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    const options = await page.$$eval("#examples option", (os) => os.map((o) => o.value));
    check(options.includes("talks") && options.includes("evidence"), "examples: " + options);

    await page.selectOption("#examples", "evidence");
    await page.click("#run");
    // (waitForSelector, not waitForFunction: the page's Content-Security-Policy forbids eval.)
    await page.waitForSelector("body[data-graph-nodes]", { timeout: 30000 });
    const status = await page.$eval("#status", (s) => s.textContent);
    check(!(await page.$("#status.error")), "query failed: " + status);
    const rows = await page.$$eval("#results tbody tr", (rs) => rs.length);
    check(rows > 0, "no result rows");
    const headers = await page.$$eval("#results thead th", (hs) => hs.map((h) => h.textContent));
    check(headers.includes("quote"), "headers: " + headers);

    // The article's <script> is shown as text and never runs.
    const cells = await page.$$eval("#results td", (tds) => tds.map((t) => t.textContent));
    check(cells.some((c) => c.includes("<script>window.__pwned = 1</script>")), "markup not shown as text");
    check(await page.evaluate(() => window.__pwned === undefined), "article script ran");
    check((await page.$$("#results script")).length === 0, "a script element was inserted");

    const nodes = await page.evaluate(() => window.newsgraphView.cy.nodes().length);
    check(nodes > 0, "no nodes drawn");
    const kinds = await page.evaluate(() => [...new Set(window.newsgraphView.cy.nodes().map((n) => n.data("kind")))]);
    check(kinds.includes("event"), "kinds drawn: " + kinds);

    // Click the drawn node of a person of the article; the panel shows the evidence.
    const target = await page.evaluate(() => {
      const cy = window.newsgraphView.cy;
      const node = cy.nodes().filter((n) => n.data("label") === "Dmytro Kuleba")[0]
        || cy.nodes().filter((n) => n.data("kind") === "person")[0]
        || cy.nodes()[0];
      const p = node.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, label: node.data("label") };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector("#details blockquote", { timeout: 30000 });
    const title = await page.$eval("#details h2", (h) => h.textContent);
    check(title === target.label, `details of ${title}, clicked ${target.label}`);
    const quotes = await page.$$eval("#details blockquote", (qs) => qs.map((q) => q.textContent));
    check(quotes.length > 0 && quotes.every((q) => q.length > 20), "evidence: " + quotes);
    if (target.label === "Dmytro Kuleba") {
      check(quotes.some((q) => q.includes("<script>")), "the article's sentence is quoted as text");
      const links = await page.$$eval("#details a", (as) => as.map((a) => a.href));
      check(links.includes("https://example.org/news/kuleba-brussels"), "article link: " + links);
    }
    check(await page.evaluate(() => window.__pwned === undefined), "article script ran");
    check(problems.length === 0, "page problems: " + problems.join("; "));

    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`page: ok (${rows} rows, ${nodes} nodes, clicked ${target.label}, ${quotes.length} quotes)`);
    console.log("screenshot: " + screenshot);
  } finally {
    await context.close();
  }
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
