# Online procedures: the question pages, the check page and the folio.

form-error-summary = There is a problem
form-back = Back
form-continue = Continue
form-choose-placeholder = Select an option
form-date-day = Day
form-date-month = Month
form-date-year = Year
procedure-step-of = Step { $current } of { $total }
procedure-load-error = We couldn't load the procedure's form
procedure-expired-title = We deleted your answers
procedure-expired-text = There was no activity for 20 minutes, so to protect your personal data we deleted what you had entered. You can start again.

form-check-title = Check your answers before sending
form-change = Change
form-not-answered = Not answered
form-send-title = Now send your application
form-declaration = By sending your application you declare, under oath, that the information you gave is correct.
form-send = Accept and send
form-sending = Sending…
form-send-again = Try sending again
form-send-failed-title = We couldn't send your application
form-send-failed-kept = Your answers are still here. Trying again will not create a duplicate application.

form-sent-title = Application sent
form-sent-what = { $procedure }: sent on { $when }, Mexico City time.
form-your-folio = Your folio (tracking number) is
form-keep-folio = Write it down, print it or take a screenshot: with your folio and your CURP you can see how your application is going.
form-print = Print or save as PDF
form-next-title = What happens next
form-sms-title = Get updates by SMS
form-sms-text = Register your mobile phone and we will text you each time your application's status changes.
form-track-link = Track your application and register your phone
form-no-receipt-title = No application sent
form-no-receipt-text = We found no application sent from this tab. If you already sent it, look it up in Track an application with your folio and your CURP.
form-start = Start the procedure

form-timeout-title = Are you still there?
form-timeout-text = To protect your personal data, we will delete your answers in 2 minutes unless you continue.
form-timeout-extend = Continue with my application
procedure-loading = Loading the form…

form-already-sent-title = You already sent this application
form-already-sent-text = Your folio is { $folio }. You can no longer change the answers here: if something needs correcting, contact the agency. To make another application, start again.
form-already-sent-receipt = See the application's receipt
form-start-another = Start another application
