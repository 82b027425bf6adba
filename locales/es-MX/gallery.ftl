# The gallery of the component library, for other agencies' frontend teams.
gallery-title = Componentes
gallery-intro = Los componentes de Ventanilla, para que los equipos de otras dependencias los usen en sus sitios: cada uno con sus ejemplos en vivo, su código y sus criterios de accesibilidad.
gallery-examples = Ejemplos
gallery-code = Código del ejemplo
gallery-docs = Documentación (en inglés)
gallery-loading = Cargando el componente…
gallery-error = No pudimos cargar la documentación del componente
