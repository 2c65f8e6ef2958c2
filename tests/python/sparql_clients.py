"""Independent SPARQL clients against a running `newsgraph serve`.

Usage: sparql_clients.py ENDPOINT_URL PERSON_NAME PERSON_COUNT
Queries the endpoint with SPARQLWrapper (JSON and XML results, GET and POST, ASK,
CONSTRUCT parsed by rdflib) and with rdflib's SPARQLStore; exits non-zero on any
mismatch. Run by tests/it/serve.rs with the venv's python.
"""

import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

endpoint, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"""

client = SPARQLWrapper(endpoint)
client.setQuery(PEOPLE)
client.setReturnFormat(JSON)
names = [b["name"]["value"] for b in client.query().convert()["results"]["bindings"]]
assert len(names) == count, (len(names), count)
assert name in names, names

client.setMethod(POST)
client.setReturnFormat(XML)
doc = client.query().convert()
literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
assert sorted(literals) == sorted(names), literals

client.setQuery(f'ASK {{ ?p <https://schema.org/name> "{name}" }}')
client.setReturnFormat(JSON)
assert client.query().convert()["boolean"] is True

client.setQuery("""PREFIX schema: <https://schema.org/>
CONSTRUCT { ?p schema:name ?name } WHERE { ?p a schema:Person ; schema:name ?name }""")
client.setReturnFormat(TURTLE)
graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
assert len(graph) == count, len(graph)
assert rdflib.Literal(name) in set(graph.objects()), name

store = rdflib.Graph(SPARQLStore(endpoint))
rows = list(store.query(PEOPLE))
assert sorted(str(r[0]) for r in rows) == sorted(names)

print("SPARQLWrapper and rdflib: ok")
