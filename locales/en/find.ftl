## Navigation

nav-label = Main sections
nav-home = Home
nav-services = Procedures
nav-agencies = Agencies
nav-news = News
nav-offices = Attention Centers
nav-tracking = Track an application
nav-curp = CURP
nav-search = Search
breadcrumbs-label = You are here
pagination-label = Result pages
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $page }
pagination-beyond = There is no page { $page }: { $pages ->
        [one] the results fit on one
       *[other] the results have { $pages } pages
    }.
pagination-first = Go to the first page
pagination-moved = Page { $page } of { $pages }. { $count }

## Values

cost-free = Free
channel-online = Online
channel-in-person = In person
channel-phone = By phone
presentation-original = Original
presentation-copy = Copy
presentation-original-and-copy = Original and copy
presentation-data = Information
presentation-appointment = Book in advance
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Search

search-title = Search procedures and services
search-title-for = Results for “{ $q }”
search-label = What procedure are you looking for?
search-hint = For example: passport, birth certificate, change of clinic
search-button = Search
search-loading = Searching…
search-prompt = Type what you need to do, in your own words.
search-count = { $count ->
    [0] No results for “{ $q }”
    [one] 1 result for “{ $q }”
   *[other] { $count } results for “{ $q }”
}
search-corrected = Showing results for “{ $words }”.
search-partial = No result has all your words: these have some of them.
search-suggestions = { $count ->
    [one] 1 suggestion. Use the arrow keys to choose it.
   *[other] { $count } suggestions. Use the arrow keys to choose one.
}
search-empty = Try:
search-empty-spelling = checking how each word is spelt;
search-empty-fewer = using fewer or more general words, such as “passport” or “clinic”;
search-empty-browse = browsing all procedures by topic
search-group-services = Procedures and services
search-group-agencies = Agencies
search-group-offices = Public Attention Centers
search-group-content = News and publications
search-error = We couldn't search

## Home

home-popular-heading = Most used procedures
home-popular-loading = Loading the most used procedures…
home-popular-error = We couldn't load the most used procedures
home-all-services = See all procedures
home-life-events-heading = Moments in your life
home-life-events-loading = Loading life events…
home-life-events-error = We couldn't load the life events
home-help-heading = Need help?
home-help-curp = Look up your CURP and print its certificate
home-help-tracking = Track an application you sent and get SMS updates
home-help-offices = Find a Public Attention Center near you
home-help-agencies = See the agencies and how to contact them
home-help-accessibility = How we make this site accessible

## Catalogue

catalogue-title = Procedures and services
catalogue-filters = Filter procedures
catalogue-words = Words
catalogue-category = Topic
catalogue-life-event = Life event
catalogue-agency = Agency
catalogue-channel = How it is done
catalogue-state = State
catalogue-any = Any
catalogue-apply = Apply filters
catalogue-clear = Remove all filters
catalogue-loading = Loading procedures…
catalogue-count = { $count ->
    [0] No procedure matches
    [one] 1 procedure
   *[other] { $count } procedures
}
catalogue-empty = Try removing a filter.
catalogue-error = We couldn't load the procedures

## Service sheet

sheet-loading = Loading the procedure…
sheet-error = We couldn't load this procedure
sheet-contents = On this page
sheet-homoclave = Homoclave
sheet-start-online = Do it online
sheet-cost = Cost
sheet-response-time = Response time
sheet-validity = Validity
sheet-channels = How it is done
sheet-who = Who can apply
sheet-requirements = What you need
sheet-how = How to do it
sheet-hours = Hours
sheet-where = Where to do it in person
sheet-legal-basis = Legal basis
sheet-contact = Contact
sheet-phone = Phone
sheet-email = Email
sheet-agency-link = See all procedures of { $agency }
sheet-updated = Last updated: { $date }
sheet-silence-positive = If the authority does not answer in that time, your application is considered approved (afirmativa ficta).
sheet-silence-negative = If the authority does not answer in that time, your application is considered refused (negativa ficta); you can apply again or appeal.

## Agencies

agencies-title = Agencies
agencies-loading = Loading agencies…
agencies-error = We couldn't load the agencies
agencies-service-count = { $count ->
    [one] 1 procedure
   *[other] { $count } procedures
}
agency-contact = Contact
agency-website = The agency's website
agency-offices = See its Public Attention Centers
agency-services = { $count ->
    [one] 1 procedure
   *[other] { $count } procedures
}

## Offices

offices-title = Public Attention Centers
offices-lead = Search by state and municipality, or use your location. Hours are in central Mexico time.
offices-state = State
offices-service = Procedure
offices-near = Location
offices-any-state = All states
offices-municipality = Municipality or borough
offices-open-only = Only those open now
offices-search = Find centers
offices-near-me = Find near me
offices-location-error = We couldn't get your location. Choose your state from the list.
offices-loading = Loading attention centers…
offices-error = We couldn't load the attention centers
offices-count = { $count ->
    [0] No center matches
    [one] 1 attention center
   *[other] { $count } attention centers
}
offices-none-for-service = This procedure has no attention center listed yet. Call the agency to find out where to do it.
offices-all-for-service = See the { $count } centers where it is done
offices-for-service = Only the centers where “{ $service }” is done.
offices-every-service = See the centers for every procedure
offices-for-service-state = In which state do you want to do it?
office-today = Open today from { $opens } to { $closes }
office-closed-today = Closed today
office-open-now = Open now
office-closed-now = Closed now
office-week-title = Opening hours
office-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
office-day-hours = { $opens } to { $closes }
office-day-closed = Closed
office-map = See it on a map, with directions (OpenStreetMap)
office-phone = Phone
office-distance = { $km } km from you
office-accessibility = Accessibility:
feature-ramp = access ramp
feature-accessible-toilet = accessible toilet
feature-sign-language = sign-language interpreter
feature-braille = braille signage
feature-elevator = lift
feature-accessible-parking = accessible parking
