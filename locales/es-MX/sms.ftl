# Text messages, sent by the server (never fetched by the app). Short: an SMS
# is 160 characters.

sms-code = Ventanilla: tu código para recibir avisos de la solicitud { $folio } es { $code }. Vence en 10 minutos.
sms-status = Ventanilla: tu solicitud { $folio } ahora está { $status ->
        [received] recibida
        [in_review] en revisión
        [approved] aprobada
       *[rejected] rechazada
    }. Consulta el detalle en Sigue tu solicitud.
sms-information-requested = Ventanilla: tu solicitud { $folio } necesita más información: «{ $note }». Respóndela en Sigue tu solicitud.
