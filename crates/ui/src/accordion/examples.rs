use leptos::prelude::*;

use crate::{Accordion, AccordionSection};

crate::examples![
    passport: "The parts of a service's sheet: the passport",
    with_summaries: "Sections with summaries, the first one open",
];

pub fn passport() -> impl IntoView {
    view! {
        <Accordion id="pasaporte-secciones" level=4 show_all_text="Mostrar todas las secciones"
            hide_all_text="Ocultar todas las secciones" show_text="Mostrar" hide_text="Ocultar">
            <AccordionSection title="Requisitos">
                <ul>
                    <li>"Acta de nacimiento original, o carta de naturalización."</li>
                    <li>"Identificación oficial vigente con fotografía, como tu credencial del INE."</li>
                    <li>"Comprobante de pago de derechos."</li>
                </ul>
            </AccordionSection>
            <AccordionSection title="Costos">
                <p>"$1,585.00 por 3 años, $2,135.00 por 6 años y $3,740.00 por 10 años."</p>
                <p>"Las personas mayores de 60 años y con discapacidad pagan la mitad."</p>
            </AccordionSection>
            <AccordionSection title="Dónde tramitarlo">
                <p>
                    "En cualquier oficina de pasaportes de la SRE, con cita. "
                    <a href="/oficinas">"Busca la oficina más cercana"</a>
                </p>
            </AccordionSection>
        </Accordion>
    }
}

pub fn with_summaries() -> impl IntoView {
    view! {
        <Accordion id="imss-incapacidad" level=4 show_all_text="Mostrar todas las secciones"
            hide_all_text="Ocultar todas las secciones" show_text="Mostrar" hide_text="Ocultar">
            <AccordionSection title="Quién puede cobrarla" summary="Si cotizas al IMSS y un médico te dio incapacidad"
                open=true>
                <p>
                    "Las personas trabajadoras aseguradas que tengan al menos cuatro semanas cotizadas antes de la "
                    "enfermedad."
                </p>
            </AccordionSection>
            <AccordionSection title="Cuánto te pagan" summary="El 60 % de tu salario, desde el cuarto día">
                <p>"Recibes el 60 % de tu salario base de cotización desde el cuarto día de incapacidad."</p>
            </AccordionSection>
            <AccordionSection title="Cómo la cobras" summary="En tu cuenta bancaria, sin ir a la clínica">
                <p>"Registra tu cuenta CLABE en Mi IMSS y el pago llega en los siguientes cinco días hábiles."</p>
            </AccordionSection>
        </Accordion>
    }
}
