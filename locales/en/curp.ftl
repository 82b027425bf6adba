# Looking up a CURP: by the code itself or by the person's data, and its certificate.

curp-title = Look up your CURP
curp-intro = Find your Unique Population Registry Code (CURP) and get its certificate to print or save as a PDF. It is free.

curp-way = How do you want to find it?
curp-way-curp = With your CURP
curp-way-curp-hint = If you have it and need its certificate
curp-way-person = With your personal details
curp-way-person-hint = If you don't know it: with your name, date of birth, sex and the state where you were born

curp-field-curp = CURP
curp-field-curp-hint = 18 characters, letters and numbers. You can type it in lower case or with spaces
curp-field-given-names = Given name or names
curp-field-given-names-hint = As they appear on your birth certificate
curp-field-first-surname = First surname
curp-field-second-surname = Second surname (optional)
curp-field-second-surname-hint = Leave it empty if you have only one surname
curp-field-birth-date = Date of birth
curp-field-birth-date-hint = For example, 12 3 1985
curp-field-sex = Sex
curp-field-sex-hint = As it appears on your birth certificate
curp-sex-female = Female
curp-sex-male = Male
curp-sex-non-binary = Non-binary
curp-field-birth-state = State where you were born
curp-born-abroad = I was born abroad
curp-states-loading = Loading the list of states…
curp-states-error = We couldn't load the list of states

curp-submit = Look up my CURP
curp-submit-person = Find my CURP
curp-looking = Searching the registry…

curp-given-names-required = Enter your given name or names
curp-first-surname-required = Enter your first surname
curp-birth-date-required = Enter your date of birth
curp-sex-required = Choose your sex, as it appears on your birth certificate
curp-birth-state-required = Choose the state where you were born, or “I was born abroad”

curp-not-found-title = We couldn't find your CURP
curp-not-found-curp = There is nobody with the CURP { $curp } in the registry. Check that you typed it exactly as it appears on your birth certificate or on an earlier certificate.
curp-not-found-person = We couldn't find a CURP with those details. Check that your name, surnames, date of birth, sex and state of birth are the ones on your birth certificate.
curp-not-found-help = If you don't have a CURP yet or your details don't match, take your birth certificate to a Public Attention Center:
curp-not-found-offices = Centers that do this procedure
curp-failed-title = We couldn't search the registry
curp-failed-kept = Your answers are still here.

curp-found = We found the CURP { $curp }. Your certificate is below.
curp-certificate-issuer = National Population Registry
curp-certificate-title = Certificate of the Unique Population Registry Code
curp-certificate-curp = CURP
curp-certificate-name = Name
curp-certificate-sex = Sex
curp-certificate-birth-date = Date of birth
curp-certificate-birth-state = State of birth
curp-certificate-source = Supporting document
curp-certificate-registered = Date of registration
curp-certificate-consulted = Looked up on Ventanilla on { $date }.
curp-certificate-sample = Sample data: this certificate has no official value.
curp-print = Print or save as PDF
