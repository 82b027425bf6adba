## What the agencies publish: /prensa, each item's page, and the agency page's part

news-title = News and publications
news-feed-title = News and publications of the Government of Mexico
news-agency-feed = News and publications of { $agency }
news-feed-link = Get these publications in your feed reader (Atom)
news-filters = Filter publications
news-agency = Agency
news-topic = Topic
news-kind = Type
news-from = Published from
news-to = Published until
news-apply = Apply filters
news-clear = Clear the filters
news-count = { $count ->
    [one] 1 publication
   *[other] { $count } publications
}
news-empty = No publication matches these filters. Try fewer filters or other dates.
news-loading = Loading publications…
news-error = We could not load the publications.
news-kind-press-release = Press release
news-kind-news = News story
news-kind-programme = Programme
news-kind-publication = Publication
news-kind-guide = Guide
news-agency-none = This agency has not published anything here yet.
news-agency-latest = Latest
news-agency-programmes = Programmes
news-agency-publications = Documents
news-agency-all = Everything this agency publishes ({ $count })
news-agency-all-programmes = All its programmes ({ $count })
news-agency-all-publications = All its documents ({ $count })
news-item-loading = Loading the publication…
news-item-error = We could not load this publication.
news-published = Published on { $date }
news-only-spanish = This publication exists in Spanish only.
news-history-mode-title = Published under a previous administration
news-history-mode = This page was published under a federal administration before the current one. It may not reflect current policies or programmes.
news-audience = Who it is for
news-how-to-join = How to join
news-attachments = Documents
news-accessible-format = Do you need these documents in another format, such as accessible text, large print or braille? Write to
news-services = Related procedures
news-topics = Topics
news-history = History of changes
news-table = Table
news-first-published = First published
news-withdrawn-title = This content has been withdrawn
news-withdrawn = It was withdrawn on { $date } and no longer applies. The reason:
