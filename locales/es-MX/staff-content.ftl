# The agencies' content, as their editors and publishers write, review and publish it (/gestion/dependencias/{agency}/contenido).

staff-content-link = Contenido de { $agency }
staff-content-title = Contenido de { $agency }
staff-content-loading = Cargando el contenido…
staff-content-new = Escribir un contenido nuevo
staff-content-count = { $count ->
    [0] Todavía no hay contenido
    [one] 1 contenido
   *[other] { $count } contenidos
}
staff-column-title = Título
staff-column-kind = Tipo
staff-column-state = Estado
staff-column-updated = Última versión
staff-back-to-content = Regresar al contenido

staff-workflow-draft = Borrador
staff-workflow-submitted = Enviado a revisión
staff-workflow-scheduled = Programado
staff-workflow-published = Publicado
staff-workflow-withdrawn = Retirado
staff-workflow-unpublished = Despublicado

staff-document-new-title = Escribir un contenido nuevo
staff-document-title = Editar un contenido
staff-document-loading = Cargando el contenido…
staff-document-state = Estado:
staff-document-version = versión { $version }
staff-document-scheduled = · se publicará el { $at }
staff-document-now = El contenido ahora está: { $state }
staff-document-public = Ver la página publicada
staff-document-edit = Escribir una versión nueva
staff-document-versions = Versiones

staff-field-kind = Tipo de contenido
staff-field-slug = Dirección de la página
staff-field-slug-hint = Palabras en minúsculas y sin acentos, unidas con guiones; por ejemplo: jornada-de-vacunacion-invernal. No cambia después.
staff-field-title-es = Título
staff-field-title-es-hint = Lo que la persona busca, en pocas palabras.
staff-field-summary-es = Resumen
staff-field-summary-es-hint = Una o dos oraciones: aparece en las listas y en los buscadores.
staff-field-body-es = Cuerpo
staff-field-body-es-hint = En Markdown: ## para un subtítulo, - para una lista, [texto](dirección) para un enlace. Cada imagen necesita su descripción: ![descripción](dirección).
staff-field-press-number = Número del comunicado
staff-field-press-number-hint = Por ejemplo: Comunicado 120/2026.
staff-field-press-place = Lugar
staff-field-press-place-hint = Por ejemplo: Ciudad de México.
staff-field-press = Datos del comunicado
staff-field-programme = Datos del programa
staff-field-programme-audience-es = A quién va dirigido
staff-field-programme-audience-es-hint = Quién puede recibir el programa.
staff-field-programme-how-to-join-es = Cómo participar
staff-field-programme-how-to-join-es-hint = Los pasos para registrarse o solicitarlo.
staff-field-title-en = Título en inglés
staff-field-title-en-hint = Déjalo vacío si no hay versión en inglés.
staff-field-summary-en = Resumen en inglés
staff-field-summary-en-hint = Se necesita si hay título en inglés.
staff-field-body-en = Cuerpo en inglés
staff-field-body-en-hint = Se necesita si hay título en inglés. En Markdown, como el cuerpo en español.
staff-field-programme-audience-en = A quién va dirigido, en inglés
staff-field-programme-audience-en-hint = Se necesita si hay título en inglés.
staff-field-programme-how-to-join-en = Cómo participar, en inglés
staff-field-programme-how-to-join-en-hint = Se necesita si hay título en inglés.
staff-field-change-note-es = Nota del cambio
staff-field-change-note-es-hint = Si el cambio es importante, di qué cambió: aparece en el historial público. Déjala vacía para una corrección menor.
staff-field-change-note-en = Nota del cambio en inglés
staff-field-change-note-en-hint = Opcional.
staff-field-topics = Temas
staff-field-topics-hint = Elige los temas del catálogo de los que trata.
staff-field-services = Trámites relacionados
staff-field-attachments = Archivos
staff-field-accessible-format-contact = Contacto para pedir un formato accesible
staff-field-accessible-format-contact-hint = Un correo o teléfono al que pedir los archivos en otro formato, por ejemplo en texto para un lector de pantalla. Se necesita si hay archivos.
staff-field-attachment-upload = Añadir un archivo
staff-field-attachment-upload-hint = PDF, hoja de cálculo (XLSX, ODS), documento (DOCX, ODT) o imagen (PNG, JPEG), de hasta { $mb } MB. Se sube al elegirlo.
staff-field-attachment-title-es = Título del archivo
staff-field-attachment-title-es-hint = Lo que contiene; por ejemplo: Informe anual 2026.
staff-field-attachment-title-en = Título del archivo en inglés
staff-field-attachment-title-en-hint = Se necesita si hay título en inglés.
staff-field-attachment-lang = Idioma del archivo
staff-field-attachment-lang-es = Español
staff-field-attachment-lang-en = Inglés
staff-field-attachment-file = Archivo
staff-attachment-remove = Quitar { $file }
staff-attachment-uploading = Subiendo { $file }…
staff-attachment-wait = Subiendo el archivo…
staff-attachment-uploaded = Se subió { $file }. Escribe su título.
staff-attachment-removed = Se quitó { $file }.
staff-attachments-required = Sube al menos un archivo: una publicación los necesita.
staff-upload-too-large = El archivo pesa más de { $mb } MB: sube uno más ligero.
staff-upload-type = El archivo no es un PDF, una hoja de cálculo, un documento ni una imagen PNG o JPEG.
staff-content-english = Versión en inglés (opcional)
staff-content-english-hint = Si escribes el título en inglés, escribe también el resumen y el cuerpo: una página está toda en un idioma. Sin versión en inglés, la página en inglés muestra la versión en español y lo dice.
staff-content-save = Guardar el borrador
staff-content-preview = Ver la vista previa
staff-content-saved = Se guardó la versión { $version }.
staff-preview-title = Vista previa
staff-preview-shown = Se muestra la vista previa, debajo del formulario.
staff-preview-warnings = Revisa esto antes de enviarlo:

staff-md-insert = Insertar:
staff-md-tools = Insertar en { $field }
staff-md-inserted = Se insertó { $what } en el texto, donde estaba el cursor.
staff-md-heading = un subtítulo
staff-md-heading-text = ## Subtítulo
staff-md-list = una lista
staff-md-list-text =
    - Primer punto
    - Segundo punto
staff-md-link = un enlace
staff-md-link-text = [Lo que encontrará la persona](https://www.gob.mx/)
staff-md-table = una tabla
staff-md-table-text =
    | Columna | Columna |
    |---|---|
    | Dato | Dato |
staff-md-image = una imagen
staff-md-image-text = ![Describe lo que muestra la imagen](/archivos/imagen.png)

staff-content-required = { $field }: falta escribirlo.
staff-content-too-long = { $field }: es demasiado largo.
staff-content-english-incomplete = { $field }: con título en inglés, la versión en inglés necesita también este texto.
staff-content-not-of-kind = { $field }: no corresponde a este tipo de contenido.
staff-content-slug = { $field }: usa solo minúsculas sin acentos, números y guiones entre palabras.
staff-content-unknown = { $field }: no existe en el catálogo.
staff-content-image-alt = { $field }: una imagen no tiene descripción; escríbela entre los corchetes: ![descripción](dirección).
staff-content-empty-link = { $field }: un enlace no tiene texto.
staff-content-vague-link = { $field }: un enlace dice algo como «haz clic aquí»; di a dónde lleva.
staff-content-kind-fixed = { $field }: no cambia después de guardarlo por primera vez.
staff-content-schedule = Elige una fecha y hora que aún no hayan pasado.
staff-content-replacement = Escribe una dirección de este sitio que empiece con /, o déjala vacía.
staff-validation = Revisa lo que escribiste.

staff-submit = Enviar a revisión
staff-waiting-review = Espera a que otra persona lo revise y lo publique.
staff-review-title = Revisar los cambios
staff-review-loading = Cargando los cambios…
staff-review-same = Esta versión no cambia nada de la anterior.
staff-diff-added = Se añadió:
staff-diff-removed = Se quitó:
staff-force-legend = Lo enviaste tú
staff-force-hint = Otra persona debería revisarlo. Si lo publicas tú, las personas que administran tu dependencia lo verán en la bitácora.
staff-force = Publicarlo de todos modos
staff-publish-now = Publicar ahora
staff-schedule-title = O programa su publicación
staff-schedule-date = Fecha de publicación
staff-schedule-date-hint = Por ejemplo, 24 12 2026.
staff-schedule-time = Hora
staff-schedule-time-hint = En la hora de la Ciudad de México y en 24 horas, como 09:30 o 17:00.
staff-schedule = Programar la publicación
staff-unschedule = Cancelar la programación
staff-withdraw-title = Retirar o despublicar
staff-withdraw-reason = Motivo del retiro
staff-withdraw-hint = Aparece en la página, que sigue publicada con un aviso.
staff-withdraw = Retirar
staff-withdraw-required = Escribe el motivo del retiro
staff-unpublish-replacement = Página que lo reemplaza (opcional)
staff-unpublish-hint = Una dirección de este sitio, como /tramites/renovacion-de-pasaporte. Sin ella, la página dirá que ya no existe.
staff-unpublish = Despublicar
