# Consulta de la CURP: con la clave o con los datos de la persona, y su constancia.

curp-title = Consulta tu CURP
curp-intro = Busca tu Clave Única de Registro de Población (CURP) y obtén tu constancia para imprimirla o guardarla como PDF. Es gratis.

curp-way = ¿Cómo quieres buscarla?
curp-way-curp = Con tu CURP
curp-way-curp-hint = Si ya la tienes y necesitas tu constancia
curp-way-person = Con tus datos personales
curp-way-person-hint = Si no la sabes: con tu nombre, tu fecha de nacimiento, tu sexo y el estado donde naciste

curp-field-curp = CURP
curp-field-curp-hint = 18 caracteres, entre letras y números. Puedes escribirla con minúsculas o con espacios
curp-field-given-names = Nombre o nombres
curp-field-given-names-hint = Tal como aparecen en tu acta de nacimiento
curp-field-first-surname = Primer apellido
curp-field-second-surname = Segundo apellido (opcional)
curp-field-second-surname-hint = Déjalo vacío si solo tienes un apellido
curp-field-birth-date = Fecha de nacimiento
curp-field-birth-date-hint = Por ejemplo, 12 3 1985
curp-field-sex = Sexo
curp-field-sex-hint = Como aparece en tu acta de nacimiento
curp-sex-female = Mujer
curp-sex-male = Hombre
curp-sex-non-binary = No binario
curp-field-birth-state = Estado donde naciste
curp-born-abroad = Nací en el extranjero
curp-states-loading = Cargando la lista de estados…
curp-states-error = No pudimos cargar la lista de estados

curp-submit = Consultar mi CURP
curp-submit-person = Buscar mi CURP
curp-looking = Buscando en el registro…

curp-given-names-required = Escribe tu nombre o nombres
curp-first-surname-required = Escribe tu primer apellido
curp-birth-date-required = Escribe tu fecha de nacimiento
curp-sex-required = Elige tu sexo, como aparece en tu acta de nacimiento
curp-birth-state-required = Elige el estado donde naciste, o «Nací en el extranjero»

curp-not-found-title = No encontramos tu CURP
curp-not-found-curp = No hay ninguna persona con la CURP { $curp } en el registro. Revisa que la hayas escrito tal como aparece en tu acta de nacimiento o en una constancia anterior.
curp-not-found-person = No encontramos una CURP con esos datos. Revisa que tu nombre, tus apellidos, tu fecha de nacimiento, tu sexo y tu estado de nacimiento sean los de tu acta de nacimiento.
curp-not-found-help = Si aún no tienes CURP o tus datos no coinciden, lleva tu acta de nacimiento a un Centro de Atención al Público:
curp-not-found-offices = Centros donde hacen este trámite
curp-failed-title = No pudimos consultar el registro
curp-failed-kept = Tus respuestas siguen aquí.

curp-found = Encontramos la CURP { $curp }. Tu constancia está abajo.
curp-certificate-issuer = Registro Nacional de Población
curp-certificate-title = Constancia de la Clave Única de Registro de Población
curp-certificate-curp = CURP
curp-certificate-name = Nombre
curp-certificate-sex = Sexo
curp-certificate-birth-date = Fecha de nacimiento
curp-certificate-birth-state = Entidad de nacimiento
curp-certificate-source = Documento probatorio
curp-certificate-registered = Fecha de registro
curp-certificate-consulted = Consultada en Ventanilla el { $date }.
curp-certificate-sample = Datos de ejemplo: esta constancia no tiene validez oficial.
curp-print = Imprimir o guardar como PDF
