# Seguimiento de solicitudes y avisos por SMS.

tracking-title = Sigue tu solicitud
tracking-intro = Escribe el folio que recibiste al enviar tu solicitud y la CURP de quien la presentó.
tracking-folio = Folio
tracking-folio-hint = Por ejemplo, VEN-7K4P9Q2M
tracking-folio-required = Escribe el folio de tu solicitud
tracking-curp = CURP de quien presentó la solicitud
tracking-curp-hint = 18 caracteres, tal como aparecen en tu constancia de CURP
tracking-submit = Ver en qué va
tracking-not-found-title = No encontramos la solicitud
tracking-not-found = No hay una solicitud con ese folio y esa CURP. Revisa que los dos estén escritos como los recibiste.
tracking-failed-title = No pudimos consultar tu solicitud
tracking-found = Solicitud encontrada. Estado: { $status }
tracking-sheet-link = Ver la ficha del trámite
tracking-status-now = Estado actual:
tracking-history = Historial
tracking-history-zone = Las horas son del centro de México.

status-received = Recibida
status-in-review = En revisión
status-information-requested = Información solicitada
status-approved = Aprobada
status-rejected = Rechazada

history-note = La dependencia escribió:
history-reply-yours = Respondiste:
history-reply-applicant = La persona solicitante respondió:

tracking-reply-title = La dependencia necesita más información
tracking-reply-intro = Lee lo que escribió la dependencia en el historial de abajo y respóndelo aquí. Tu solicitud vuelve a revisión cuando envíes tu respuesta.
tracking-reply-message = Tu respuesta
tracking-reply-hint = Escribe lo que pidió la dependencia. No incluyas contraseñas ni datos bancarios.
tracking-reply-send = Enviar mi respuesta
tracking-reply-failed = No pudimos enviar tu respuesta
tracking-reply-sent = Tu respuesta se envió. La solicitud está de nuevo en revisión.

message-count-remaining = { $count ->
    [one] Te queda 1 carácter
   *[other] Te quedan { $count } caracteres
    }
message-count-over = { $count ->
    [one] Tienes 1 carácter de más
   *[other] Tienes { $count } caracteres de más
    }

tracking-sms-title = Avisos por SMS
tracking-sms-intro = Te enviaremos un mensaje de texto cada vez que tu solicitud cambie de estado. Primero confirmaremos tu número con un código.
tracking-sms-subscribed = Ya recibe avisos:
tracking-sms-phone = Número de celular
tracking-sms-phone-hint = 10 dígitos, por ejemplo 55 1234 5678
tracking-sms-send = Enviarme un código
tracking-sms-send-again = Enviarme otro código
tracking-sms-code-sent = Te enviamos un código por SMS. Escríbelo abajo.
tracking-sms-code = Código que recibiste
tracking-sms-code-hint = 6 números. Vence en 10 minutos
tracking-sms-code-required = Escribe el código que te enviamos por SMS
tracking-sms-code-invalid = El código no coincide: revisa el último mensaje que recibiste
tracking-sms-code-expired = El código ya venció: pide otro
tracking-sms-confirm = Confirmar mi número
tracking-sms-confirmed = Confirmamos tu número: te avisaremos por SMS cada vez que tu solicitud cambie de estado.
tracking-sms-failed = No pudimos registrar tu número
tracking-sms-too-many = Pediste demasiados códigos seguidos. Podrás pedir otro en { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
