//! `/curp`: look a CURP up in the population registry, by the CURP itself
//! or by the data it encodes (names, date and state of birth, sex), and get
//! its certificate to print or save as PDF.

mod certificate;
mod check;

use leptos::either::Either;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use ventanilla_core::api::{BORN_ABROAD, CurpRecord, CurpSearch, State};
use ventanilla_core::forms::{DateParts, FieldError};
use ventanilla_core::lang::Lang;
use ventanilla_ui::{
    Alert, AlertKind, Button, ChoiceOption, DateInput, ErrorSummary, FieldProblem, Loading, Radios, Select, TextInput,
    Width,
};

use crate::api::{self, ApiError};
use crate::clock::today_in_mexico_city;
use crate::i18n::{I18n, use_i18n};
use crate::pages::{FormRequest, Loaded, date_labels, error_title, home_trail, message_of};
use crate::paths;
use crate::query_params::offices_for_service;
use crate::shell::{NeedsScript, announcer, focus_when_shown};
use certificate::{Certificate, HEADING_ID};
use check::{
    BIRTH_DATE, BIRTH_STATE, CURP, FIRST_SURNAME, GIVEN_NAMES, QUESTIONS, SECOND_SURNAME, SEX, check_curp,
    check_person, message_key, refused, sexes,
};

stylance::import_crate_style!(style, "src/pages/curp/curp.module.css");

/// The query parameter that keeps the way chosen (`?con=datos`), so that a
/// shared link opens the same form and Back returns to the other one.
const WAY_PARAM: &str = "con";

/// The service sheet slug of this procedure, whose offices do it in person.
const SERVICE: &str = "consulta-curp";

/// How the person looks their CURP up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    Curp,
    Person,
}

impl Way {
    /// The way a URL asks for: by CURP unless it says `con=datos`.
    fn from_value(value: Option<&str>) -> Way {
        if value == Some(Way::Person.value()) {
            Way::Person
        } else {
            Way::Curp
        }
    }

    /// Its value in the URL and in the radios.
    fn value(self) -> &'static str {
        match self {
            Way::Curp => "curp",
            Way::Person => "datos",
        }
    }

    fn href(self) -> String {
        match self {
            Way::Curp => paths::CURP.to_owned(),
            Way::Person => format!("{}?{WAY_PARAM}={}", paths::CURP, self.value()),
        }
    }
}

/// A lookup sent to the registry.
#[derive(Clone, Debug, PartialEq)]
enum Query {
    Curp(String),
    Person(CurpSearch),
}

/// What the registry answered.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Found(CurpRecord),
    NotFound(Query),
    Failed(ApiError),
}

#[component]
pub fn CurpLookup() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let way = Memo::new(move |_| Way::from_value(query.read().get(WAY_PARAM).as_deref()));
    let chosen = RwSignal::new(way.get_untracked().value().to_owned());

    // What the person typed and chose: kept whatever happens, in both ways.
    let curp = RwSignal::new(String::new());
    let [given_names, first_surname, second_surname] = [(); 3].map(|_| RwSignal::new(String::new()));
    let [day, month, year] = [(); 3].map(|_| RwSignal::new(String::new()));
    let [sex, birth_state] = [(); 2].map(|_| RwSignal::new(String::new()));
    let person = move || CurpSearch {
        given_names: given_names.get_untracked(),
        first_surname: first_surname.get_untracked(),
        second_surname: second_surname.get_untracked(),
        birth_date: DateParts {
            day: day.get_untracked(),
            month: month.get_untracked(),
            year: year.get_untracked(),
        },
        sex: sex.get_untracked(),
        birth_state: birth_state.get_untracked(),
    };

    let states = Resource::new(move || i18n.lang(), api::states);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    // Only the latest lookup's answer counts; it is also the one run again
    // in a new language.
    let lookup = FormRequest::new();
    let last = StoredValue::new(None::<Query>);
    let say = announcer();

    let run = move |query: Query, show: bool| {
        last.set_value(Some(query.clone()));
        let lang = i18n.lang();
        let asked = query.clone();
        let request = async move {
            match asked {
                Query::Curp(curp) => api::curp(curp, lang).await,
                Query::Person(search) => api::find_curp(search, lang).await,
            }
        };
        lookup.send(request, move |result| match result {
            Ok(record) => {
                let found = i18n.t_with("curp-found", &[("curp", record.curp.clone().into())]);
                outcome.set(Some(Outcome::Found(record)));
                if show {
                    // Focus on its heading brings the certificate into view.
                    focus_when_shown(HEADING_ID, move || say(found));
                }
            }
            Err(error) => match refused(&error) {
                Some(problems) => {
                    outcome.set(None);
                    errors.set(problems);
                }
                None if matches!(error, ApiError::Status { status: 404, .. }) => {
                    outcome.set(Some(Outcome::NotFound(query)))
                }
                None => outcome.set(Some(Outcome::Failed(error))),
            },
        });
    };

    // Checks the chosen way's answers with the shared rules, then asks the registry.
    let look_up = move || {
        let checked = match way.get_untracked() {
            Way::Curp => check_curp(&curp.get_untracked()).map(Query::Curp),
            Way::Person => {
                let codes: Vec<String> = states
                    .get_untracked()
                    .and_then(Result::ok)
                    .map(|list| list.into_iter().map(|s| s.code).collect())
                    .unwrap_or_default();
                check_person(&person(), &codes, today_in_mexico_city()).map(Query::Person)
            }
        };
        match checked {
            Ok(query) => {
                errors.set(Vec::new());
                run(query, true);
            }
            Err(problems) => {
                outcome.set(None);
                errors.set(problems);
            }
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        look_up();
    };

    // Back and Forward change the way: the radios follow, and what belonged
    // to the other form goes.
    Effect::new(move |previous: Option<Way>| {
        let now = way.get();
        if previous.is_some_and(|p| p != now) {
            chosen.set(now.value().to_owned());
            errors.set(Vec::new());
            outcome.set(None);
        }
        now
    });
    // The radios change the URL, without scrolling: the form appears below them.
    let choose = move |ev: leptos::ev::Event| {
        let wanted = Way::from_value(Some(&event_target_value(&ev)));
        if wanted != way.get_untracked() {
            navigate(
                &wanted.href(),
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    // The certificate's state and document come from the registry in the
    // page's language: ask again when it changes.
    Effect::new(move |previous: Option<Lang>| {
        let lang = i18n.lang();
        let showing = outcome.with_untracked(|o| matches!(o, Some(Outcome::Found(_))));
        if previous.is_some_and(|p| p != lang)
            && showing
            && let Some(query) = last.get_value()
        {
            run(query, false);
        }
        lang
    });

    let problems = Signal::derive(move || {
        errors.with(|found| {
            QUESTIONS
                .iter()
                .filter_map(|(id, label)| {
                    let error = found.iter().find(|e| e.field == *id)?;
                    let message = i18n.t_with(&message_key(id, &error.code), &[("label", i18n.t(label).into())]);
                    Some(FieldProblem {
                        field: (*id).to_owned(),
                        message,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let error_of = move |field: &'static str| message_of(problems, field);
    let title = error_title(problems, i18n.tr("curp-title"));
    let submit_button = move |key: &'static str| {
        view! {
            <Button busy=Signal::derive(move || lookup.pending())>
                {i18n.tr(key)}
            </Button>
        }
    };

    let by_curp = move || {
        view! {
            <form method="post" novalidate on:submit=submit class=style::form>
                <TextInput id=CURP label=i18n.t("curp-field-curp") hint=i18n.t("curp-field-curp-hint") value=curp
                    error=error_of(CURP) width=Width::Chars20 autocomplete="off" spellcheck=false/>
                {submit_button("curp-submit")}
            </form>
        }
    };
    let by_person = move || {
        let sexes = sexes()
            .map(|(code, key)| ChoiceOption {
                value: code.to_owned(),
                label: i18n.t(key),
                hint: None,
            })
            .collect::<Vec<_>>();
        view! {
            <form method="post" novalidate on:submit=submit class=style::form>
                <TextInput id=GIVEN_NAMES label=i18n.t("curp-field-given-names")
                    hint=i18n.t("curp-field-given-names-hint") value=given_names error=error_of(GIVEN_NAMES)
                    width=Width::Chars30 autocomplete="given-name" spellcheck=false/>
                <TextInput id=FIRST_SURNAME label=i18n.t("curp-field-first-surname") value=first_surname
                    error=error_of(FIRST_SURNAME) width=Width::Chars30 autocomplete="family-name" spellcheck=false/>
                // No autocomplete purpose fits a second surname: `additional-name`
                // is a middle name, which browsers would put here.
                <TextInput id=SECOND_SURNAME label=i18n.t("curp-field-second-surname")
                    hint=i18n.t("curp-field-second-surname-hint") value=second_surname
                    error=error_of(SECOND_SURNAME) width=Width::Chars30 spellcheck=false/>
                <DateInput id=BIRTH_DATE legend=i18n.t("curp-field-birth-date")
                    hint=i18n.t("curp-field-birth-date-hint") labels=date_labels(i18n) day=day month=month year=year
                    error=error_of(BIRTH_DATE) birthday=true/>
                <Radios id=SEX legend=i18n.t("curp-field-sex") hint=i18n.t("curp-field-sex-hint") options=sexes
                    value=sex error=error_of(SEX)/>
                <Loaded resource=states loading="curp-states-loading" error="curp-states-error" show={move |list| view! {
                    <Select id=BIRTH_STATE label=i18n.t("curp-field-birth-state")
                        placeholder=i18n.t("form-choose-placeholder") options=state_options(i18n, list)
                        value=birth_state error=error_of(BIRTH_STATE)/>
                }}/>
                {submit_button("curp-submit-person")}
            </form>
        }
    };

    view! {
        <Title text=title/>
        {home_trail("curp-title")}
        <ErrorSummary title=Signal::derive(i18n.tr("form-error-summary")) problems=problems/>
        <h1 tabindex="-1">{i18n.tr("curp-title")}</h1>
        <NeedsScript/>
        <p class=style::intro>{i18n.tr("curp-intro")}</p>
        <div class=style::ways on:change=choose>
            {move || {
                let options = [
                    (Way::Curp, "curp-way-curp", "curp-way-curp-hint"),
                    (Way::Person, "curp-way-person", "curp-way-person-hint"),
                ]
                .map(|(way, label, hint)| ChoiceOption {
                    value: way.value().to_owned(),
                    label: i18n.t(label),
                    hint: Some(i18n.t(hint)),
                })
                .to_vec();
                view! {
                    <Radios id=WAY_PARAM legend=i18n.t("curp-way") options=options value=chosen/>
                }
            }}
        </div>
        {move || match way.get() {
            Way::Curp => Either::Left(by_curp()),
            Way::Person => Either::Right(by_person()),
        }}
        {move || lookup.pending().then(|| view! { <Loading label=Signal::derive(i18n.tr("curp-looking"))/> })}
        {move || {
            // Keys and dates follow the language at once; the record itself is asked again.
            i18n.lang();
            outcome.get().map(|outcome| match outcome {
                Outcome::Found(record) => view! { <Certificate record=record/> }.into_any(),
                Outcome::NotFound(query) => not_found(i18n, &query).into_any(),
                Outcome::Failed(error) => view! {
                    <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("curp-failed-title"))>
                        <p>{i18n.t(error.message_key())}</p>
                        <p>{i18n.t("curp-failed-kept")}</p>
                        <Button button_type="button" on_click=move |_: MouseEvent| look_up()>
                            {i18n.t("action-retry")}
                        </Button>
                    </Alert>
                }
                .into_any(),
            })
        }}
    }
}

/// The states to choose from, then "born abroad" in the person's words.
fn state_options(i18n: I18n, states: Vec<State>) -> Vec<ChoiceOption> {
    let (abroad, states): (Vec<State>, Vec<State>) = states.into_iter().partition(|s| s.code == BORN_ABROAD);
    let option = |value: String, label: String| ChoiceOption {
        value,
        label,
        hint: None,
    };
    states
        .into_iter()
        .map(|s| option(s.code, s.name))
        .chain(abroad.into_iter().map(|s| option(s.code, i18n.t("curp-born-abroad"))))
        .collect()
}

/// The registry has no such person: say so, and where to go next.
fn not_found(i18n: I18n, query: &Query) -> impl IntoView + use<> {
    let text = match query {
        Query::Curp(curp) => i18n.t_with("curp-not-found-curp", &[("curp", curp.clone().into())]),
        Query::Person(_) => i18n.t("curp-not-found-person"),
    };
    view! {
        <Alert kind=AlertKind::Error title=Signal::derive(i18n.tr("curp-not-found-title"))>
            <p>{text}</p>
            <p>{i18n.t("curp-not-found-help")} " " <a href=offices_for_service(SERVICE)>{i18n.t("curp-not-found-offices")}</a></p>
        </Alert>
    }
}
