# Form error messages. Each id matches a ventanilla-core error code:
# curp.check_digit → validation-curp-check_digit.
# They say what is wrong and how to fix it, without a full stop at the end.

## CURP

validation-curp-required = Enter your CURP
validation-curp-length = Your CURP must have 18 characters, letters and numbers
validation-curp-format = Check your CURP: it starts with 4 letters, then 6 numbers for your date of birth, and ends with a number. Copy it as it appears on your CURP certificate
validation-curp-sex = Check your CURP: letter 11 shows your sex and must be H, M or X
validation-curp-state = Check your CURP: letters 12 and 13 are the code of the state where you were born, such as DF or JC, or NE if you were born abroad
validation-curp-date = Check your CURP: the 6 numbers after the first 4 letters must be your date of birth (year, month and day), such as 850312 if you were born on 12 March 1985
validation-curp-inconvenient_word = Check your CURP: its second letter is an X. Copy it as it appears on your CURP certificate
validation-curp-check_digit = Check your CURP: the last number doesn't match the rest. Copy it as it appears on your CURP certificate

## RFC

validation-rfc-required = Enter your RFC
validation-rfc-length = Your RFC must have 13 characters, or 12 if it belongs to a company
validation-rfc-format = Check your RFC: it starts with 4 letters (3 for a company), then 6 numbers for the date, and ends with 3 letters or numbers
validation-rfc-date = Check your RFC: the 6 numbers after the letters must be a real date (year, month and day), such as 850312 for 12 March 1985
validation-rfc-check_digit = Check your RFC: the last character doesn't match the rest. Copy it as it appears on your tax status certificate (Constancia de Situación Fiscal)

## Phone

validation-phone-required = Enter your phone number
validation-phone-format = Enter your phone number using numbers only, such as 55 1234 5678
validation-phone-length = Your phone number must have 10 digits, including the area code, such as 55 1234 5678

## Postal code

validation-postal_code-required = Enter your postal code
validation-postal_code-format = Your postal code must have 5 numbers, such as 06000
validation-postal_code-range = Check your postal code: none in Mexico starts with 00. You can find it on a proof of address, such as a utility bill

## Email

validation-email-required = Enter your email address
validation-email-format = Enter your full email address without spaces, such as name@example.com

## Questions of online procedures ($label is the question's text)

validation-form-required = Enter your answer to “{ $label }”
validation-form-choose = Select an option for “{ $label }”
validation-form-unknown_option = Select one of the options shown for “{ $label }”
validation-form-too_long = Your answer to “{ $label }” is too long: shorten it
validation-form-shape = Answer “{ $label }” again
validation-date-incomplete = Enter the day, month and year of “{ $label }”
validation-date-format = Enter “{ $label }” in numbers only, for example 27 3 1990, with a 4-digit year
validation-date-invalid = “{ $label }” must be a real date: check the day and month
validation-date-too_old = The year of “{ $label }” must be 1900 or later
validation-date-future = “{ $label }” must be today or in the past
validation-date-past = “{ $label }” must be today or in the future
