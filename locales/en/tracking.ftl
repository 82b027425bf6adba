# Tracking applications and SMS updates.

tracking-title = Track an application
tracking-intro = Enter the folio you got when you sent your application and the CURP of the person who applied.
tracking-folio = Folio
tracking-folio-hint = For example, VEN-7K4P9Q2M
tracking-folio-required = Enter your application's folio
tracking-curp = CURP of the person who applied
tracking-curp-hint = 18 characters, as on your CURP certificate
tracking-submit = See how it is going
tracking-not-found-title = We couldn't find the application
tracking-not-found = There is no application with that folio and that CURP. Check that both are written as you received them.
tracking-failed-title = We couldn't look up your application
tracking-found = Application found. Status: { $status }
tracking-sheet-link = See the procedure's page
tracking-status-now = Current status:
tracking-history = History
tracking-history-zone = Times are Mexico City time.

status-received = Received
status-in-review = In review
status-information-requested = Information requested
status-approved = Approved
status-rejected = Rejected

history-note = The agency wrote:
history-reply-yours = You answered:
history-reply-applicant = The applicant answered:

tracking-reply-title = The agency needs more information
tracking-reply-intro = Read what the agency wrote in the history below, and answer it here. Your application goes back to review once you send your answer.
tracking-reply-message = Your answer
tracking-reply-hint = Write what the agency asked for. Do not include passwords or bank details.
tracking-reply-send = Send my answer
tracking-reply-failed = We couldn't send your answer
tracking-reply-sent = Your answer was sent. The application is back in review.

message-count-remaining = { $count ->
    [one] You have 1 character remaining
   *[other] You have { $count } characters remaining
    }
message-count-over = { $count ->
    [one] You have 1 character too many
   *[other] You have { $count } characters too many
    }

tracking-sms-title = SMS updates
tracking-sms-intro = We will text you each time your application's status changes. First we confirm your number with a code.
tracking-sms-subscribed = Already getting updates:
tracking-sms-phone = Mobile number
tracking-sms-phone-hint = 10 digits, for example 55 1234 5678
tracking-sms-send = Send me a code
tracking-sms-send-again = Send me another code
tracking-sms-code-sent = We texted you a code. Enter it below.
tracking-sms-code = Code you received
tracking-sms-code-hint = 6 digits. It expires in 10 minutes
tracking-sms-code-required = Enter the code we texted you
tracking-sms-code-invalid = The code doesn't match: check the latest message you received
tracking-sms-code-expired = The code has expired: ask for another one
tracking-sms-confirm = Confirm my number
tracking-sms-confirmed = Your number is confirmed: we'll text you each time your application changes status.
tracking-sms-failed = We couldn't register your number
tracking-sms-too-many = You asked for too many codes in a row. You can ask for another in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
