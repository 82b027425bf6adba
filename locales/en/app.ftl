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

## Accessibility statement

load-bad-link-title = This link leads to no results
load-bad-link = We have no such value of “{ $filter }”. The link you followed may be incomplete or out of date.
load-clear-filters = Remove all filters
a11y-title = Accessibility statement
a11y-heading = Accessibility statement for Ventanilla
a11y-intro = We want everyone to be able to use Ventanilla, whatever their disability, their device or the speed of their connection.
a11y-target-heading = How accessible this website is
a11y-target = We aim to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2. This means you should be able to:
a11y-can-zoom = zoom text up to 400 % without content being cut off or having to scroll sideways;
a11y-can-keyboard = use the whole site with just a keyboard or a switch device;
a11y-can-screen-reader = use the site with a screen reader, such as NVDA, JAWS, VoiceOver or TalkBack;
a11y-can-motion = stop animations: we follow your device's reduced-motion setting;
a11y-can-contrast = read all text with enough colour contrast, including in high-contrast mode;
a11y-can-slow = use the site on a basic phone and a slow connection.
a11y-testing-heading = How we test it
a11y-testing = Every change to the site goes through automated tests before it is published:
a11y-testing-axe = every page is checked with axe-core in a real browser, in Spanish and English, on 320-pixel and desktop screens, against the WCAG 2.2 A and AA rules;
a11y-testing-keyboard = the main journeys are tested with a keyboard only, including the skip link and the announcement of each page change;
a11y-testing-focus = on every page, the control that has the focus stands out in high-contrast mode too and its text keeps enough contrast; when something changes within a page (another page of results, a code sent), the focus moves or the change is announced;
a11y-testing-manual = what a machine cannot judge still needs a person: how each page sounds in a real screen reader on a phone (TalkBack, VoiceOver), whether the words are understood, and use with voice control. Those reviews have not been done yet.
a11y-limitations-heading = Known limitations
a11y-limitation-js = The site needs JavaScript. If your browser can't run it, we tell you so and how to get help by phone or in person.
a11y-limitation-timeout = To protect your personal data, an online procedure deletes your answers after 20 minutes without activity. We warn you 2 minutes before, and you can ask for more time as often as you need.
a11y-limitation-manual = We haven't yet had a full audit with people who use assistive technologies; it is planned.
a11y-report-heading = How to report a barrier
a11y-report = If something on the site doesn't work for you, or you need information in another format, tell us which page you were on and what happened:
a11y-report-email = by email: accesibilidad@ventanilla.example;
a11y-report-phone = by phone, free of charge: 800 010 2030;
a11y-report-offices = in person, at any Public Attention Center.
a11y-report-answer = We'll reply within 5 working days and, while we fix it, help you complete your application another way.
a11y-prepared-heading = About this statement
a11y-prepared = We prepared this statement on 28 November 2026 and review it with every release of the site; last on 1 December 2026.
