## The page frame

site-name = Ventanilla
site-tagline = Trámites y servicios del gobierno en un solo lugar
site-description = Trámites y servicios del gobierno en un solo lugar: encuéntralos, conoce sus requisitos y hazlos en línea.
needs-script = Esta página necesita JavaScript para hacer el trámite en línea. Actívalo en tu navegador, o llama sin costo al 800 010 2030 o acude a un Centro de Atención al Público.
skip-to-content = Saltar al contenido principal
language-switcher-label = Idioma
# Each language names itself here; the switcher shows every language's own name.
language-self-name = Español
route-announcement = Página cargada: { $title }

footer-channels-heading = Otras formas de recibir ayuda
footer-phone-title = Por teléfono
footer-phone-text = Llama sin costo de lunes a viernes de 8:00 a 20:00, hora del centro:
footer-phone-number = 800 010 2030
footer-offices-title = En persona
footer-offices-text = Acude a uno de los Centros de Atención al Público de todo el país.
footer-offices-link = Buscar un Centro de Atención
footer-sms-title = Por SMS
footer-sms-text = Recibe en tu celular un mensaje cada vez que cambie el estado de tu trámite.
footer-sms-link = Dar seguimiento a un trámite
footer-accessibility-link = Declaración de accesibilidad
footer-components-link = Componentes para otras dependencias
footer-links-label = Sobre este sitio
footer-sample-data = Ventanilla es un proyecto de demostración: el catálogo, los teléfonos y los registros son datos de ejemplo.

## Shared messages

# Said before a page title, and (hidden) before each field's message, while a form has errors.
form-error-prefix = Error:
page-loading = Cargando la página…
page-load-error = No pudimos cargar esta página
action-retry = Intentar de nuevo
error-network = No pudimos conectarnos. Revisa tu conexión a internet e inténtalo de nuevo.
error-server = El servicio no responde en este momento. Inténtalo de nuevo en unos minutos.
error-not-found = No encontramos lo que buscas.
error-unexpected = Algo salió mal de nuestro lado. Inténtalo de nuevo; si el problema sigue, llámanos.

## Home

home-title = Inicio
home-heading = Trámites y servicios del gobierno
home-lead = Encuentra el trámite que necesitas, conoce sus requisitos y hazlo en línea desde tu celular, tableta o computadora.
home-categories-heading = Temas
home-categories-loading = Cargando los temas…
home-categories-error = No pudimos cargar los temas

## Not found

not-found-title = Página no encontrada
not-found-heading = No encontramos esta página
not-found-typed = Si escribiste la dirección, revisa que esté bien escrita.
not-found-pasted = Si la copiaste, asegúrate de haber copiado la dirección completa.
not-found-home-link = Ir a la página de inicio

load-bad-link-title = Este enlace no lleva a ningún resultado
load-bad-link = No tenemos ese valor de «{ $filter }». El enlace que seguiste puede estar incompleto o ser antiguo.
load-clear-filters = Quitar todos los filtros
