# E-mail, sent by the server (never fetched by the app).

mail-invitation-subject = Activa tu cuenta de gestión en Ventanilla
mail-invitation-body = Te dieron acceso a la gestión de Ventanilla. Para activar tu cuenta, abre este enlace y sigue los pasos: { $link }

    El enlace sirve una vez y durante { $days } días. Si no esperabas este correo, ignóralo: nadie puede usar tu cuenta sin activarla.
