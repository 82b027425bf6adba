# Mensajes de error de los formularios. Cada id corresponde a un código de
# ventanilla-core: curp.check_digit → validation-curp-check_digit.
# Dicen qué está mal y cómo corregirlo, de tú y sin punto final.
# En los trámites en línea, un campo que no es la CURP de quien solicita recibe
# $whose = other y $label, el texto de la pregunta: puede ser de otra persona.

## CURP

validation-curp-required = { $whose ->
   *[own] Escribe tu CURP
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-curp-length = { $whose ->
   *[own] Tu CURP debe tener 18 caracteres, entre letras y números
    [other] «{ $label }» debe tener 18 caracteres, entre letras y números
    }
validation-curp-format = { $whose ->
   *[own] Revisa tu CURP: empieza con 4 letras, sigue con 6 números de tu fecha de nacimiento y termina con un número. Cópiala tal como aparece en tu constancia de CURP
    [other] Revisa «{ $label }»: una CURP empieza con 4 letras, sigue con 6 números de la fecha de nacimiento y termina con un número. Cópiala tal como aparece en la constancia de CURP
    }
validation-curp-sex = { $whose ->
   *[own] Revisa tu CURP: la letra 11 indica el sexo y debe ser H, M o X
    [other] Revisa «{ $label }»: en una CURP la letra 11 indica el sexo y debe ser H, M o X
    }
validation-curp-state = { $whose ->
   *[own] Revisa tu CURP: las letras 12 y 13 son la clave del estado donde naciste, por ejemplo DF o JC, o NE si naciste en el extranjero
    [other] Revisa «{ $label }»: en una CURP las letras 12 y 13 son la clave del estado de nacimiento, por ejemplo DF o JC, o NE para quien nació en el extranjero
    }
validation-curp-date = { $whose ->
   *[own] Revisa tu CURP: los 6 números después de las primeras 4 letras deben ser tu fecha de nacimiento (año, mes y día), por ejemplo 850312 si naciste el 12 de marzo de 1985
    [other] Revisa «{ $label }»: en una CURP los 6 números después de las primeras 4 letras son la fecha de nacimiento (año, mes y día), por ejemplo 850312 para el 12 de marzo de 1985
    }
validation-curp-inconvenient_word = { $whose ->
   *[own] Revisa tu CURP: en ella la segunda letra es una X. Cópiala tal como aparece en tu constancia de CURP
    [other] Revisa «{ $label }»: en esa CURP la segunda letra es una X. Cópiala tal como aparece en la constancia de CURP
    }
validation-curp-check_digit = { $whose ->
   *[own] Revisa tu CURP: el último número no coincide con el resto. Cópiala tal como aparece en tu constancia de CURP
    [other] Revisa «{ $label }»: el último número no coincide con el resto. Cópiala tal como aparece en la constancia de CURP
    }

## RFC

validation-rfc-required = { $whose ->
   *[own] Escribe tu RFC
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-rfc-length = { $whose ->
   *[own] Tu RFC debe tener 13 caracteres, o 12 si es el de una empresa
    [other] «{ $label }» debe tener 13 caracteres, o 12 si es el RFC de una empresa
    }
validation-rfc-format = { $whose ->
   *[own] Revisa tu RFC: empieza con 4 letras (3 si es de una empresa), sigue con 6 números de la fecha y termina con 3 letras o números
    [other] Revisa «{ $label }»: un RFC empieza con 4 letras (3 si es de una empresa), sigue con 6 números de la fecha y termina con 3 letras o números
    }
validation-rfc-date = { $whose ->
   *[own] Revisa tu RFC: los 6 números después de las letras deben ser una fecha real (año, mes y día), por ejemplo 850312 para el 12 de marzo de 1985
    [other] Revisa «{ $label }»: en un RFC los 6 números después de las letras son una fecha real (año, mes y día), por ejemplo 850312 para el 12 de marzo de 1985
    }
validation-rfc-check_digit = { $whose ->
   *[own] Revisa tu RFC: el último carácter no coincide con el resto. Cópialo tal como aparece en tu Constancia de Situación Fiscal
    [other] Revisa «{ $label }»: el último carácter no coincide con el resto. Cópialo tal como aparece en la Constancia de Situación Fiscal
    }

## Teléfono

validation-phone-required = { $whose ->
   *[own] Escribe tu número de teléfono
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-phone-format = { $whose ->
   *[own] Escribe tu número de teléfono solo con números, por ejemplo 55 1234 5678
    [other] Escribe «{ $label }» solo con números, por ejemplo 55 1234 5678
    }
validation-phone-length = { $whose ->
   *[own] Tu número de teléfono debe tener 10 dígitos, con la clave lada, por ejemplo 55 1234 5678
    [other] «{ $label }» debe tener 10 dígitos, con la clave lada, por ejemplo 55 1234 5678
    }

## Código postal

validation-postal_code-required = { $whose ->
   *[own] Escribe tu código postal
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-postal_code-format = { $whose ->
   *[own] Tu código postal debe tener 5 números, por ejemplo 06000
    [other] «{ $label }» debe tener 5 números, por ejemplo 06000
    }
validation-postal_code-range = { $whose ->
   *[own] Revisa tu código postal: ninguno en México empieza con 00. Lo encuentras en tu comprobante de domicilio
    [other] Revisa «{ $label }»: ningún código postal de México empieza con 00
    }

## Número de Seguridad Social

validation-nss-required = { $whose ->
   *[own] Escribe tu Número de Seguridad Social (NSS)
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-nss-format = { $whose ->
   *[own] Escribe tu NSS solo con números, por ejemplo 1234 5678 903
    [other] Escribe «{ $label }» solo con números, por ejemplo 1234 5678 903
    }
validation-nss-length = { $whose ->
   *[own] Tu NSS debe tener 11 números. Lo encuentras en tu credencial del IMSS o en tus recibos de nómina
    [other] «{ $label }» debe tener 11 números
    }
validation-nss-check_digit = { $whose ->
   *[own] Revisa tu NSS: el último número no coincide con los demás. Cópialo tal como aparece en tu credencial del IMSS
    [other] Revisa «{ $label }»: el último número no coincide con los demás
    }

## Correo electrónico

validation-email-required = { $whose ->
   *[own] Escribe tu correo electrónico
    [other] Escribe tu respuesta a «{ $label }»
    }
validation-email-format = { $whose ->
   *[own] Escribe tu correo electrónico completo y sin espacios, por ejemplo nombre@ejemplo.com
    [other] Escribe «{ $label }» completo y sin espacios, por ejemplo nombre@ejemplo.com
    }

## Preguntas de los trámites en línea ($label es el texto de la pregunta)

validation-form-required = Escribe tu respuesta a «{ $label }»
validation-form-choose = Elige una opción en «{ $label }»
validation-form-unknown_option = Elige una de las opciones que se muestran en «{ $label }»
validation-form-too_long = Tu respuesta a «{ $label }» es demasiado larga: escribe { $max } caracteres o menos
validation-form-shape = Vuelve a responder «{ $label }»
validation-date-incomplete = Escribe el día, el mes y el año de «{ $label }»
validation-date-format = Escribe «{ $label }» solo con números, por ejemplo 27 3 1990, y el año con 4 cifras
validation-date-invalid = «{ $label }» debe ser una fecha real: revisa el día y el mes
validation-date-too_old = El año de «{ $label }» debe ser 1900 o posterior
validation-date-future = «{ $label }» debe ser hoy o una fecha pasada
validation-date-past = «{ $label }» debe ser hoy o una fecha futura

## Messages (a caseworker's note, an applicant's answer)

validation-message-required = Escribe un mensaje
validation-message-too_long = Tu mensaje es demasiado largo: escribe { $max } caracteres o menos

## Invitations

validation-agency-required = Elige la dependencia en la que tendrá el papel
validation-agency-not_allowed = La administración de la plataforma no pertenece a ninguna dependencia
validation-schedule-time = Escribe la hora en 24 horas, como 09:30 o 17:00
