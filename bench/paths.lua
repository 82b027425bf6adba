-- Cycles through realistic requests of one kind (ENDPOINT: search, sheet, offices,
-- and the HTML pages sheet-html, catalogue-html, served only with --dist).
local endpoint = os.getenv("ENDPOINT") or "search"
local paths = {
  search = {
    "/api/v1/search?q=pasaporte", "/api/v1/search?q=sacar%20la%20curp", "/api/v1/search?q=acta%20de%20nacimento",
    "/api/v1/search?q=cambio%20de%20clinica", "/api/v1/search?q=licencia%20federal", "/api/v1/search?q=rfc",
    "/api/v1/search?q=semanas%20cotizadas", "/api/v1/search?q=credito%20infonavit", "/api/v1/search?q=pasap",
    "/api/v1/search?q=cedula%20profesional", "/api/v1/search?q=pension&lang=en", "/api/v1/search?q=guarderia",
  },
  sheet = {
    "/api/v1/services/consulta-curp", "/api/v1/services/consulta-curp?lang=en",
  },
  offices = {
    "/api/v1/offices?state=JC", "/api/v1/offices?near=19.43,-99.13&per_page=10", "/api/v1/offices?state=DF&per_page=50",
  },
  ["sheet-html"] = {
    "/tramites/consulta-curp", "/tramites/consulta-curp?lang=en",
  },
  ["catalogue-html"] = {
    "/tramites", "/tramites?pagina=2",
  },
}
local list = paths[endpoint]
local i = 0
request = function()
  i = i % #list + 1
  -- As a browser asks: the server compresses every answer.
  return wrk.format("GET", list[i], { ["Accept-Encoding"] = "br, gzip" })
end
