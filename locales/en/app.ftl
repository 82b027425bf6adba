## The page frame

site-name = Ventanilla
site-tagline = Government procedures and services in one place
site-description = Government procedures and services in one place: find them, see what they need and do them online.
needs-script = This page needs JavaScript to do the procedure online. Turn it on in your browser, or call 800 010 2030 free of charge or visit a Public Attention Center.
skip-to-content = Skip to main content
language-switcher-label = Language
# Each language names itself here; the switcher shows every language's own name.
language-self-name = English
route-announcement = Page loaded: { $title }

footer-channels-heading = Other ways to get help
footer-phone-title = By phone
footer-phone-text = Call free of charge, Monday to Friday, 8:00 to 20:00 central time:
footer-phone-number = 800 010 2030
footer-offices-title = In person
footer-offices-text = Visit one of the Public Attention Centers across the country.
footer-offices-link = Find a Public Attention Center
footer-sms-title = By SMS
footer-sms-text = Get a text message on your mobile each time the status of your application changes.
footer-sms-link = Track an application
footer-accessibility-link = Accessibility statement
footer-components-link = Components for other agencies
footer-links-label = About this site
footer-sample-data = Ventanilla is a demonstration project: the catalogue, phone numbers and records are sample data.

## Shared messages

# Said before a page title, and (hidden) before each field's message, while a form has errors.
form-error-prefix = Error:
page-loading = Loading the page…
page-load-error = We couldn't load this page
action-retry = Try again
error-network = We couldn't connect. Check your internet connection and try again.
error-server = The service isn't responding right now. Try again in a few minutes.
error-not-found = We couldn't find what you're looking for.
error-unexpected = Something went wrong on our side. Try again; if it keeps happening, call us.

## Home

home-title = Home
home-heading = Government procedures and services
home-lead = Find the procedure you need, check what it requires and do it online from your phone, tablet or computer.
home-categories-heading = Topics
home-categories-loading = Loading topics…
home-categories-error = We couldn't load the topics

## Not found

not-found-title = Page not found
not-found-heading = We can't find this page
not-found-typed = If you typed the address, check it is correct.
not-found-pasted = If you pasted it, make sure you copied the whole address.
not-found-home-link = Go to the home page

load-bad-link-title = This link leads to no results
load-bad-link = We have no such value of “{ $filter }”. The link you followed may be incomplete or out of date.
load-clear-filters = Remove all filters
