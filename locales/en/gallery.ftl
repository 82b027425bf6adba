# The gallery of the component library, for other agencies' frontend teams.
gallery-title = Components
gallery-intro = Ventanilla's components, for other agencies' teams to use on their sites: each with its live examples, its code and its accessibility criteria.
gallery-examples = Examples
gallery-code = The example's code
gallery-docs = Documentation
gallery-loading = Loading the component…
gallery-error = We couldn't load the component's documentation
