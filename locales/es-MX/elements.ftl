# The words of the custom elements for plain HTML pages (elements/vnt-elements.js)
# that are not a validator's message; a page may replace each with an attribute.
elements-error-prefix = Error:
elements-title-text = Hay un problema
elements-count-remaining = { $count ->
    [one] Te queda 1 carácter
   *[other] Te quedan { $count } caracteres
}
elements-count-over = { $count ->
    [one] Te sobra 1 carácter
   *[other] Te sobran { $count } caracteres
}
elements-search-suggestions = { $count ->
    [0] No hay sugerencias
    [one] 1 sugerencia. Usa las flechas para elegirla.
   *[other] { $count } sugerencias. Usa las flechas para elegir una.
}
