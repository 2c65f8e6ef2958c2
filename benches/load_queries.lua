-- wrk script: each request POSTs one of the example queries (ontology/queries/*.rq,
-- except SERVICE ones), in turn, as an HTML form, asking for SPARQL Results JSON.
-- The query files are listed in the QUERIES environment variable (space-separated).

local bodies = {}

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

for path in string.gmatch(os.getenv("QUERIES") or "", "%S+") do
  local f = assert(io.open(path, "r"))
  local q = f:read("*a")
  f:close()
  bodies[#bodies + 1] = "query=" .. urlencode(q)
end

local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/sparql", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/sparql-results+json",
  }, bodies[i])
end
