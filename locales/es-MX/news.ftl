## What the agencies publish: /prensa, each item's page, and the agency page's part

news-title = Prensa y publicaciones
news-feed-title = Prensa y publicaciones del Gobierno de México
news-agency-feed = Prensa y publicaciones de { $agency }
news-feed-link = Recibe estas publicaciones en tu lector de noticias (Atom)
news-filters = Filtrar publicaciones
news-agency = Dependencia
news-topic = Tema
news-kind = Tipo
news-from = Publicado desde
news-to = Publicado hasta
news-apply = Aplicar filtros
news-clear = Quitar los filtros
news-count = { $count ->
    [one] 1 publicación
   *[other] { $count } publicaciones
}
news-empty = Ninguna publicación coincide con estos filtros. Prueba con menos filtros o con otras fechas.
news-loading = Cargando publicaciones…
news-error = No pudimos cargar las publicaciones.
news-kind-press-release = Comunicado de prensa
news-kind-news = Noticia
news-kind-programme = Programa
news-kind-publication = Publicación
news-kind-guide = Guía
news-agency-none = Esta dependencia todavía no ha publicado nada aquí.
news-agency-latest = Lo más reciente
news-agency-programmes = Acciones y programas
news-agency-publications = Documentos
news-agency-all = Todo lo que publica esta dependencia ({ $count })
news-agency-all-programmes = Todos sus programas ({ $count })
news-agency-all-publications = Todos sus documentos ({ $count })
news-item-loading = Cargando la publicación…
news-item-error = No pudimos cargar esta publicación.
news-published = Publicado el { $date }
news-only-spanish = Esta publicación solo existe en español.
news-history-mode-title = Publicado durante una administración anterior
news-history-mode = Esta página se publicó durante una administración federal anterior a la actual. Puede no reflejar las políticas ni los programas vigentes.
news-audience = Para quién es
news-how-to-join = Cómo participar
news-attachments = Documentos
news-accessible-format = ¿Necesitas estos documentos en otro formato, como texto accesible, letra grande o braille? Escribe a
news-services = Trámites relacionados
news-topics = Temas
news-history = Historial de cambios
news-table = Tabla
news-first-published = Publicado por primera vez
news-withdrawn-title = Este contenido fue retirado
news-withdrawn = Se retiró el { $date } y ya no está vigente. El motivo:
