# Form error messages. Each id matches a ventanilla-core error code:
# curp.check_digit → validation-curp-check_digit.
# They say what is wrong and how to fix it, without a full stop at the end.
# In online procedures, a field other than the applicant's CURP gets
# $whose = other and $label, the question's text: it may be someone else's.

## CURP

validation-curp-required = { $whose ->
   *[own] Enter your CURP
    [other] Enter your answer to “{ $label }”
    }
validation-curp-length = { $whose ->
   *[own] Your CURP must have 18 characters, letters and numbers
    [other] “{ $label }” must have 18 characters, letters and numbers
    }
validation-curp-format = { $whose ->
   *[own] Check your CURP: it starts with 4 letters, then 6 numbers for your date of birth, and ends with a number. Copy it as it appears on your CURP certificate
    [other] Check “{ $label }”: a CURP starts with 4 letters, then 6 numbers for the date of birth, and ends with a number. Copy it as it appears on the CURP certificate
    }
validation-curp-sex = { $whose ->
   *[own] Check your CURP: letter 11 shows your sex and must be H, M or X
    [other] Check “{ $label }”: in a CURP, letter 11 shows the sex and must be H, M or X
    }
validation-curp-state = { $whose ->
   *[own] Check your CURP: letters 12 and 13 are the code of the state where you were born, such as DF or JC, or NE if you were born abroad
    [other] Check “{ $label }”: in a CURP, letters 12 and 13 are the code of the state of birth, such as DF or JC, or NE for someone born abroad
    }
validation-curp-date = { $whose ->
   *[own] Check your CURP: the 6 numbers after the first 4 letters must be your date of birth (year, month and day), such as 850312 if you were born on 12 March 1985
    [other] Check “{ $label }”: in a CURP, the 6 numbers after the first 4 letters are the date of birth (year, month and day), such as 850312 for 12 March 1985
    }
validation-curp-inconvenient_word = { $whose ->
   *[own] Check your CURP: its second letter is an X. Copy it as it appears on your CURP certificate
    [other] Check “{ $label }”: the second letter of that CURP is an X. Copy it as it appears on the CURP certificate
    }
validation-curp-check_digit = { $whose ->
   *[own] Check your CURP: the last number doesn't match the rest. Copy it as it appears on your CURP certificate
    [other] Check “{ $label }”: the last number doesn’t match the rest. Copy it as it appears on the CURP certificate
    }

## RFC

validation-rfc-required = { $whose ->
   *[own] Enter your RFC
    [other] Enter your answer to “{ $label }”
    }
validation-rfc-length = { $whose ->
   *[own] Your RFC must have 13 characters, or 12 if it belongs to a company
    [other] “{ $label }” must have 13 characters, or 12 for a company’s RFC
    }
validation-rfc-format = { $whose ->
   *[own] Check your RFC: it starts with 4 letters (3 for a company), then 6 numbers for the date, and ends with 3 letters or numbers
    [other] Check “{ $label }”: an RFC starts with 4 letters (3 for a company), then 6 numbers for the date, and ends with 3 letters or numbers
    }
validation-rfc-date = { $whose ->
   *[own] Check your RFC: the 6 numbers after the letters must be a real date (year, month and day), such as 850312 for 12 March 1985
    [other] Check “{ $label }”: in an RFC, the 6 numbers after the letters are a real date (year, month and day), such as 850312 for 12 March 1985
    }
validation-rfc-check_digit = { $whose ->
   *[own] Check your RFC: the last character doesn't match the rest. Copy it as it appears on your tax status certificate (Constancia de Situación Fiscal)
    [other] Check “{ $label }”: the last character doesn’t match the rest. Copy it as it appears on the tax status certificate (Constancia de Situación Fiscal)
    }

## Phone

validation-phone-required = { $whose ->
   *[own] Enter your phone number
    [other] Enter your answer to “{ $label }”
    }
validation-phone-format = { $whose ->
   *[own] Enter your phone number using numbers only, such as 55 1234 5678
    [other] Enter “{ $label }” using numbers only, such as 55 1234 5678
    }
validation-phone-length = { $whose ->
   *[own] Your phone number must have 10 digits, including the area code, such as 55 1234 5678
    [other] “{ $label }” must have 10 digits, including the area code, such as 55 1234 5678
    }

## Postal code

validation-postal_code-required = { $whose ->
   *[own] Enter your postal code
    [other] Enter your answer to “{ $label }”
    }
validation-postal_code-format = { $whose ->
   *[own] Your postal code must have 5 numbers, such as 06000
    [other] “{ $label }” must have 5 numbers, such as 06000
    }
validation-postal_code-range = { $whose ->
   *[own] Check your postal code: none in Mexico starts with 00. You can find it on a proof of address, such as a utility bill
    [other] Check “{ $label }”: no postal code in Mexico starts with 00
    }

## Social Security Number

validation-nss-required = { $whose ->
   *[own] Enter your Social Security Number (NSS)
    [other] Enter your answer to “{ $label }”
    }
validation-nss-format = { $whose ->
   *[own] Enter your NSS using numbers only, such as 1234 5678 903
    [other] Enter “{ $label }” using numbers only, such as 1234 5678 903
    }
validation-nss-length = { $whose ->
   *[own] Your NSS must have 11 numbers. You can find it on your IMSS card or on your payslips
    [other] “{ $label }” must have 11 numbers
    }
validation-nss-check_digit = { $whose ->
   *[own] Check your NSS: the last number doesn’t match the others. Copy it as it appears on your IMSS card
    [other] Check “{ $label }”: the last number doesn’t match the others
    }

## Email

validation-email-required = { $whose ->
   *[own] Enter your email address
    [other] Enter your answer to “{ $label }”
    }
validation-email-format = { $whose ->
   *[own] Enter your full email address without spaces, such as name@example.com
    [other] Enter the full “{ $label }” without spaces, such as name@example.com
    }

## Questions of online procedures ($label is the question's text)

validation-form-required = Enter your answer to “{ $label }”
validation-form-choose = Select an option for “{ $label }”
validation-form-unknown_option = Select one of the options shown for “{ $label }”
validation-form-too_long = Your answer to “{ $label }” is too long: write { $max } characters or fewer
validation-form-shape = Answer “{ $label }” again
validation-date-incomplete = Enter the day, month and year of “{ $label }”
validation-date-format = Enter “{ $label }” in numbers only, for example 27 3 1990, with a 4-digit year
validation-date-invalid = “{ $label }” must be a real date: check the day and month
validation-date-too_old = The year of “{ $label }” must be 1900 or later
validation-date-future = “{ $label }” must be today or in the past
validation-date-past = “{ $label }” must be today or in the future

## Messages (a caseworker's note, an applicant's answer)

validation-message-required = Write a message
validation-message-too_long = Your message is too long: write { $max } characters or fewer

## Invitations

validation-agency-required = Choose the agency the role is held in
validation-agency-not_allowed = Platform administration belongs to no agency
validation-schedule-time = Write the time on the 24-hour clock, like 09:30 or 17:00
