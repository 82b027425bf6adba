## Navigation

nav-label = Secciones principales
nav-home = Inicio
nav-services = Trámites
nav-agencies = Dependencias
nav-news = Prensa
nav-offices = Centros de Atención
nav-tracking = Sigue tu solicitud
nav-curp = CURP
nav-search = Buscar
breadcrumbs-label = Estás aquí
pagination-label = Páginas de resultados
pagination-previous = Anterior
pagination-next = Siguiente
pagination-page = Página { $page }
pagination-beyond = No hay página { $page }: { $pages ->
        [one] los resultados caben en una
       *[other] los resultados tienen { $pages } páginas
    }.
pagination-first = Ir a la primera página
pagination-moved = Página { $page } de { $pages }. { $count }

## Values

cost-free = Gratuito
channel-online = En línea
channel-in-person = En persona
channel-phone = Por teléfono
presentation-original = Original
presentation-copy = Copia
presentation-original-and-copy = Original y copia
presentation-data = Dato
presentation-appointment = Se agenda antes
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Search

search-title = Buscar trámites y servicios
search-title-for = Resultados para «{ $q }»
search-label = ¿Qué trámite buscas?
search-hint = Por ejemplo: pasaporte, acta de nacimiento, cambio de clínica
search-button = Buscar
search-loading = Buscando…
search-prompt = Escribe lo que necesitas hacer, con tus propias palabras.
search-count = { $count ->
    [0] No encontramos resultados para «{ $q }»
    [one] 1 resultado para «{ $q }»
   *[other] { $count } resultados para «{ $q }»
}
search-corrected = Mostrando resultados de «{ $words }».
search-partial = Ningún resultado tiene todas tus palabras: estos tienen algunas.
search-suggestions = { $count ->
    [one] 1 sugerencia. Usa las flechas para elegirla.
   *[other] { $count } sugerencias. Usa las flechas para elegir una.
}
search-empty = Prueba con:
search-empty-spelling = revisar cómo está escrita cada palabra;
search-empty-fewer = usar menos palabras, o palabras más generales, como «pasaporte» o «clínica»;
search-empty-browse = ver todos los trámites por tema
search-group-services = Trámites y servicios
search-group-agencies = Dependencias
search-group-offices = Centros de Atención al Público
search-group-content = Prensa y publicaciones
search-error = No pudimos buscar

## Home

home-popular-heading = Trámites más usados
home-popular-loading = Cargando los trámites más usados…
home-popular-error = No pudimos cargar los trámites más usados
home-all-services = Ver todos los trámites
home-life-events-heading = Momentos de tu vida
home-life-events-loading = Cargando los momentos de vida…
home-life-events-error = No pudimos cargar los momentos de vida
home-help-heading = ¿Necesitas ayuda?
home-help-curp = Consulta tu CURP e imprime tu constancia
home-help-tracking = Sigue una solicitud que ya enviaste y recibe avisos por SMS
home-help-offices = Encuentra un Centro de Atención al Público cerca de ti
home-help-agencies = Conoce las dependencias y sus datos de contacto
home-help-accessibility = Cómo hacemos accesible este sitio

## Catalogue

catalogue-title = Trámites y servicios
catalogue-filters = Filtrar trámites
catalogue-words = Palabras
catalogue-category = Tema
catalogue-life-event = Momento de vida
catalogue-agency = Dependencia
catalogue-channel = Cómo se hace
catalogue-state = Estado
catalogue-any = Cualquiera
catalogue-apply = Aplicar filtros
catalogue-clear = Quitar todos los filtros
catalogue-loading = Cargando trámites…
catalogue-count = { $count ->
    [0] Ningún trámite coincide
    [one] 1 trámite
   *[other] { $count } trámites
}
catalogue-empty = Prueba a quitar algún filtro.
catalogue-error = No pudimos cargar los trámites

## Service sheet

sheet-loading = Cargando el trámite…
sheet-error = No pudimos cargar este trámite
sheet-contents = En esta página
sheet-homoclave = Homoclave
sheet-start-online = Hacer el trámite en línea
sheet-cost = Costo
sheet-response-time = Tiempo de respuesta
sheet-validity = Vigencia
sheet-channels = Cómo se hace
sheet-who = Quién puede hacerlo
sheet-requirements = Requisitos
sheet-how = Cómo hacerlo
sheet-hours = Horario
sheet-where = Dónde hacerlo en persona
sheet-legal-basis = Fundamento legal
sheet-contact = Contacto
sheet-phone = Teléfono
sheet-email = Correo electrónico
sheet-agency-link = Ver todos los trámites de { $agency }
sheet-updated = Última actualización: { $date }
sheet-silence-positive = Si la autoridad no responde en ese plazo, se entiende que tu solicitud fue aprobada (afirmativa ficta).
sheet-silence-negative = Si la autoridad no responde en ese plazo, se entiende que tu solicitud fue rechazada (negativa ficta); puedes volver a presentarla o inconformarte.

## Agencies

agencies-title = Dependencias
agencies-loading = Cargando dependencias…
agencies-error = No pudimos cargar las dependencias
agencies-service-count = { $count ->
    [one] 1 trámite
   *[other] { $count } trámites
}
agency-contact = Contacto
agency-website = Sitio web de la dependencia
agency-offices = Ver sus Centros de Atención al Público
agency-services = { $count ->
    [one] 1 trámite
   *[other] { $count } trámites
}

## Offices

offices-title = Centros de Atención al Público
offices-lead = Busca por estado y municipio, o usa tu ubicación. Los horarios están en hora del centro de México.
offices-state = Estado
offices-service = Trámite
offices-near = Ubicación
offices-any-state = Todos los estados
offices-municipality = Municipio o alcaldía
offices-open-only = Solo los que están abiertos ahora
offices-search = Buscar centros
offices-near-me = Buscar cerca de mí
offices-location-error = No pudimos saber tu ubicación. Elige tu estado en la lista.
offices-loading = Cargando centros de atención…
offices-error = No pudimos cargar los centros de atención
offices-count = { $count ->
    [0] Ningún centro coincide
    [one] 1 centro de atención
   *[other] { $count } centros de atención
}
offices-none-for-service = Este trámite no tiene todavía un centro de atención registrado. Llama a la dependencia para saber dónde hacerlo.
offices-all-for-service = Ver los { $count } centros donde se hace
offices-for-service = Solo los centros donde se hace «{ $service }».
offices-every-service = Ver los centros de todos los trámites
offices-for-service-state = ¿En qué estado quieres hacerlo?
office-today = Hoy abre de { $opens } a { $closes }
office-closed-today = Hoy no abre
office-open-now = Abierto ahora
office-closed-now = Cerrado ahora
office-week-title = Horario
office-weekday = { $day ->
    [1] Lunes
    [2] Martes
    [3] Miércoles
    [4] Jueves
    [5] Viernes
    [6] Sábado
   *[7] Domingo
}
office-day-hours = de { $opens } a { $closes }
office-day-closed = Cerrado
office-map = Ver en el mapa y cómo llegar (OpenStreetMap)
office-phone = Teléfono
office-distance = A { $km } km de ti
office-accessibility = Accesibilidad:
feature-ramp = rampa de acceso
feature-accessible-toilet = baño accesible
feature-sign-language = intérprete de lengua de señas
feature-braille = señalización en braille
feature-elevator = elevador
feature-accessible-parking = estacionamiento accesible
