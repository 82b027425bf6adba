// Every route and state the accessibility suites visit, with what to wait
// for before looking at it.
export const ROUTES = [
  { path: '/', ready: '#categorias ~ ul li h3 a, section ul li h3 a' },
  { path: '/accesibilidad', ready: 'h2' },
  { path: '/esta-ruta-no-existe', ready: 'h1' },
  { path: '/buscar?q=pasaporte', ready: 'section h3' },
  { path: '/buscar?q=zzqqxxww', ready: 'ul li' },
  { path: '/buscar', ready: 'form[role=search]' },
  { path: '/tramites', ready: 'nav[aria-label] a[aria-current], ul li h3 a' },
  { path: '/tramites?categoria=salud&pagina=1', ready: 'ul li h3 a' },
  { path: '/tramites?categoria=magia', ready: '[role=status] h2' },
  { path: '/tramites?pagina=99', ready: 'section[aria-labelledby="resultados"] p a' },
  { path: '/tramites/consulta-curp', ready: 'h2#requisitos' },
  { path: '/tramites/tramite-que-no-existe', ready: 'h1' },
  { path: '/dependencias', ready: 'ul li a' },
  { path: '/dependencias/sre', ready: 'ul li h3 a' },
  { path: '/prensa', ready: 'ul li h3 a' },
  { path: '/prensa?dependencia=magia', ready: '[role=status] h2' },
  { path: '/dependencias/imss/documentos/informe-situacion-financiera-y-riesgos-2025-2026', ready: 'article table' },
  { path: '/oficinas', ready: 'article h3' },
  { path: '/oficinas?estado=JC&abiertas=1', ready: 'h2' },
  { path: '/oficinas?estado=ZZ', ready: '[role=status] h2' },
  { path: '/seguimiento', ready: 'form input#curp' },
  { path: '/seguimiento?folio=VEN-0000000', ready: 'form input#curp' },
  { path: '/solicitud/formulario-que-no-existe', ready: 'h1' },
  { path: '/componentes', ready: 'ul li a code' },
  { path: '/componentes/error-summary', ready: 'section h3' },
  { path: '/gestion', ready: 'form input#code' },
  { path: '/gestion/solicitudes', ready: 'h1' },
  { path: '/gestion/dependencias/imss/personal', ready: 'h1' },
  { path: '/gestion/bitacora', ready: 'h1' },
];

// Every page the server renders, each in a state a citizen reaches: the
// routes above, an office, the CURP lookup and a procedure's first page.
export const PAGES = [
  ...ROUTES,
  { path: '/oficinas/sre-ags-aguascalientes', ready: 'article h1' },
  { path: '/curp', ready: 'form' },
  { path: '/solicitud/imss-cambio-de-clinica', ready: 'form' },
  { path: '/prensa?tipo=programme&pagina=1', ready: 'ul li h3 a' },
  // Spanish only, and from the previous administration: both notices.
  { path: '/dependencias/renapo/prensa/la-consulta-e-impresion-de-la-curp-es-gratuita', ready: 'article h1' },
  { path: '/dependencias/bienestar/programas/programa-sembrando-vida', ready: 'article h2' },
  // Signed out: the editor's frame, and the way to sign in.
  { path: '/gestion/dependencias/imss/contenido/nuevo', ready: 'h1' },
];
