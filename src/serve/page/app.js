// The page of `newsgraph serve`. Every value that comes from the graph is put into the
// page as text (textContent, createTextNode), never parsed as HTML: article text may
// contain markup.
"use strict";

const ENDPOINT = new URL("/sparql", window.location.href).href;
const PREFIXES = `PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
`;
const SCHEMA = "https://schema.org/";
// rdf:type → how the node is drawn.
const KINDS = {
  [SCHEMA + "Person"]: "person",
  [SCHEMA + "Organization"]: "organization",
  [SCHEMA + "Place"]: "place",
  [SCHEMA + "Country"]: "place",
  [SCHEMA + "Event"]: "event",
};
const MAX_NODES = 150;

const $ = (id) => document.getElementById(id);
let cy = null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function setStatus(text, isError) {
  const s = $("status");
  s.textContent = text;
  s.className = isError ? "error" : "";
}

async function sparql(query, accept) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/sparql-query",
      Accept: accept || "application/sparql-results+json",
    },
    body: query,
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${response.statusText}: ${(await response.text()).trim()}`);
  }
  return response;
}

async function select(query) {
  return (await (await sparql(query)).json());
}

// A term of SPARQL JSON results as a person reads it.
function show(term) {
  if (!term) return "";
  return term.value;
}

// IRIs safe to put between < > in a query.
function iriOk(iri) {
  return typeof iri === "string" && !/[\s<>"{}|^`\\]/.test(iri);
}

function sparqlString(s) {
  // JSON string escapes are valid SPARQL string escapes.
  return JSON.stringify(s);
}

function renderTable(json) {
  const thead = $("results").tHead;
  const tbody = $("results").tBodies[0];
  thead.replaceChildren();
  tbody.replaceChildren();
  $("graph-text").hidden = true;
  $("results").hidden = false;
  if (json.boolean !== undefined) {
    const tr = el("tr");
    tr.appendChild(el("td", String(json.boolean)));
    tbody.appendChild(tr);
    return;
  }
  const vars = json.head.vars;
  const hr = el("tr");
  for (const v of vars) hr.appendChild(el("th", v));
  thead.appendChild(hr);
  for (const b of json.results.bindings) {
    const tr = el("tr");
    for (const v of vars) tr.appendChild(el("td", show(b[v])));
    tbody.appendChild(tr);
  }
}

// The entities the results name: IRIs directly, and literals that are some entity's name.
async function entitiesOf(json) {
  const iris = new Set();
  const names = new Set();
  for (const b of json.results ? json.results.bindings : []) {
    for (const term of Object.values(b)) {
      if (term.type === "uri" && iriOk(term.value)) iris.add(term.value);
      else if (term.type === "literal" && term.value.length < 200) names.add(term.value);
    }
  }
  if (iris.size === 0 && names.size === 0) return new Map();
  const kinds = Object.keys(KINDS).map((k) => `<${k}>`).join(" ");
  const values = [...iris].slice(0, 400).map((i) => `<${i}>`).join(" ");
  const literals = [...names].slice(0, 400).map(sparqlString).join(" ");
  const q = `${PREFIXES}SELECT DISTINCT ?s ?type ?name WHERE {
  { VALUES ?s { ${values} } } UNION { VALUES ?n { ${literals} } ?s schema:name ?n }
  VALUES ?type { ${kinds} }
  ?s a ?type .
  OPTIONAL { ?s schema:name ?name }
} LIMIT ${MAX_NODES * 4}`;
  const found = await select(q);
  const nodes = new Map();
  for (const b of found.results.bindings) {
    const id = b.s.value;
    const kind = KINDS[b.type.value];
    const prev = nodes.get(id);
    // A country is also a place: keep the first kind, an event stays an event.
    if (!prev && nodes.size < MAX_NODES) {
      nodes.set(id, { id, kind, label: b.name ? b.name.value : id });
    }
  }
  return nodes;
}

// The entities one step away (an event's attendees and place, a person's
// organizations), so that the drawing shows how the selected entities connect.
async function addNeighbours(nodes) {
  if (nodes.size === 0) return;
  const kinds = Object.keys(KINDS).map((k) => `<${k}>`).join(" ");
  const values = [...nodes.keys()].map((i) => `<${i}>`).join(" ");
  const q = `${PREFIXES}SELECT DISTINCT ?o ?type ?name WHERE {
  VALUES ?s { ${values} }
  VALUES ?type { ${kinds} }
  ?s ?p ?o . ?o a ?type .
  OPTIONAL { ?o schema:name ?name }
} LIMIT ${MAX_NODES * 4}`;
  const found = await select(q);
  for (const b of found.results.bindings) {
    const id = b.o.value;
    if (!nodes.has(id) && nodes.size < MAX_NODES) {
      nodes.set(id, { id, kind: KINDS[b.type.value], label: b.name ? b.name.value : id });
    }
  }
}

async function edgesBetween(nodes) {
  if (nodes.size < 2) return [];
  const values = [...nodes.keys()].map((i) => `<${i}>`).join(" ");
  const q = `SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { ${values} } VALUES ?o { ${values} } ?s ?p ?o . FILTER(?s != ?o) } LIMIT 2000`;
  const found = await select(q);
  return found.results.bindings.map((b) => ({ s: b.s.value, p: b.p.value, o: b.o.value }));
}

function localName(iri) {
  const m = /[#/]([^#/]+)$/.exec(iri);
  return m ? m[1] : iri;
}

function drawGraph(nodes, edges) {
  const elements = [];
  for (const n of nodes.values()) {
    elements.push({ data: { id: n.id, label: n.label, kind: n.kind }, classes: n.kind });
  }
  edges.forEach((e, i) => {
    elements.push({ data: { id: "e" + i, source: e.s, target: e.o, label: localName(e.p) } });
  });
  if (cy) cy.destroy();
  cy = cytoscape({
    container: $("graph"),
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "ellipsis", "text-max-width": 130, "text-outline-color": "#fff", "text-outline-width": 2, "text-valign": "bottom", "text-margin-y": 3, width: 22, height: 22, "border-width": 1, "border-color": "#fff" } },
      { selector: "node.person", style: { shape: "ellipse", "background-color": "#3b82f6" } },
      { selector: "node.organization", style: { shape: "round-rectangle", "background-color": "#f59e0b", width: 26 } },
      { selector: "node.place", style: { shape: "triangle", "background-color": "#10b981" } },
      { selector: "node.event", style: { shape: "diamond", "background-color": "#ef4444", width: 26, height: 26 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2330" } },
      { selector: "edge", style: { width: 1, "line-color": "#b8c0cc", "target-arrow-shape": "triangle", "target-arrow-color": "#b8c0cc", "curve-style": "bezier", label: "data(label)", "font-size": 7, color: "#8a93a0" } },
    ],
    layout: { name: "cose", animate: false, padding: 30, nodeRepulsion: () => 40000, idealEdgeLength: () => 60, randomize: false },
  });
  cy.on("tap", "node", (evt) => showDetails(evt.target.id(), evt.target.data("label")));
  window.newsgraphView = { cy };
}

async function showDetails(iri, label) {
  const box = $("details");
  box.replaceChildren(el("h2", label), el("p", "Loading…", "hint"));
  try {
    const facts = await select(`${PREFIXES}SELECT ?p ?o ?oname WHERE { <${iri}> ?p ?o . OPTIONAL { ?o schema:name ?oname } } ORDER BY ?p ?o LIMIT 200`);
    // Evidence: the node's own, and that of memberships and events it takes part in.
    const evidence = await select(`${PREFIXES}SELECT DISTINCT ?x ?fact ?quote ?url ?doc WHERE {
  { BIND(<${iri}> AS ?x) } UNION {
    ?x ?role <${iri}> .
    VALUES ?role { org:member org:organization schema:attendee schema:location ng:chair }
  }
  ?x prov:wasDerivedFrom ?ev .
  ?ev oa:hasSource ?doc ; oa:hasSelector ?sel .
  ?sel a oa:TextQuoteSelector ; oa:exact ?quote .
  OPTIONAL { ?doc schema:url ?url }
  OPTIONAL { ?x schema:name ?name }
  OPTIONAL { ?x org:role/skos:prefLabel ?role2 . ?x org:organization/schema:name ?org }
  BIND(COALESCE(?name, CONCAT(STR(?role2), " — ", ?org), "") AS ?fact)
} ORDER BY ?fact ?url LIMIT 100`);
    box.replaceChildren(el("h2", label), el("div", iri, "source"));
    box.appendChild(el("h3", "Facts"));
    const dl = el("dl");
    for (const b of facts.results.bindings) {
      // Provenance is shown below, as the evidence sentences.
      if (b.p.value === "http://www.w3.org/ns/prov#wasDerivedFrom") continue;
      dl.appendChild(el("dt", localName(b.p.value)));
      dl.appendChild(el("dd", b.oname ? b.oname.value : (b.o.type === "uri" && KINDS[b.o.value] ? localName(b.o.value) : b.o.value)));
    }
    box.appendChild(dl);
    box.appendChild(el("h3", "Evidence"));
    const rows = evidence.results.bindings;
    if (rows.length === 0) box.appendChild(el("p", "No evidence sentence for this node.", "hint"));
    for (const b of rows) {
      const item = el("div", null, "evidence");
      if (b.fact && b.fact.value) item.appendChild(el("div", b.fact.value, "source"));
      item.appendChild(el("blockquote", b.quote.value));
      const url = b.url ? b.url.value : b.doc.value;
      const source = el("div", null, "source");
      if (/^https?:\/\//i.test(url)) {
        const a = el("a", url);
        a.href = url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        source.appendChild(a);
      } else {
        source.appendChild(document.createTextNode(url));
      }
      item.appendChild(source);
      box.appendChild(item);
    }
  } catch (e) {
    box.replaceChildren(el("h2", label), el("p", e.message, "hint"));
  }
}

async function run() {
  const query = $("query").value;
  delete document.body.dataset.graphNodes;
  setStatus("Running…");
  const started = performance.now();
  try {
    const response = await sparql(query, "application/sparql-results+json, text/turtle;q=0.9");
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("text/turtle")) {
      $("results").hidden = true;
      const pre = $("graph-text");
      pre.textContent = await response.text();
      pre.hidden = false;
      setStatus(`graph answer in ${Math.round(performance.now() - started)} ms`);
      return;
    }
    const json = await response.json();
    renderTable(json);
    const count = json.results ? json.results.bindings.length : 1;
    setStatus(`${count} row${count === 1 ? "" : "s"} in ${Math.round(performance.now() - started)} ms`);
    const nodes = await entitiesOf(json);
    await addNeighbours(nodes);
    const edges = await edgesBetween(nodes);
    drawGraph(nodes, edges);
    document.body.dataset.graphNodes = String(nodes.size);
  } catch (e) {
    setStatus(e.message, true);
    document.body.dataset.graphNodes = "0";
  }
}

async function init() {
  $("endpoint-url").textContent = ENDPOINT;
  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
  });
  const examples = await (await fetch("/examples.json")).json();
  const selectBox = $("examples");
  for (const ex of examples) {
    const option = el("option", ex.name);
    option.value = ex.name;
    selectBox.appendChild(option);
  }
  const pick = () => {
    const ex = examples.find((x) => x.name === selectBox.value);
    if (ex) $("query").value = ex.query;
  };
  selectBox.addEventListener("change", pick);
  pick();
  document.body.dataset.ready = "true";
}

init();
