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

## Accessibility statement

load-bad-link-title = Este enlace no lleva a ningún resultado
load-bad-link = No tenemos ese valor de «{ $filter }». El enlace que seguiste puede estar incompleto o ser antiguo.
load-clear-filters = Quitar todos los filtros
a11y-title = Declaración de accesibilidad
a11y-heading = Declaración de accesibilidad de Ventanilla
a11y-intro = Queremos que todas las personas puedan usar Ventanilla, sin importar su discapacidad, su dispositivo o la velocidad de su conexión.
a11y-target-heading = Qué tan accesible es este sitio
a11y-target = Nuestra meta es cumplir con el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2. Esto significa que deberías poder:
a11y-can-zoom = ampliar el texto hasta 400 % sin que el contenido se corte ni tengas que desplazarte hacia los lados;
a11y-can-keyboard = usar todo el sitio solo con el teclado o con un dispositivo de conmutación;
a11y-can-screen-reader = usar el sitio con un lector de pantalla, como NVDA, JAWS, VoiceOver o TalkBack;
a11y-can-motion = detener las animaciones: respetamos la preferencia de movimiento reducido de tu dispositivo;
a11y-can-contrast = leer todo el texto con un contraste de color suficiente, también con el modo de alto contraste;
a11y-can-slow = usar el sitio en un celular sencillo y con una conexión lenta.
a11y-testing-heading = Cómo lo comprobamos
a11y-testing = Cada cambio al sitio pasa por pruebas automáticas antes de publicarse:
a11y-testing-axe = cada página se revisa con axe-core en un navegador real, en español y en inglés, en pantallas de 320 píxeles y de escritorio, contra las reglas A y AA de WCAG 2.2;
a11y-testing-keyboard = los recorridos principales se prueban solo con el teclado, incluido el enlace para saltar al contenido y el aviso de cada cambio de página;
a11y-testing-focus = en cada página, el control que tiene el foco se distingue también en modo de alto contraste y su texto conserva un contraste suficiente; cuando algo cambia dentro de una página (otra página de resultados, un código enviado), el foco se mueve o el cambio se anuncia;
a11y-testing-manual = lo que una máquina no puede juzgar todavía necesita a una persona: cómo suena cada página en un lector de pantalla real en un celular (TalkBack, VoiceOver), si los textos se entienden y cómo se usa con control por voz. Esas revisiones aún no se han hecho.
a11y-limitations-heading = Limitaciones conocidas
a11y-limitation-js = El sitio necesita JavaScript. Si tu navegador no puede ejecutarlo, te lo decimos y te indicamos cómo recibir ayuda por teléfono o en persona.
a11y-limitation-timeout = Para proteger tus datos personales, un trámite en línea borra tus respuestas después de 20 minutos sin actividad. Te avisamos 2 minutos antes y puedes pedir más tiempo las veces que lo necesites.
a11y-limitation-manual = Todavía no hemos hecho una auditoría completa con personas usuarias de tecnologías de apoyo; la tenemos planeada.
a11y-report-heading = Cómo reportar una barrera
a11y-report = Si algo del sitio no te funciona, o necesitas la información en otro formato, dinos qué página usabas y qué pasó:
a11y-report-email = por correo electrónico: accesibilidad@ventanilla.example;
a11y-report-phone = por teléfono, sin costo: 800 010 2030;
a11y-report-offices = en persona, en cualquier Centro de Atención al Público.
a11y-report-answer = Te responderemos en un máximo de 5 días hábiles y, mientras lo resolvemos, te ayudaremos a completar tu trámite por otro medio.
a11y-prepared-heading = Sobre esta declaración
a11y-prepared = Preparamos esta declaración el 28 de noviembre de 2026 y la revisamos con cada versión del sitio; la última vez, el 1 de diciembre de 2026.
