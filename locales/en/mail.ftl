# E-mail, sent by the server (never fetched by the app).

mail-invitation-subject = Set up your Ventanilla management account
mail-invitation-body = You have been given access to Ventanilla's management. To set up your account, open this link and follow the steps: { $link }

    The link works once and for { $days } days. If you did not expect this e-mail, ignore it: nobody can use your account without setting it up.
