use leptos::prelude::*;

use crate::WarningText;

crate::examples![
    fine: "A warning about a fine",
    appointment: "A warning about losing an appointment, within a page's text",
];

pub fn fine() -> impl IntoView {
    view! {
        <WarningText assistive_prefix="Advertencia">
            "Si no inscribes a tus trabajadores en el IMSS dentro de los 5 días hábiles después de contratarlos, "
            "puedes recibir una multa."
        </WarningText>
    }
}

pub fn appointment() -> impl IntoView {
    view! {
        <p>"Tu cita para el pasaporte es el 14 de julio a las 10:30 en la oficina de la SRE en Guadalajara."</p>
        <WarningText assistive_prefix="Advertencia">
            "Si no llegas 15 minutos antes con tu CURP impresa y una identificación oficial, perderás tu cita."
        </WarningText>
    }
}
