use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use ventanilla_core::api::{Invitation, Role, StaffMember};
use ventanilla_core::validate::message_key_for;
use ventanilla_ui::{
    BackLink, Button, ButtonKind, ChoiceOption, ErrorSummary, FieldProblem, Loading, Radios, Tag, TagColour, TextInput,
    VISUALLY_HIDDEN, Width,
};

use super::roles::{AGENCY_ROLES, role_key};
use super::{StaffForm, WithSession, failed, style};
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::message_of;
use crate::paths;
use crate::shell::{NeedsScript, announcer, focus_when_shown};

/// The heading of the people's table, focused when a change removed the
/// button that had the focus.
const PEOPLE_ID: &str = "staff-people";

/// `/gestion/dependencias/{agency}/personal`: who has a role in the
/// agency, the way to take one away or lift a lock, and the invitation of
/// someone new. For the agency's admins and the platform admin.
#[component]
pub fn StaffPeople() -> impl IntoView {
    let i18n = use_i18n();
    let agency = use_params_map().read_untracked().get("agency").unwrap_or_default();
    let title = {
        let agency = agency.clone();
        move || i18n.t_with("staff-people-title", &[("agency", agency.to_uppercase().into())])
    };
    view! {
        <Title text=title.clone()/>
        <BackLink href=paths::staff_agencies()>{i18n.tr("staff-back-to-agencies")}</BackLink>
        <h1>{title}</h1>
        <NeedsScript message="staff-needs-script"/>
        <WithSession loading="staff-people-loading" show=move |session| view! {
            <People agency=agency.clone() csrf=session.csrf_token.clone()/>
        }/>
    }
}

#[component]
fn People(agency: String, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    // Bumped after each change, to read the list again.
    let version = RwSignal::new(0_u32);
    let people = {
        let agency = agency.clone();
        LocalResource::new(move || {
            version.track();
            let agency = agency.clone();
            async move { api::people(&agency, i18n.lang_untracked()).await }
        })
    };
    let failure = RwSignal::new(None::<ApiError>);
    let say = announcer();
    let (agency, csrf) = (StoredValue::new(agency), StoredValue::new(csrf));
    // A change done: said, the list read again, the focus on its heading
    // (the button pressed is gone).
    let changed = move |result: Result<(), ApiError>, said: String| match result {
        Ok(()) => {
            failure.set(None);
            version.update(|v| *v += 1);
            focus_when_shown(PEOPLE_ID, move || say(said));
        }
        Err(error) => failure.set(Some(error)),
    };
    let revoke = move |person: &StaffMember, role: Role| {
        let (id, email) = (person.id, person.email.clone());
        leptos::task::spawn_local(async move {
            let lang = i18n.lang_untracked();
            let result = api::revoke(&agency.get_value(), id, role, &csrf.get_value(), lang).await;
            let role = i18n.t(&role_key(role));
            changed(
                result,
                i18n.t_with("staff-role-removed", &[("role", role.into()), ("email", email.into())]),
            );
        });
    };
    let release = move |person: &StaffMember| {
        let (id, email) = (person.id, person.email.clone());
        leptos::task::spawn_local(async move {
            let result = api::release(&agency.get_value(), id, &csrf.get_value(), i18n.lang_untracked()).await;
            changed(result, i18n.t_with("staff-released", &[("email", email.into())]));
        });
    };
    let caption = move || {
        i18n.t_with(
            "staff-people-caption",
            &[("agency", agency.get_value().to_uppercase().into())],
        )
    };
    let list = move || match people.get() {
        None => view! { <Loading label=Signal::derive(i18n.tr("staff-people-loading"))/> }.into_any(),
        Some(Err(error)) => failed(error).into_any(),
        Some(Ok(people)) if people.is_empty() => view! { <p>{i18n.tr("staff-people-none")}</p> }.into_any(),
        Some(Ok(people)) => {
            let rows = people
                .into_iter()
                .map(|person| person_row(person, revoke, release))
                .collect_view();
            view! {
                <table class=style::table aria-labelledby=PEOPLE_ID>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.tr("staff-column-person")}</th>
                            <th scope="col">{i18n.tr("staff-column-roles")}</th>
                            <th scope="col">{i18n.tr("staff-column-account")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    view! {
        <h2 id=PEOPLE_ID tabindex="-1">{caption}</h2>
        {move || failure.get().map(failed)}
        {list}
        <InviteForm agency=agency.get_value() csrf=csrf.get_value() on_invited=Callback::new(move |()| {
            version.update(|v| *v += 1)
        })/>
    }
}

/// One person: their roles, each with the button that takes it away, and
/// their account's state, with the button that lifts a lock.
fn person_row(
    person: StaffMember,
    revoke: impl Fn(&StaffMember, Role) + Copy + Send + Sync + 'static,
    release: impl Fn(&StaffMember) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let person = StoredValue::new(person);
    let email = person.with_value(|p| p.email.clone());
    let roles = person
        .with_value(|p| p.roles.clone())
        .into_iter()
        .map(|role| {
            let name = move || i18n.t(&role_key(role));
            let email = email.clone();
            let hidden = move || {
                i18n.t_with(
                    "staff-remove-role-of",
                    &[
                        ("role", i18n.t(&role_key(role)).into()),
                        ("email", email.clone().into()),
                    ],
                )
            };
            view! {
                <li class=style::who>
                    {name}
                    <Button kind=ButtonKind::Secondary button_type="button"
                        on_click=Callback::new(move |_| person.with_value(|p| revoke(p, role)))>
                        {i18n.tr("staff-remove-role")} " " <span class=VISUALLY_HIDDEN>{hidden}</span>
                    </Button>
                </li>
            }
        })
        .collect_view();
    let account = person.with_value(|p| match (p.enrolled, p.locked_for) {
        (_, Some(seconds)) => {
            let minutes = (seconds.max(0) as u64).div_ceil(60);
            let email = p.email.clone();
            view! {
                <Tag colour=TagColour::Brand>
                    {move || i18n.t_with("staff-account-locked", &[("minutes", minutes.into())])}
                </Tag>
                " "
                <Button kind=ButtonKind::Secondary button_type="button"
                    on_click=Callback::new(move |_| person.with_value(release))>
                    {i18n.tr("staff-release")} " "
                    <span class=VISUALLY_HIDDEN>{move || i18n.t_with("staff-release-of", &[("email", email.clone().into())])}</span>
                </Button>
            }
            .into_any()
        }
        (true, None) => view! { <Tag colour=TagColour::Green>{i18n.tr("staff-account-active")}</Tag> }.into_any(),
        (false, None) => view! { <Tag colour=TagColour::Grey>{i18n.tr("staff-account-pending")}</Tag> }.into_any(),
    });
    view! {
        <tr>
            <th scope="row" data-label=i18n.tr("staff-column-person")>{person.with_value(|p| p.email.clone())}</th>
            <td data-label=i18n.tr("staff-column-roles")><ul class=style::plain>{roles}</ul></td>
            <td data-label=i18n.tr("staff-column-account")><div class=style::who>{account}</div></td>
        </tr>
    }
}

const EMAIL: &str = "invite_email";
const ROLE: &str = "invite_role";

/// Inviting someone to a role in the agency: an enrolment link by e-mail
/// unless they have an account. What was typed stays when it fails.
#[component]
fn InviteForm(agency: String, csrf: String, on_invited: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let form = StaffForm::new();
    let say = announcer();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready(
            i18n,
            &[
                (EMAIL, email, "staff-invite-email-required"),
                (ROLE, role, "staff-invite-role-required"),
            ],
        ) {
            return;
        }
        let chosen = AGENCY_ROLES.into_iter().find(|r| r.code() == role.get_untracked());
        let Some(chosen) = chosen else { return };
        let invitation = Invitation {
            email: email.get_untracked(),
            role: chosen,
            agency: Some(agency.clone()),
        };
        let invitation = match invitation.check() {
            Ok(invitation) => invitation,
            Err(errors) => {
                let problems = errors
                    .iter()
                    .map(|e| FieldProblem {
                        field: EMAIL.into(),
                        message: i18n.t(&message_key_for(&e.code)),
                    })
                    .collect();
                form.problems.set(problems);
                return;
            }
        };
        let csrf = csrf.clone();
        form.request.send(
            async move { api::invite(&invitation, &csrf, i18n.lang_untracked()).await },
            move |answer| match answer {
                Ok(member) => {
                    let name = i18n.t(&role_key(chosen));
                    say(i18n.t_with(
                        "staff-invited",
                        &[("email", member.email.into()), ("role", name.into())],
                    ));
                    email.set(String::new());
                    role.set(String::new());
                    on_invited.run(());
                }
                Err(error) => form.failure.set(Some(error)),
            },
        );
    };
    let options = AGENCY_ROLES
        .iter()
        .map(|&r| ChoiceOption {
            value: r.code().to_owned(),
            label: i18n.t(&role_key(r)),
            hint: Some(i18n.t(&format!("{}-hint", role_key(r)))),
        })
        .collect();
    view! {
        <h2>{i18n.tr("staff-invite-title")}</h2>
        <p>{i18n.tr("staff-invite-intro")}</p>
        <ErrorSummary anchor="invite-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=form.problems/>
        {move || form.failure.get().map(failed)}
        <form method="post" novalidate on:submit=send class=style::form>
            <TextInput id=EMAIL label=i18n.t("staff-invite-email") value=email kind="email" autocomplete="off"
                spellcheck=false width=Width::Chars30 error=message_of(form.problems.into(), EMAIL)/>
            <Radios id=ROLE legend=Signal::derive(i18n.tr("staff-invite-role")) options=options value=role
                error=message_of(form.problems.into(), ROLE)/>
            <Button busy=Signal::derive(move || form.request.pending())>{i18n.tr("staff-invite-send")}</Button>
        </form>
    }
}
