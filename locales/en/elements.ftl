# The words of the custom elements for plain HTML pages (elements/vnt-elements.js)
# that are not a validator's message; a page may replace each with an attribute.
elements-error-prefix = Error:
elements-title-text = There is a problem
elements-count-remaining = { $count ->
    [one] You have 1 character remaining
   *[other] You have { $count } characters remaining
}
elements-count-over = { $count ->
    [one] You have 1 character too many
   *[other] You have { $count } characters too many
}
elements-search-suggestions = { $count ->
    [0] No suggestions
    [one] 1 suggestion. Use the arrow keys to choose it.
   *[other] { $count } suggestions. Use the arrow keys to choose one.
}
