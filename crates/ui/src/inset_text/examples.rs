use leptos::prelude::*;

use crate::InsetText;

crate::examples![
    time: "How long a procedure takes, set apart from the text around it",
    quote: "An example of what to write",
];

pub fn time() -> impl IntoView {
    view! {
        <p>"Cuando recibamos tu solicitud de cambio de clínica, el IMSS la revisará."</p>
        <InsetText>
            <p>"La respuesta puede tardar hasta 5 días hábiles. Te avisaremos por correo electrónico con tu folio VEN-7K4P9Q2M."</p>
        </InsetText>
    }
}

pub fn quote() -> impl IntoView {
    view! {
        <p>"Explica por qué necesitas corregir tu CURP. Por ejemplo:"</p>
        <InsetText>
            <p>"«Mi acta de nacimiento dice que nací el 3 de marzo de 1985, pero mi CURP tiene el 3 de mayo.»"</p>
        </InsetText>
    }
}
