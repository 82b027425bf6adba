# The agencies' content, as their editors and publishers write, review and publish it (/gestion/dependencias/{agency}/contenido).

staff-content-link = Content of { $agency }
staff-content-title = Content of { $agency }
staff-content-loading = Loading the content…
staff-content-new = Write new content
staff-content-count = { $count ->
    [0] No content yet
    [one] 1 item
   *[other] { $count } items
}
staff-column-title = Title
staff-column-kind = Kind
staff-column-state = State
staff-column-updated = Latest version
staff-back-to-content = Back to the content

staff-workflow-draft = Draft
staff-workflow-submitted = Submitted for review
staff-workflow-scheduled = Scheduled
staff-workflow-published = Published
staff-workflow-withdrawn = Withdrawn
staff-workflow-unpublished = Unpublished

staff-document-new-title = Write new content
staff-document-title = Edit content
staff-document-loading = Loading the content…
staff-document-state = State:
staff-document-version = version { $version }
staff-document-scheduled = · to be published on { $at }
staff-document-now = The content is now: { $state }
staff-document-public = See the published page
staff-document-edit = Write a new version
staff-document-versions = Versions

staff-field-kind = Kind of content
staff-field-slug = Address of the page
staff-field-slug-hint = Lower-case words without accents, joined by hyphens; for example: jornada-de-vacunacion-invernal. It does not change later.
staff-field-title-es = Title
staff-field-title-es-hint = What people look for, in a few words.
staff-field-summary-es = Summary
staff-field-summary-es-hint = One or two sentences: it shows in lists and in search engines.
staff-field-body-es = Body
staff-field-body-es-hint = In Markdown: ## for a subheading, - for a list, [text](address) for a link. Each image needs its description: ![description](address).
staff-field-press-number = Press release number
staff-field-press-number-hint = For example: Comunicado 120/2026.
staff-field-press-place = Place
staff-field-press-place-hint = For example: Ciudad de México.
staff-field-press = Press release details
staff-field-programme = Programme details
staff-field-programme-audience-es = Who it is for
staff-field-programme-audience-es-hint = Who can receive the programme.
staff-field-programme-how-to-join-es = How to join
staff-field-programme-how-to-join-es-hint = The steps to register or apply.
staff-field-title-en = Title in English
staff-field-title-en-hint = Leave it empty if there is no English version.
staff-field-summary-en = Summary in English
staff-field-summary-en-hint = Needed if there is an English title.
staff-field-body-en = Body in English
staff-field-body-en-hint = Needed if there is an English title. In Markdown, as the Spanish body.
staff-field-programme-audience-en = Who it is for, in English
staff-field-programme-audience-en-hint = Needed if there is an English title.
staff-field-programme-how-to-join-en = How to join, in English
staff-field-programme-how-to-join-en-hint = Needed if there is an English title.
staff-field-change-note-es = Change note
staff-field-change-note-es-hint = If the change is a major one, say what changed: it shows in the public history. Leave it empty for a minor correction.
staff-field-change-note-en = Change note in English
staff-field-change-note-en-hint = Optional.
staff-field-topics = Topics
staff-field-topics-hint = Choose the catalogue's topics it is about.
staff-field-services = Related services
staff-field-attachments = Files
staff-field-accessible-format-contact = Contact to ask for an accessible format
staff-field-accessible-format-contact-hint = An email address or phone number to ask for the files in another format, such as text for a screen reader. Needed if there are files.
staff-field-attachment-upload = Add a file
staff-field-attachment-upload-hint = PDF, spreadsheet (XLSX, ODS), document (DOCX, ODT) or image (PNG, JPEG), up to { $mb } MB. It is uploaded when you choose it.
staff-field-attachment-title-es = File title
staff-field-attachment-title-es-hint = What it holds; for example: Annual report 2026.
staff-field-attachment-title-en = File title in English
staff-field-attachment-title-en-hint = Needed if there is an English title.
staff-field-attachment-lang = Language of the file
staff-field-attachment-lang-es = Spanish
staff-field-attachment-lang-en = English
staff-field-attachment-file = File
staff-attachment-remove = Remove { $file }
staff-attachment-uploading = Uploading { $file }…
staff-attachment-wait = Uploading the file…
staff-attachment-uploaded = { $file } was uploaded. Write its title.
staff-attachment-removed = { $file } was removed.
staff-attachments-required = Upload at least one file: a publication needs them.
staff-upload-too-large = The file is larger than { $mb } MB: upload a smaller one.
staff-upload-type = The file is not a PDF, a spreadsheet, a document or a PNG or JPEG image.
staff-content-english = English version (optional)
staff-content-english-hint = If you write the English title, write the summary and the body too: a page is all in one language. Without an English version, the English page shows the Spanish one and says so.
staff-content-save = Save the draft
staff-content-preview = See the preview
staff-content-saved = Version { $version } was saved.
staff-preview-title = Preview
staff-preview-shown = The preview is shown, below the form.
staff-preview-warnings = Check this before you submit it:

staff-md-insert = Insert:
staff-md-tools = Insert into { $field }
staff-md-inserted = Inserted { $what } into the text, where the cursor was.
staff-md-heading = a subheading
staff-md-heading-text = ## Subheading
staff-md-list = a list
staff-md-list-text =
    - First point
    - Second point
staff-md-link = a link
staff-md-link-text = [What people will find](https://www.gob.mx/)
staff-md-table = a table
staff-md-table-text =
    | Column | Column |
    |---|---|
    | Data | Data |
staff-md-image = an image
staff-md-image-text = ![Describe what the image shows](/archivos/imagen.png)

staff-content-required = { $field }: this is missing.
staff-content-too-long = { $field }: it is too long.
staff-content-english-incomplete = { $field }: with an English title, the English version needs this text too.
staff-content-not-of-kind = { $field }: it does not belong to this kind of content.
staff-content-slug = { $field }: use only lower-case letters without accents, digits and hyphens between words.
staff-content-unknown = { $field }: it is not in the catalogue.
staff-content-image-alt = { $field }: an image has no description; write it between the brackets: ![description](address).
staff-content-empty-link = { $field }: a link has no text.
staff-content-vague-link = { $field }: a link says something like "click here"; say where it leads.
staff-content-kind-fixed = { $field }: it does not change after the first save.
staff-content-schedule = Choose a date and time that have not passed yet.
staff-content-replacement = Enter an address of this site that starts with /, or leave it empty.
staff-validation = Check what you entered.

staff-submit = Submit for review
staff-waiting-review = Wait for someone else to review and publish it.
staff-review-title = Review the changes
staff-review-loading = Loading the changes…
staff-review-same = This version changes nothing from the one before.
staff-diff-added = Added:
staff-diff-removed = Removed:
staff-force-legend = You submitted it
staff-force-hint = Someone else should review it. If you publish it yourself, your agency's admins will see so in the audit log.
staff-force = Publish it anyway
staff-publish-now = Publish now
staff-schedule-title = Or schedule its publication
staff-schedule-date = Publication date
staff-schedule-date-hint = For example, 24 12 2026.
staff-schedule-time = Time
staff-schedule-time-hint = In Mexico City time, on the 24-hour clock, like 09:30 or 17:00.
staff-schedule = Schedule the publication
staff-unschedule = Call off the schedule
staff-withdraw-title = Withdraw or unpublish
staff-withdraw-reason = Reason for withdrawing it
staff-withdraw-hint = It shows on the page, which stays published with a notice.
staff-withdraw = Withdraw
staff-withdraw-required = Enter the reason for withdrawing it
staff-unpublish-replacement = Page that replaces it (optional)
staff-unpublish-hint = An address of this site, such as /tramites/renovacion-de-pasaporte. Without one, the page will say it no longer exists.
staff-unpublish = Unpublish
