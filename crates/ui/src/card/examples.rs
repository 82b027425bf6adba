use leptos::prelude::*;

use crate::{Card, TagColour};

crate::examples![one_service: "A service with its tags", a_list: "A list of services"];

pub fn one_service() -> impl IntoView {
    view! {
        <Card
            href="/tramites/consulta-curp".to_owned()
            title="Consulta tu CURP".to_owned()
            summary="Consulta y descarga gratis la constancia de tu Clave Única de Registro de Población.".to_owned()
            meta="Registro Nacional de Población (RENAPO)".to_owned()
            tags=vec![("En línea".to_owned(), TagColour::Green), ("Gratuito".to_owned(), TagColour::Grey)]
            level=4
        />
    }
}

pub fn a_list() -> impl IntoView {
    view! {
        <ul>
            <li>
                <Card
                    href="/tramites/pasaporte".to_owned()
                    title="Pasaporte por primera vez".to_owned()
                    summary="Agenda tu cita y tramita tu pasaporte mexicano.".to_owned()
                    meta="Secretaría de Relaciones Exteriores (SRE)".to_owned()
                    tags=vec![("Presencial".to_owned(), TagColour::Turquoise)]
                    level=4
                />
            </li>
            <li>
                <Card
                    href="/tramites/numero-seguridad-social".to_owned()
                    title="Número de Seguridad Social".to_owned()
                    summary="Obtén o consulta tu NSS con tu CURP y un correo electrónico.".to_owned()
                    meta="Instituto Mexicano del Seguro Social (IMSS)".to_owned()
                    tags=vec![("En línea".to_owned(), TagColour::Green), ("Nuevo".to_owned(), TagColour::Brand)]
                    level=4
                />
            </li>
            <li>
                <Card
                    href="/tramites/acta-de-nacimiento".to_owned()
                    title="Copia certificada del acta de nacimiento".to_owned()
                    summary="Descarga tu acta de nacimiento con validez oficial.".to_owned()
                    meta="Registro Civil".to_owned()
                    tags=vec![]
                    level=4
                />
            </li>
        </ul>
    }
}
