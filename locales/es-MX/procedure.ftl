# Trámites en línea: las páginas de preguntas, la revisión y el folio.

form-error-summary = Hay un problema
form-back = Atrás
form-continue = Continuar
form-choose-placeholder = Elige una opción
form-date-day = Día
form-date-month = Mes
form-date-year = Año
procedure-step-of = Paso { $current } de { $total }
procedure-load-error = No pudimos cargar el formulario del trámite
procedure-expired-title = Borramos tus respuestas
procedure-expired-text = Pasaron 20 minutos sin actividad y, para proteger tus datos personales, borramos lo que habías escrito. Puedes empezar de nuevo.

form-check-title = Revisa tus respuestas antes de enviar
form-change = Cambiar
form-not-answered = Sin respuesta
form-send-title = Ahora envía tu solicitud
form-declaration = Al enviar tu solicitud declaras, bajo protesta de decir verdad, que los datos que diste son correctos.
form-send = Aceptar y enviar
form-sending = Enviando…
form-send-again = Intentar enviar de nuevo
form-send-failed-title = No pudimos enviar tu solicitud
form-send-failed-kept = Tus respuestas siguen aquí. Cuando vuelvas a intentarlo no se creará una solicitud repetida.

form-sent-title = Solicitud enviada
form-sent-what = { $procedure }: enviada el { $when }, hora del centro de México.
form-your-folio = Tu folio es
form-keep-folio = Anótalo, imprímelo o toma una captura de pantalla: con tu folio y tu CURP puedes ver en qué va tu solicitud.
form-print = Imprimir o guardar como PDF
form-next-title = Qué sigue
form-sms-title = Recibe avisos por SMS
form-sms-text = Registra tu celular y te enviaremos un mensaje cada vez que tu solicitud cambie de estado.
form-track-link = Sigue tu solicitud y registra tu celular
form-no-receipt-title = No hay una solicitud enviada
form-no-receipt-text = No encontramos una solicitud enviada desde esta pestaña. Si ya la enviaste, búscala en «Sigue tu solicitud» con tu folio y tu CURP.
form-start = Empezar el trámite

form-timeout-title = ¿Sigues ahí?
form-timeout-text = Para proteger tus datos personales, en 2 minutos borraremos tus respuestas si no continúas.
form-timeout-extend = Seguir con mi solicitud
procedure-loading = Cargando el formulario…

form-already-sent-title = Ya enviaste esta solicitud
form-already-sent-text = Tu folio es { $folio }. Ya no puedes cambiar las respuestas aquí: si necesitas corregir algo, comunícate con la dependencia. Si quieres hacer otra solicitud, empieza de nuevo.
form-already-sent-receipt = Ver el comprobante de la solicitud
form-start-another = Empezar otra solicitud
