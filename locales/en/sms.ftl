# Text messages, sent by the server (never fetched by the app). Short: an SMS
# is 160 characters.

sms-code = Ventanilla: your code to get updates on application { $folio } is { $code }. It expires in 10 minutes.
sms-status = Ventanilla: your application { $folio } is now { $status ->
        [received] received
        [in_review] in review
        [approved] approved
       *[rejected] rejected
    }. See the details in Track an application.
sms-information-requested = Ventanilla: your application { $folio } needs more information: "{ $note }". Answer it in Track an application.
